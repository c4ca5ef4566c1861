// Postman API error bodies, as documented in Postman's OpenAPI definition (v1.45.0) and its examples,
// and fault helpers that produce them so tests never hand-write Postman's bodies.
import type { Fault } from '../http-kit.js'

export interface PostmanErrorBody {
  error: { name: string; message: string; details?: unknown; statusCode?: number }
}

const error = (name: string, message: string, extra: Record<string, unknown> = {}): PostmanErrorBody => ({
  error: { name, message, ...extra }
})

/** 401 for a missing or wrong key (example "Authentication Error" of common401Error). */
export const authenticationError = (): PostmanErrorBody =>
  error('AuthenticationError', 'Invalid API Key. Every request requires a valid API Key to be sent.')

/** GET /collections/{id} of an unknown collection (example of collection400ErrorCollectionNotFound). */
export const collectionNotFound = (): PostmanErrorBody =>
  error('instanceNotFoundError', 'We could not find the collection you are looking for')

/** GET /environments/{id} of an unknown environment (example "Instance Not Found" of environments404Error). */
export const environmentNotFound = (): PostmanErrorBody =>
  error('instanceNotFoundError', 'We could not find the environment you are looking for')

/** PUT of an unknown item (example "instanceNotFoundError" of collectionPut404Errors). */
export const itemNotFound = (item: 'collection' | 'environment', id: string): PostmanErrorBody =>
  error('instanceNotFoundError', 'The specified item does not exist.', { details: { item, id } })

/** POST of an item whose id is taken (example "Item Already Exists" of createCollection's 400). */
export const itemAlreadyExists = (item: 'collection' | 'environment', id: string): PostmanErrorBody =>
  error('instanceFoundError', 'The specified item already exists.', { details: { item, id } })

/** GET /workspaces/{id} of an unknown workspace (example of workspace404ErrorNotFound). */
export const workspaceNotFound = (): PostmanErrorBody =>
  error('workspaceNotFoundError', 'Workspace not found', { statusCode: 404 })

/** PUT /collections/{id} whose body carries another collection's id (example "Collection ID Mismatch"). */
export const collectionMismatch = (): PostmanErrorBody =>
  error(
    'collectionMismatchError',
    'The collection ID in the path does not match the collection ID in the request body.'
  )

/** A request body that is not what the operation takes (examples "Malformed Request"). */
export const malformedRequest = (what: 'collection' | 'environment', details: string[]): PostmanErrorBody =>
  error('malformedRequestError', `Found ${details.length} errors with the supplied ${what}.`, { details })

/** A body that is not JSON at all. */
export const unparsableBody = (): PostmanErrorBody =>
  error('malformedRequestError', 'The request body is not valid JSON.')

/** A query parameter with a bad value (shape of the workspaces400Error examples). */
export const invalidParam = (message: string): PostmanErrorBody => error('invalidParamError', message)

/** GET /workspaces?limit=101 (example "Invalid limit Value" of workspaces400Error). */
export const limitTooLarge = (): PostmanErrorBody =>
  error('badRequestError', 'The limit parameter must not exceed 100.')

/** An endpoint this server does not implement. */
export const routeNotFound = (): PostmanErrorBody => error('notFound', 'Requested resource not found')

/**
 * The shapes of a 429 body seen from Postman:
 * - 'nested' (default): `{"error":{"name":"rateLimited","message":…}}`, Postman's usual error shape;
 * - 'flat': `{"error":"rateLimited","message":…}`;
 * - 'problem': application/problem+json `{"type","title","detail","status":429}` (Postman's OpenAPI common429Error).
 */
export type LimitBodyShape = 'nested' | 'flat' | 'problem'

export interface ProblemBody {
  type: string
  title: string
  detail: string
  status: number
}

export type LimitBody = PostmanErrorBody | { error: string; message: string } | ProblemBody

function limitBody(name: string, message: string, shape: LimitBodyShape, problem: Omit<ProblemBody, 'status'>) {
  if (shape === 'flat') return { error: name, message }
  if (shape === 'problem') return { ...problem, status: 429 }
  return error(name, message)
}

/** Content type of a 429 body of `shape`. */
export const limitContentType = (shape: LimitBodyShape): Record<string, string> =>
  shape === 'problem' ? { 'content-type': 'application/problem+json' } : {}

/** 429 `rateLimited`: the per-minute (or per-endpoint) rate limit is spent; says when calls may resume. */
export const rateLimitedBody = (retryAfterSeconds: number, shape: LimitBodyShape = 'nested'): LimitBody =>
  limitBody(
    'rateLimited',
    `Rate limit exceeded. Please retry after ${Math.floor(Date.now() / 1000) + Math.max(0, Math.ceil(retryAfterSeconds))}`,
    shape,
    {
      type: 'https://api.postman.com/problems/rate-limit-exceeded',
      title: 'Too Many Requests',
      detail: 'Rate limit exceeded. Retry after the period indicated by the Retry-After header.'
    }
  )

/** 429 `serviceLimitExhausted`: the monthly Postman API usage limit of the plan is spent. */
export const serviceLimitExhaustedBody = (shape: LimitBodyShape = 'nested'): LimitBody =>
  limitBody(
    'serviceLimitExhausted',
    "You've reached the Postman API usage limit for your plan this month. Contact your Postman Team Admin for assistance.",
    shape,
    {
      type: 'https://api.postman.com/problems/service-limit-exhausted',
      title: 'Service Limit Exhausted',
      detail:
        "You've reached the Postman API usage limit for your plan this month. Contact your Postman Team Admin for assistance."
    }
  )

/** Headers of a `rateLimited` 429: Retry-After and the spellings Postman documents for it. */
export function rateLimitedHeaders(retryAfterSeconds: number): Record<string, string> {
  const seconds = String(Math.max(0, Math.ceil(retryAfterSeconds)))
  return {
    'retry-after': seconds,
    'x-ratelimit-retryafter': seconds,
    retryafter: seconds,
    'ratelimit-remaining': '0',
    'x-ratelimit-remaining': '0',
    'ratelimit-reset': seconds
  }
}

/** Headers of a `serviceLimitExhausted` 429: the monthly remaining count is 0, no Retry-After. */
export function serviceLimitExhaustedHeaders(): Record<string, string> {
  return { 'ratelimit-remaining-month': '0', 'x-ratelimit-remaining-month': '0' }
}

/**
 * A 429 `rateLimited` answer, as Postman sends when the per-minute rate limit is spent:
 * body `{"error":{"name":"rateLimited","message":"Rate limit exceeded. Please retry after <epoch seconds>"}}`,
 * headers Retry-After, X-RateLimit-RetryAfter and RetryAfter (seconds), remaining counts 0.
 * `{ body: 'flat' }` or `{ body: 'problem' }` give the other shapes seen (LimitBodyShape); 'error' is 'nested'.
 */
export function rateLimited(retryAfterSeconds: number, options: { body?: LimitBodyShape | 'error' } = {}): Fault {
  const shape = options.body === 'error' || options.body === undefined ? 'nested' : options.body
  return {
    kind: 'status',
    status: 429,
    body: rateLimitedBody(retryAfterSeconds, shape),
    headers: { ...limitContentType(shape), ...rateLimitedHeaders(retryAfterSeconds) }
  }
}

/**
 * A 429 `serviceLimitExhausted` answer, as Postman sends when the plan's monthly API calls are spent:
 * waiting a minute does not help, so there is no Retry-After. `{ body }` picks the shape as for rateLimited.
 */
export function serviceLimitExhausted(options: { body?: LimitBodyShape } = {}): Fault {
  const shape = options.body ?? 'nested'
  return {
    kind: 'status',
    status: 429,
    body: serviceLimitExhaustedBody(shape),
    headers: { ...limitContentType(shape), ...serviceLimitExhaustedHeaders() }
  }
}

/**
 * An `instanceNotFoundError` answer for a collection or environment (404 by default; the real API also
 * answers 400 with the same body, which is what Postman's OpenAPI documents for the GET operations).
 */
export function instanceNotFound(item: 'collection' | 'environment', status: 400 | 404 = 404): Fault {
  return { kind: 'status', status, body: item === 'collection' ? collectionNotFound() : environmentNotFound() }
}
