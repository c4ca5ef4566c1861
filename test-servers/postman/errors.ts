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

/** 429 `rateLimited`: the per-minute (or per-endpoint) rate limit is spent; says when calls may resume. */
export const rateLimitedBody = (retryAfterSeconds: number): PostmanErrorBody =>
  error(
    'rateLimited',
    `Rate limit exceeded. Please retry after ${Math.floor(Date.now() / 1000) + Math.max(0, Math.ceil(retryAfterSeconds))}`
  )

/** 429 `serviceLimitExhausted`: the monthly Postman API usage limit of the plan is spent. */
export const serviceLimitExhaustedBody = (): PostmanErrorBody =>
  error(
    'serviceLimitExhausted',
    "You've reached the Postman API usage limit for your plan this month. Contact your Postman Team Admin for assistance."
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
 * `{ body: 'problem' }` gives the application/problem+json body of Postman's common429Error example instead.
 */
export function rateLimited(retryAfterSeconds: number, options: { body?: 'error' | 'problem' } = {}): Fault {
  if (options.body === 'problem') {
    // The problem+json form Postman's OpenAPI documents for 429 (example "Rate Limit Exceeded" of common429Error).
    return {
      kind: 'status',
      status: 429,
      body: {
        type: 'https://api.postman.com/problems/rate-limit-exceeded',
        title: 'Too Many Requests',
        status: 429,
        detail: 'Rate limit exceeded. Retry after the period indicated by the Retry-After header.'
      },
      headers: { 'content-type': 'application/problem+json', ...rateLimitedHeaders(retryAfterSeconds) }
    }
  }
  return {
    kind: 'status',
    status: 429,
    body: rateLimitedBody(retryAfterSeconds),
    headers: rateLimitedHeaders(retryAfterSeconds)
  }
}

/**
 * A 429 `serviceLimitExhausted` answer, as Postman sends when the plan's monthly API calls are spent:
 * waiting a minute does not help, so there is no Retry-After.
 */
export function serviceLimitExhausted(): Fault {
  return { kind: 'status', status: 429, body: serviceLimitExhaustedBody(), headers: serviceLimitExhaustedHeaders() }
}

/**
 * An `instanceNotFoundError` answer for a collection or environment (404 by default; the real API also
 * answers 400 with the same body, which is what Postman's OpenAPI documents for the GET operations).
 */
export function instanceNotFound(item: 'collection' | 'environment', status: 400 | 404 = 404): Fault {
  return { kind: 'status', status, body: item === 'collection' ? collectionNotFound() : environmentNotFound() }
}
