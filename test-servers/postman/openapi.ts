// Validates bodies against Postman's own OpenAPI 3.0.3 description of its API (openapi.yaml, v1.45.0).
// The file is read from where the caller says (tests read ../shared/reference/postman-api/openapi.yaml);
// it is never copied into the project. $refs are resolved by ajv against the whole document;
// OpenAPI 3.0's `nullable: true` is turned into a JSON Schema type union first.
import fs from 'node:fs'
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv'
import formatsModule, { type FormatsPlugin } from 'ajv-formats'
import { parse } from 'yaml'

const addFormats = ((formatsModule as unknown as { default?: FormatsPlugin }).default ?? formatsModule) as FormatsPlugin

type Json = Record<string, unknown>
const SPEC_ID = 'postman-openapi.json'
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value)

export interface OperationResponse {
  /** JSON pointer (in the OpenAPI document) of the response's body schema. */
  schemaPointer: string
  contentType: string
  /** The response's documented examples by name (`examples` values, or `example` as "example"). */
  examples: Record<string, unknown>
  /** Header names the response documents. */
  headers: string[]
}

export interface PostmanOpenApi {
  document: Json
  /** The operation's method and path template, e.g. ['get', '/collections/{collectionId}']. */
  operation(operationId: string): { method: string; path: string; statuses: string[] }
  /** The documented response of an operation for a status; throws when the status is not documented. */
  response(operationId: string, status: number): OperationResponse
  /** A response of components/responses by name (e.g. common429Error). */
  componentResponse(name: string): OperationResponse
  /**
   * Validates a body against the schema of an operation's response (or of a component response when
   * `operationId` is `components/<name>`). Returns ajv's errors as readable lines; empty when valid.
   * `relaxEnums` drops `enum` constraints: the document says documented enum values are partial lists,
   * which matters for users' own documents (e.g. auth type `noauth` in a collection).
   */
  validate(operationId: string, status: number, body: unknown, options?: { relaxEnums?: boolean }): string[]
  /** The request body schema of an operation, validated the same way. */
  validateRequest(operationId: string, body: unknown, options?: { relaxEnums?: boolean }): string[]
}

/** Escapes one JSON pointer segment for use in a URI fragment. */
const pointerSegment = (segment: string) => encodeURIComponent(segment.replace(/~/g, '~0').replace(/\//g, '~1'))

function resolvePointer(document: Json, ref: string): unknown {
  if (!ref.startsWith('#/')) throw new Error(`Only local $refs are supported: ${ref}`)
  return ref
    .slice(2)
    .split('/')
    .map((s) => decodeURIComponent(s).replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce<unknown>((node, key) => (isObject(node) || Array.isArray(node) ? (node as Json)[key] : undefined), document)
}

/** OpenAPI 3.0 `nullable: true` as JSON Schema: `type: [t, 'null']` (and null in an `enum`), or anyOf with null. */
function convertNullable(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(convertNullable)
  if (!isObject(node)) return node
  const out: Json = {}
  for (const [key, value] of Object.entries(node)) out[key] = convertNullable(value)
  if (out.nullable === true) {
    delete out.nullable
    if (typeof out.type === 'string') {
      out.type = [out.type, 'null']
      if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null]
      return out
    }
    return { anyOf: [out, { type: 'null' }] }
  }
  if (out.nullable === false) delete out.nullable
  return out
}

function dropEnums(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(dropEnums)
  if (!isObject(node)) return node
  const out: Json = {}
  for (const [key, value] of Object.entries(node)) {
    if (key === 'enum' && Array.isArray(value)) continue
    out[key] = dropEnums(value)
  }
  return out
}

function makeAjv(document: Json): Ajv {
  const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: true })
  addFormats(ajv)
  // Formats the document uses beyond JSON Schema's.
  // Paging cursors of the Spec Hub routes (metaData.nextCursor).
  ajv.addFormat('base64', /^[A-Za-z0-9+/]*={0,2}$/)
  ajv.addFormat('uid', /^\d+-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i)
  ajv.addFormat('http-status-code', {
    type: 'number',
    validate: (n: number) => Number.isInteger(n) && n >= 100 && n <= 599
  })
  ajv.addSchema(document, SPEC_ID)
  return ajv
}

const describeErrors = (errors: ErrorObject[] | null | undefined): string[] =>
  (errors ?? []).map((e) => `${e.instancePath || '(root)'} ${e.message ?? e.keyword} ${JSON.stringify(e.params)}`)

export function loadPostmanOpenApi(file: string): PostmanOpenApi {
  const raw = parse(fs.readFileSync(file, 'utf8')) as Json
  const document = convertNullable(raw) as Json
  const strictAjv = makeAjv(document)
  const relaxedAjv = makeAjv(dropEnums(document) as Json)
  const compiled = new Map<string, ValidateFunction>()

  const validator = (pointer: string, relax: boolean): ValidateFunction => {
    const key = `${relax}:${pointer}`
    let fn = compiled.get(key)
    if (!fn) {
      fn = (relax ? relaxedAjv : strictAjv).compile({ $ref: `${SPEC_ID}${pointer}` })
      compiled.set(key, fn)
    }
    return fn
  }

  const operations = new Map<string, { method: string; path: string; op: Json; pathItem: Json }>()
  for (const [path, pathItem] of Object.entries((raw.paths ?? {}) as Record<string, Json>)) {
    for (const [method, op] of Object.entries(pathItem)) {
      if (isObject(op) && typeof op.operationId === 'string')
        operations.set(op.operationId, { method, path, op, pathItem })
    }
  }
  const findOperation = (operationId: string) => {
    const found = operations.get(operationId)
    if (!found) throw new Error(`No operation ${operationId} in the Postman OpenAPI document`)
    return found
  }

  /** Follows a response's $ref chain and picks its JSON content. */
  function describeResponse(pointer: string, node: unknown): OperationResponse {
    let at = pointer
    let response = node
    while (isObject(response) && typeof response.$ref === 'string') {
      at = response.$ref
      response = resolvePointer(raw, response.$ref)
    }
    if (!isObject(response) || !isObject(response.content)) throw new Error(`Response at ${at} has no content`)
    const content = response.content as Record<string, Json>
    const contentType =
      ['application/json', 'application/problem+json'].find((ct) => ct in content) ?? Object.keys(content)[0]
    const media = content[contentType]
    const examples: Record<string, unknown> = {}
    for (const [name, example] of Object.entries((media.examples ?? {}) as Record<string, Json>)) {
      const resolved = typeof example.$ref === 'string' ? (resolvePointer(raw, example.$ref) as Json) : example
      examples[name] = resolved.value
    }
    if (media.example !== undefined) examples.example = media.example
    return {
      schemaPointer: `${at}/content/${pointerSegment(contentType)}/schema`,
      contentType,
      examples,
      headers: Object.keys((response.headers ?? {}) as Json)
    }
  }

  function response(operationId: string, status: number): OperationResponse {
    if (operationId.startsWith('components/')) return componentResponse(operationId.slice('components/'.length))
    const { method, path, op } = findOperation(operationId)
    const responses = (op.responses ?? {}) as Json
    const node = responses[String(status)]
    if (node === undefined) {
      throw new Error(
        `${operationId} documents no ${status} response (documented: ${Object.keys(responses).join(', ')})`
      )
    }
    return describeResponse(`#/paths/${pointerSegment(path)}/${method}/responses/${status}`, node)
  }

  function componentResponse(name: string): OperationResponse {
    const node = ((raw.components as Json | undefined)?.responses as Json | undefined)?.[name]
    if (node === undefined) throw new Error(`No components/responses/${name}`)
    return describeResponse(`#/components/responses/${pointerSegment(name)}`, node)
  }

  return {
    document: raw,
    operation(operationId) {
      const { method, path, op } = findOperation(operationId)
      return { method, path, statuses: Object.keys((op.responses ?? {}) as Json) }
    },
    response,
    componentResponse,
    validate(operationId, status, body, options = {}) {
      const fn = validator(response(operationId, status).schemaPointer, options.relaxEnums ?? false)
      return fn(body) ? [] : describeErrors(fn.errors)
    },
    validateRequest(operationId, body, options = {}) {
      const { method, path, op } = findOperation(operationId)
      let at = `#/paths/${pointerSegment(path)}/${method}/requestBody`
      let node: unknown = op.requestBody
      while (isObject(node) && typeof node.$ref === 'string') {
        at = node.$ref
        node = resolvePointer(raw, node.$ref)
      }
      if (!isObject(node) || !isObject(node.content)) throw new Error(`${operationId} takes no request body`)
      const fn = validator(`${at}/content/${pointerSegment('application/json')}/schema`, options.relaxEnums ?? false)
      return fn(body) ? [] : describeErrors(fn.errors)
    }
  }
}
