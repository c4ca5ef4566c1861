import { InputError } from './errors.js'

/** Values a file name or commit message template may use. */
export interface TemplateValues {
  name: string
  id: string
  uid: string
}

export const TEMPLATE_PLACEHOLDERS: ReadonlyArray<keyof TemplateValues> = ['name', 'id', 'uid']

const PLACEHOLDER = /\{([^{}]*)\}/g
// Characters that are unsafe in a file name on some platform git users check out on.
// eslint-disable-next-line no-control-regex
const UNSAFE_NAME_CHARS = /[\u0000-\u001f\u007f/\\:*?"<>|]/g
// eslint-disable-next-line no-control-regex
const CONTROL_CHARS = /[\u0000-\u001f\u007f]/
const MAX_SEGMENT_BYTES = 255
// Leaves room for the template's own text (".postman_collection.json") within 255 bytes.
const MAX_VALUE_BYTES = 200

/** Throws an InputError naming `input` when the template uses an unknown placeholder. */
export function checkTemplate(template: string, input: string): void {
  for (const [, key] of template.matchAll(PLACEHOLDER)) {
    if (!(TEMPLATE_PLACEHOLDERS as string[]).includes(key)) {
      throw new InputError(
        input,
        `unknown placeholder "{${key}}" in "${template}". Use ${TEMPLATE_PLACEHOLDERS.map((p) => `{${p}}`).join(', ')}.`
      )
    }
  }
}

/**
 * Checks a file name template before any request: unknown placeholders, and what its literal
 * text alone would make of a path ("..", a leading "/", ".git", backslashes, control characters,
 * over-long names). Placeholder values are made safe later, when they are known.
 */
export function checkFileNameTemplate(template: string, input: string): void {
  checkTemplate(template, input)
  renderFileName(template, { name: 'n', id: 'i', uid: 'u' }, input)
}

/** Fills placeholders as they are (for commit messages). */
export function renderText(template: string, values: TemplateValues, input: string): string {
  checkTemplate(template, input)
  return template.replace(PLACEHOLDER, (_, key: keyof TemplateValues) => values[key])
}

function truncateUtf8(value: string, maxBytes: number): string {
  if (Buffer.byteLength(value, 'utf8') <= maxBytes) return value
  let out = ''
  for (const ch of value) {
    if (Buffer.byteLength(out + ch, 'utf8') > maxBytes) break
    out += ch
  }
  return out
}

/** Makes a value safe as (part of) one path segment: unsafe characters become "_". */
export function sanitizeNamePart(value: string): string {
  const replaced = value.replace(UNSAFE_NAME_CHARS, '_').trim()
  return truncateUtf8(replaced, MAX_VALUE_BYTES)
}

/** Renders a file name template; placeholder values are sanitized so they cannot add folders. */
export function renderFileName(template: string, values: TemplateValues, input = 'filename'): string {
  checkTemplate(template, input)
  const name = template
    .replace(PLACEHOLDER, (_, key: keyof TemplateValues) => sanitizeNamePart(values[key]))
    // A trailing dot or space breaks checkouts on Windows.
    .replace(/[. ]+$/, '')
  if (name.trim() === '') {
    throw new InputError(
      input,
      `the template "${template}" gives an empty file name for "${values.name}". Include {name} or {id}.`
    )
  }
  checkPath(name, input)
  return name
}

/** Checks a repository-relative path; refuses anything that could escape or corrupt the repository. */
export function checkPath(path: string, input: string): void {
  if (CONTROL_CHARS.test(path)) throw new InputError(input, 'must not contain control characters or NUL.')
  if (path.includes('\\')) throw new InputError(input, `"${path}" contains a backslash; use "/" to separate folders.`)
  if (path.startsWith('/'))
    throw new InputError(input, `"${path}" is absolute; give a path relative to the repository root.`)
  for (const segment of path.split('/')) {
    if (segment === '')
      throw new InputError(input, `"${path}" has an empty path segment ("//" or a leading/trailing "/").`)
    if (segment === '.' || segment === '..')
      throw new InputError(input, `"${path}" must not contain "." or ".." segments.`)
    if (segment.toLowerCase() === '.git') throw new InputError(input, `"${path}" must not write into a .git folder.`)
    if (Buffer.byteLength(segment, 'utf8') > MAX_SEGMENT_BYTES) {
      throw new InputError(
        input,
        `the path segment "${segment.slice(0, 40)}…" is longer than ${MAX_SEGMENT_BYTES} bytes.`
      )
    }
  }
}

/** Normalizes and checks the directory input: "" or "." is the repository root; one trailing "/" is dropped. */
export function normalizeDirectory(directory: string, input = 'directory'): string {
  const trimmed = directory.trim().replace(/\/$/, '')
  if (trimmed === '' || trimmed === '.') return ''
  checkPath(trimmed, input)
  return trimmed
}

export function joinRepoPath(directory: string, fileName: string): string {
  return directory === '' ? fileName : `${directory}/${fileName}`
}
