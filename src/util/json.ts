// Small JSON helpers every layer uses: one home each.

/** A JSON object as parsed: keys to unknown values. */
export type Json = Record<string, unknown>

/** A plain object (not null, not an array). */
export function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

const BOM = '\uFEFF'

/** JSON.parse of text that may start with a byte order mark (editors on Windows add one; Postman exports can). */
export function parseJsonText(text: string): unknown {
  return JSON.parse(text.startsWith(BOM) ? text.slice(1) : text)
}
