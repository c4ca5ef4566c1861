// What validateCollection (validate.ts) and validateEnvironment (environment.ts) share: the
// modes, the wording of a value that is not a document, and how reasons are ordered and capped.
import type { ExplainedIssue } from './explain.js'
import type { ValidationIssue, ValidationMode } from './validate.js'
import { isObject } from '../util/json.js'
export { isObject }

export const MAX_REPORTED_ERRORS = 10

export const VALIDATION_MODES: readonly ValidationMode[] = ['strict', 'lenient', 'off']

/** Throws a TypeError for anything but strict, lenient or off (callers from JavaScript can pass anything). */
export function checkMode(mode: ValidationMode): void {
  if (!VALIDATION_MODES.includes(mode))
    throw new TypeError(`Unknown validation mode ${JSON.stringify(mode)}: use strict, lenient or off`)
}

/** `/item/3/request: must be object or string` ('(root)' for the whole document). */
export function formatIssue(issue: ValidationIssue): string {
  return `${issue.pointer === '' ? '(root)' : issue.pointer}: ${issue.message}`
}

/** The walk's issues (explain.ts), most specific (deepest) first, otherwise in the walk's order; each message through `message`. */
export function deepestFirst(
  explained: ExplainedIssue[],
  message: (issue: ExplainedIssue) => string
): ValidationIssue[] {
  return explained
    .map((issue, order) => ({ issue, order }))
    .sort((a, b) => b.issue.depth - a.issue.depth || a.order - b.order)
    .map(({ issue }) => ({ pointer: issue.pointer, message: message(issue) }))
}

/** What is reported: each issue once, at most MAX_REPORTED_ERRORS. */
export function reportable(issues: ValidationIssue[]): ValidationIssue[] {
  const seen = new Set<string>()
  return issues.filter((i) => !seen.has(formatIssue(i)) && seen.add(formatIssue(i))).slice(0, MAX_REPORTED_ERRORS)
}

/** A Postman API error answer ({"error": {"name", "message"}}) in place of the document, e.g. `what` 'a collection'. */
export function apiErrorIssue(doc: Record<string, unknown>, what: string): ValidationIssue | undefined {
  if (!isObject(doc.error)) return undefined
  const { name, message } = doc.error
  const detail = [name, message].filter((v) => typeof v === 'string').join(': ')
  return {
    pointer: '/error',
    message: `the document is an API error response, not ${what}${detail ? ` (${clip(detail)})` : ''}`
  }
}

/** What a value that is not a document is, in words: 'an array', 'a string that looks like an HTML or XML page', …. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null'
  if (value === undefined) return 'nothing (undefined)'
  if (Array.isArray(value)) return 'an array'
  if (ArrayBuffer.isView(value) || value instanceof ArrayBuffer) return 'binary data (parse the JSON first)'
  if (typeof value === 'string') {
    if (/^\s*</.test(value)) return 'a string that looks like an HTML or XML page'
    if (/^\s*[[{]/.test(value)) return 'a string holding JSON (parse it first)'
    return 'a string'
  }
  return `a ${typeof value}`
}

export function clip(text: string, max = 200): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text
}
