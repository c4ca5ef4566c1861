// Secrets for the scan tests, made at run time from random bytes and split prefixes, so that
// no token-shaped string is ever committed (GitHub push protection would reject our own
// pushes; scan.test.ts checks these files stay clean). Not a test itself.
import { randomBytes } from 'node:crypto'

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'
const UPPER_ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'
const HEX = '0123456789abcdef'
const DIGITS = '0123456789'

/** `length` random characters of `alphabet`. */
export function random(length: number, alphabet = ALNUM): string {
  const bytes = randomBytes(length)
  let out = ''
  for (const byte of bytes) out += alphabet[byte % alphabet.length]
  return out
}

const base64url = (text: string) => Buffer.from(text).toString('base64url')

export const makeSecrets = () => ({
  githubClassic: 'gh' + 'p_' + random(36),
  githubFineGrained: 'github' + '_pat_' + random(22) + '_' + random(59),
  slack: 'xo' + 'xb-' + random(12, DIGITS) + '-' + random(13, DIGITS) + '-' + random(24),
  npm: 'np' + 'm_' + random(36),
  awsKeyId: 'AK' + 'IA' + random(16, UPPER_ALNUM),
  awsSecret: random(39) + 'Q',
  postmanApiKey: 'PM' + 'AK-' + random(24, HEX) + '-' + random(34, HEX),
  postmanAccessKey: 'PM' + 'AT-' + random(26, UPPER_ALNUM),
  jwt:
    base64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' })) +
    '.' +
    base64url(JSON.stringify({ sub: random(10), iat: 1700000000 })) +
    '.' +
    random(43),
  pem: privateKey(),
  apiKeyHex: random(32, HEX),
  urlPassword: random(18),
  cookie: random(32),
  formPassword: random(14),
  clientSecret: random(40),
  jsonPassword: random(20),
  graphqlToken: random(30),
  envApiKey: random(40),
  urlAuthPassword: random(16)
})

export type PlantedSecrets = ReturnType<typeof makeSecrets>

/** A PEM private key whose body decodes to an ASN.1 sequence (starts "MI"), as real ones do. */
function privateKey(): string {
  const body = Buffer.concat([Buffer.from([0x30, 0x82, 0x02, 0x5c]), randomBytes(600)]).toString('base64')
  const lines = body.match(/.{1,64}/g) ?? []
  const label = 'PRIVATE ' + 'KEY'
  return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----`
}
