// validateCollection: the gate before a collection is committed as a backup, so that an
// invalid document, an API error envelope or an HTML page never overwrites a good backup.
//   strict  - exactly the official Collection Format schema of the document's version
//   lenient - that, plus the deviations Postman itself emits (deviations.ts), each warned about
//   off     - only the minimal shape: an object with info.name and an item array
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv'
import { CollectionV20Schema } from './collection-v2.0.js'
import { CollectionV21Schema } from './collection-v2.1.js'
import {
  DEVIATION_KEYWORD,
  KNOWN_DEVIATIONS,
  deviationHint,
  deviationWarning,
  findDeviation,
  lenientSchema
} from './deviations.js'
import {
  apiErrorIssue,
  checkMode,
  deepestFirst,
  describeValue,
  formatIssue,
  isObject,
  MAX_REPORTED_ERRORS,
  reportable,
  tooDeepAt,
  tooDeepIssue
} from './common.js'
import { escapePointerToken, explain, type ExplainedIssue } from './explain.js'

import type { ValidationMode } from '../modes.js'
export type { ValidationMode }
export type CollectionVersion = '2.1.0' | '2.0.0'

export interface ValidationIssue {
  /** JSON pointer (RFC 6901) into the document, e.g. /item/3/request/url; '' is the whole document. */
  pointer: string
  /** What is wrong there (or, for a warning, what was accepted), e.g. 'must be equal to one of the allowed values: ...'. */
  message: string
}

export interface ValidationResult {
  valid: boolean
  /** From info.schema; undefined if it cannot be told (the document is then validated as 2.1.0). */
  version: CollectionVersion | undefined
  /** The first few reasons (at most MAX_REPORTED_ERRORS), most specific first; empty when valid. */
  errors: ValidationIssue[]
  /** Lenient mode: one per accepted deviation, with its pointer. Empty otherwise. */
  warnings: ValidationIssue[]
}

export { MAX_REPORTED_ERRORS, formatIssue }

export function validateCollection(doc: unknown, mode: ValidationMode = 'lenient'): ValidationResult {
  return collectionValidator(doc, mode)
}

// ---- what a document format needs; a Postman environment format can be added the same way ----

interface DocumentFormat<V extends string> {
  schemas: Record<V, object>
  /** Used when the document does not say which version it is. */
  fallbackVersion: V
  detectVersion(doc: unknown): V | undefined
  /** The minimal shape, checked in every mode (the schema implies it, so strict verdicts do not change). */
  minimalShape(doc: unknown): ValidationIssue[]
}

const collectionFormat: DocumentFormat<CollectionVersion> = {
  schemas: { '2.1.0': CollectionV21Schema, '2.0.0': CollectionV20Schema },
  fallbackVersion: '2.1.0',
  detectVersion: detectCollectionVersion,
  minimalShape: minimalCollectionShape
}

const collectionValidator = formatValidator(collectionFormat)

/** '2.1.0' or '2.0.0' as named by info.schema (e.g. https://schema.getpostman.com/json/collection/v2.1.0/collection.json). */
export function detectCollectionVersion(doc: unknown): CollectionVersion | undefined {
  const schema = isObject(doc) && isObject(doc.info) ? doc.info.schema : undefined
  if (typeof schema !== 'string') return undefined
  const match = /\bv(2\.1\.0|2\.0\.0)\b/.exec(schema)
  return match ? (match[1] as CollectionVersion) : undefined
}

function minimalCollectionShape(doc: unknown): ValidationIssue[] {
  if (!isObject(doc))
    return [{ pointer: '', message: `must be an object (a Postman collection), got ${describeValue(doc)}` }]
  const issues: ValidationIssue[] = []
  if (!('info' in doc)) issues.push({ pointer: '', message: "must have required property 'info'" })
  else if (!isObject(doc.info)) issues.push({ pointer: '/info', message: 'must be object' })
  else if (!('name' in doc.info)) issues.push({ pointer: '/info', message: "must have required property 'name'" })
  else if (typeof doc.info.name !== 'string') issues.push({ pointer: '/info/name', message: 'must be string' })
  if (!('item' in doc)) issues.push({ pointer: '', message: "must have required property 'item'" })
  else if (!Array.isArray(doc.item)) issues.push({ pointer: '/item', message: 'must be array' })
  const hint = issues.length > 0 ? recogniseNonCollection(doc) : undefined
  return hint ? [hint, ...issues] : issues
}

/** Name what the document is instead, for the shapes a backup run is likely to meet. */
function recogniseNonCollection(doc: Record<string, unknown>): ValidationIssue | undefined {
  const apiError = apiErrorIssue(doc, 'a collection')
  if (apiError) return apiError
  if (isObject(doc.collection) && 'info' in doc.collection) {
    return {
      pointer: '/collection',
      message:
        'the collection is wrapped in a "collection" property (the Postman API response shape); validate the inner object'
    }
  }
  if (Array.isArray(doc.requests) || Array.isArray(doc.order)) {
    return {
      pointer: '',
      message: 'the document looks like a Collection Format v1 collection; only v2.0.0 and v2.1.0 are supported'
    }
  }
  if (Array.isArray(doc.values) && !('item' in doc)) {
    return { pointer: '', message: 'the document looks like a Postman environment or globals file, not a collection' }
  }
  return undefined
}

// ---- the validator ----

type Compiled = { schema: object; validate: ValidateFunction }

function formatValidator<V extends string>(
  format: DocumentFormat<V>
): (
  doc: unknown,
  mode: ValidationMode
) => { valid: boolean; version: V | undefined; errors: ValidationIssue[]; warnings: ValidationIssue[] } {
  const cache = new Map<string, Compiled>()
  // Compiled lazily, once per version and mode: most runs only ever need one.
  const compiled = (version: V, mode: 'strict' | 'lenient'): Compiled => {
    const key = `${version} ${mode}`
    let entry = cache.get(key)
    if (entry === undefined) {
      const schema = mode === 'strict' ? format.schemas[version] : lenientSchema(format.schemas[version])
      entry = { schema, validate: ajvFor(mode).compile(schema) }
      cache.set(key, entry)
    }
    return entry
  }

  return (doc, mode) => {
    checkMode(mode)
    const version = format.detectVersion(doc)
    // Before anything recursive: a document too deep to walk fails alone, with a reason.
    const deep = tooDeepAt(doc)
    if (deep !== undefined) return { valid: false, version, errors: [tooDeepIssue(deep)], warnings: [] }
    const shape = format.minimalShape(doc)
    if (shape.length > 0) return { valid: false, version, errors: shape.slice(0, MAX_REPORTED_ERRORS), warnings: [] }
    if (mode === 'off') return { valid: true, version, errors: [], warnings: [] }

    const { schema, validate } = compiled(version ?? format.fallbackVersion, mode)
    const warnings = new Map<string, ValidationIssue>()
    deviationSink = (index, value, pointer) => {
      warnings.set(pointer, { pointer, message: deviationWarning(KNOWN_DEVIATIONS[index], value) })
    }
    let valid: boolean
    try {
      valid = validate(doc)
    } finally {
      deviationSink = undefined
    }
    if (valid) return { valid, version, errors: [], warnings: [...warnings.values()] }
    return { valid, version, errors: reasons(schema, doc, mode, validate.errors ?? []), warnings: [] }
  }
}

function reasons(
  schema: object,
  doc: unknown,
  mode: 'strict' | 'lenient',
  ajvErrors: ErrorObject[]
): ValidationIssue[] {
  const explained = explain(schema, doc)
  if (explained.length > 0) return reportable(deepestFirst(explained, (issue) => withDeviationHint(issue, mode)))
  // The walk disagreed with ajv (it should not); ajv's own words are still better than nothing.
  const specific = ajvErrors.filter((e) => e.keyword !== 'oneOf' && e.keyword !== 'anyOf')
  return reportable(
    (specific.length > 0 ? specific : ajvErrors).map((e) => ({ pointer: e.instancePath, message: ajvMessage(e) }))
  )
}

function withDeviationHint(issue: ExplainedIssue, mode: 'strict' | 'lenient'): string {
  const deviation =
    mode === 'strict' && issue.keyword === 'enum'
      ? findDeviation(issue.definition, issue.property, issue.value)
      : undefined
  return deviation ? `${issue.message}; ${deviationHint(deviation, issue.value)}` : issue.message
}

function ajvMessage(error: ErrorObject): string {
  const allowed = (error.params as { allowedValues?: unknown[] }).allowedValues
  return `${error.message ?? error.keyword}${Array.isArray(allowed) ? `: ${allowed.map(String).join(', ')}` : ''}`
}

// ---- ajv ----

/** Set while a lenient validator runs: receives each accepted deviation (synchronous, so one at a time). */
let deviationSink: ((index: number, value: unknown, pointer: string) => void) | undefined

const ajvs: Partial<Record<'strict' | 'lenient', Ajv>> = {}

function ajvFor(mode: 'strict' | 'lenient'): Ajv {
  let ajv = ajvs[mode]
  if (ajv === undefined) {
    // strictSchema: an unknown keyword in our own schemas is an error, not silently ignored.
    // The other strict checks would reject constructs the official schema itself uses
    // (`properties` without `type`, `type` arrays, `required` under anyOf). Nothing here
    // changes verdicts: no coercion, no defaults, no removal; allErrors off for speed.
    ajv = new Ajv({ strict: false, strictSchema: true, allErrors: false })
    if (mode === 'lenient') {
      ajv.addKeyword({
        keyword: DEVIATION_KEYWORD,
        schemaType: 'number',
        errors: false,
        validate: (index: number, data: unknown, _parent?: unknown, context?: { instancePath: string }) => {
          const deviation = KNOWN_DEVIATIONS[index]
          if (
            deviation !== undefined &&
            typeof data === 'string' &&
            (deviation.values as readonly string[]).includes(data)
          ) {
            deviationSink?.(index, data, context?.instancePath ?? '')
          }
          return true
        }
      })
    }
    ajvs[mode] = ajv
  }
  return ajv
}

/** Re-exported for callers that build pointers themselves. */
export { escapePointerToken }
