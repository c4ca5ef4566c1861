// Deterministic ids and timestamps for the local Postman API server, so test output is reproducible.
import { createHash } from 'node:crypto'

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
const UID_RE = /^\d+-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

export const isUuid = (value: string): boolean => UUID_RE.test(value)

/** True for ids Postman could have issued: a UUID, or a UID (`<owner id>-<UUID>`). */
export function isWellFormedId(value: string): boolean {
  return UUID_RE.test(value) || UID_RE.test(value)
}

/** A UUID v4-shaped id derived from `text`: the same text always gives the same id. */
export function uuidFrom(text: string): string {
  const hex = createHash('sha1').update(text).digest('hex')
  const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16)
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`
}

/** UUID v4-shaped ids derived from a seed and a counter: the same sequence on every run. */
export class IdGenerator {
  private counter = 0

  constructor(private readonly seed = 'postman-test-server') {}

  next(): string {
    return uuidFrom(`${this.seed}:${this.counter++}`)
  }
}

/** Now, in Postman's format: ISO 8601 with whole seconds (`2024-09-09T14:16:40.000Z`). */
export function postmanNow(): string {
  return new Date(Math.floor(Date.now() / 1000) * 1000).toISOString()
}

/** A timestamp strictly later than `previous` (Postman's timestamps have whole seconds). */
export function laterThan(previous: string): string {
  const now = Math.floor(Date.now() / 1000) * 1000
  const before = Date.parse(previous)
  return new Date(Number.isNaN(before) || now > before ? now : Math.floor(before / 1000) * 1000 + 1000).toISOString()
}
