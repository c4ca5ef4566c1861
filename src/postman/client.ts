import axios, { type AxiosInstance, type AxiosResponse } from 'axios'
import { pipeline, Transform, type Readable } from 'node:stream'
import { createBrotliDecompress, createUnzip } from 'node:zlib'
import {
  CollectionValidationError,
  InputError,
  PostmanApiError,
  PostmanAuthError,
  PostmanNotFoundError,
  PostmanRateLimitError
} from '../errors.js'
import { silentLogger, type Logger } from '../logger.js'
import { escapePointerToken } from '../schema/index.js'
import { findDuplicateKeys, type DuplicateKey } from '../scan/json-text.js'
import { redactText } from '../secrets.js'
import { apiUrlProblem, withoutUserinfo } from '../util/api-url.js'
import { megabytes } from '../util/bytes.js'
import { isObject, parseJsonText, type Json } from '../util/json.js'

export const DEFAULT_POSTMAN_API_URL = 'https://api.postman.com'

export interface RetryOptions {
  /** Total attempts per request, the first included (default 5). */
  attempts?: number
  /** First backoff delay; doubles per attempt (default 1000 ms). */
  baseDelayMs?: number
  /** Longest single wait, Retry-After included; a longer Retry-After fails instead (default 120 s). */
  maxDelayMs?: number
}

export interface PostmanClientOptions {
  apiKey: string
  /** https://api.postman.com (default), https://api.eu.postman.com, or a compatible server. */
  baseUrl?: string
  logger?: Logger
  /**
   * Total deadline of each request: connect, headers and the whole body (default 30 s). A server
   * that drips bytes cannot stretch it; an expired deadline is retried once, then fails.
   */
  timeoutMs?: number
  /**
   * Largest answer accepted, in bytes, counted as received and again after inflating a compressed
   * answer (default 150 MiB, far above any real collection). A larger one fails at once, unretried.
   */
  maxAnswerBytes?: number
  /**
   * Most JSON values (objects, arrays and the items between commas) an answer may hold (default
   * 10 million): 150 MB of `{}` would take 4.5 GB of heap to parse. Checked before parsing.
   */
  maxAnswerValues?: number
  retry?: RetryOptions
  /** For tests: replaces the real timer in backoff waits. */
  sleep?: (ms: number) => Promise<void>
}

/** A collection or environment as the list endpoints report it. */
export interface DocumentSummary {
  id: string
  uid: string
  name: string
  owner?: string
  createdAt?: string
  updatedAt?: string
}

export type CollectionSummary = DocumentSummary
export type EnvironmentSummary = DocumentSummary

export interface WorkspaceDetails {
  id: string
  name: string
  type?: string
  collections?: Array<{ id: string; uid: string; name: string }>
  environments?: Array<{ id: string; uid: string; name: string }>
}

/** What Postman answers to a write: the document's identity (the body itself is not echoed). */
export interface WrittenDocument {
  id: string
  uid: string
  name: string
}

/** A Spec Hub specification as the list and GET /specs/{id} give it. */
export interface SpecSummary {
  id: string
  name: string
  /** OPENAPI:3.0, ASYNCAPI:2.0, PROTOBUF:3, GRAPHQL, … */
  type: string
  createdAt?: string
  updatedAt?: string
}

export interface SpecFileSummary {
  id?: string
  path: string
  /** ROOT (the entry point) or DEFAULT. */
  type?: string
  updatedAt?: string
}

const specFilePath = (id: string, path: string) => `/specs/${encodeURIComponent(id)}/files/${encodeURIComponent(path)}`

/** The rate-limit state of the last answer, from its headers, when Postman sent them. */
export interface RateLimitState {
  limit?: number
  remaining?: number
  /** Seconds until the window resets. */
  resetSeconds?: number
  /** Calls left this month (usage limit), when reported. */
  remainingMonth?: number
}

/** Default of PostmanClientOptions.maxAnswerBytes. */
export const DEFAULT_MAX_ANSWER_BYTES = 150 * 1024 * 1024
/** Default of PostmanClientOptions.maxAnswerValues. */
export const DEFAULT_MAX_ANSWER_VALUES = 10_000_000
/** Default of PostmanClientOptions.timeoutMs. */
export const DEFAULT_POSTMAN_DEADLINE_MS = 30_000
/** Most pages a list may take: real lists come in one answer, or in a few pages of 100s. */
export const MAX_LIST_PAGES = 1000
/** Most documents a list may claim (meta.total): far above any real team's workspace. */
export const MAX_LIST_ITEMS = 100_000

type Method = 'GET' | 'PUT' | 'POST' | 'PATCH' | 'DELETE'

/** One API call: what the retry loop repeats. */
interface Call {
  method: Method
  path: string
  query?: Record<string, string>
  /** Serialized once, sent on every attempt. */
  body?: string
  /** For messages: `collection "…"`. */
  what: string
  /** The answer is a document to back up: its JSON text is checked for repeated keys. */
  document?: 'collection' | 'environment' | 'globals'
}

class TransientFailure extends Error {
  constructor(
    message: string,
    readonly status: number | undefined,
    readonly retryAfterMs: number | undefined,
    /** The request's total deadline passed. */
    readonly deadline = false
  ) {
    super(message)
  }

  /**
   * Whether the answer proves the request was not carried out: a rate-limit refusal or 503.
   * Only then may a POST be sent again; after a dropped connection, a timeout or another 5xx
   * the collection may exist already, and a second POST would make a duplicate.
   */
  get nothingDone(): boolean {
    return this.status === 429 || this.status === 503
  }
}

/**
 * A document whose answer repeats a key in one object: invalid, whatever JSON.parse would make of
 * it. Names the pointers of the objects and the keys, never a value.
 */
function duplicateKeysError(document: string, duplicates: DuplicateKey[], apiKey: string): CollectionValidationError {
  // A key name could be anything the server echoes, the API key included.
  const safe = (text: string) => redactText(text, [apiKey])
  const issues = duplicates.slice(0, 20).map((d) => ({
    pointer: safe(`${d.pointer}/${escapePointerToken(d.key)}`),
    message: safe(`the key "${d.key}" appears more than once in the object at "${d.pointer || '/'}"`)
  }))
  const shown = issues
    .slice(0, 5)
    .map((i) => i.pointer)
    .join(', ')
  return new CollectionValidationError(
    `Postman's answer for ${document} repeats ${duplicates.length === 1 ? 'a key' : `${duplicates.length} keys`} in one object (${shown}${duplicates.length > 5 ? ', …' : ''}); JSON readers disagree on which occurrence counts, so redaction could miss a secret. The ${document} is not backed up; check it in Postman.`,
    issues
  )
}

/** Longest we poll an asynchronous collection update before giving up on it. */
const TASK_POLL_ATTEMPTS = 30

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

function headerNumber(response: AxiosResponse, ...names: string[]): number | undefined {
  for (const name of names) {
    const raw = response.headers[name.toLowerCase()]
    if (raw === undefined || raw === null || raw === '') continue
    const value = Number(Array.isArray(raw) ? raw[0] : raw)
    if (Number.isFinite(value)) return value
  }
  return undefined
}

function retryAfterMs(response: AxiosResponse): number | undefined {
  const raw = response.headers['retry-after']
  if (raw !== undefined && raw !== null && raw !== '') {
    const seconds = Number(raw)
    if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000)
    const date = Date.parse(String(raw))
    if (!Number.isNaN(date)) return Math.max(0, date - Date.now())
  }
  const postmanSeconds = headerNumber(response, 'x-ratelimit-retryafter')
  return postmanSeconds === undefined ? undefined : postmanSeconds * 1000
}

/**
 * Postman answers errors as {error: {name, message}}, as the flat {error: "name", message}, or
 * as problem+json {type, title, detail}.
 */
function describeError(body: unknown): { name: string; message: string } {
  if (isObject(body)) {
    const error = body.error
    if (isObject(error)) {
      return { name: String(error.name ?? ''), message: String(error.message ?? error.details ?? '') }
    }
    if (typeof error === 'string') return { name: error, message: String(body.message ?? body.detail ?? '') }
    if (typeof body.type === 'string' || typeof body.title === 'string') {
      return { name: String(body.type ?? body.title ?? ''), message: String(body.detail ?? body.title ?? '') }
    }
  }
  return { name: '', message: '' }
}

/** The `details` of a malformedRequestError (a list of reasons), for write errors. */
function errorDetails(body: unknown): string {
  const details = (body as { error?: { details?: unknown } } | undefined)?.error?.details
  return Array.isArray(details)
    ? details
        .filter((d) => typeof d === 'string')
        .slice(0, 5)
        .join('; ')
    : ''
}

/** Thrown while reading an answer that passed maxAnswerBytes: never retried. */
class AnswerTooLarge extends Error {
  constructor(
    readonly bytes: number,
    readonly counted: 'announced' | 'received' | 'inflated'
  ) {
    super(`answer over the cap (${counted} ${bytes} bytes)`)
  }
}

/** The request's total deadline passed (connect, headers or body). */
class DeadlineExpired extends Error {}

/**
 * The body of `raw`, counting the bytes as they arrive and, for a gzip, deflate or brotli answer,
 * again after inflating: either count past `max` stops the read (a 1.5 MB gzip that inflates to
 * 1.5 GB stops at `max`, having held at most `max` bytes).
 */
async function readCapped(raw: Readable, encoding: string | undefined, max: number): Promise<Buffer> {
  let received = 0
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      received += chunk.length
      done(received > max ? new AnswerTooLarge(received, 'received') : null, chunk)
    }
  })
  const coding = (encoding ?? '').trim().toLowerCase()
  const inflater = /^(x-)?gzip$|^deflate$/.test(coding)
    ? createUnzip()
    : coding === 'br'
      ? createBrotliDecompress()
      : undefined
  const body: Readable = inflater ? pipeline(raw, counter, inflater, () => {}) : pipeline(raw, counter, () => {})
  const chunks: Buffer[] = []
  let inflated = 0
  for await (const chunk of body as AsyncIterable<Buffer>) {
    inflated += chunk.length
    if (inflated > max) {
      body.destroy()
      raw.destroy()
      throw new AnswerTooLarge(inflated, 'inflated')
    }
    chunks.push(chunk)
  }
  return chunks.length === 1 ? chunks[0] : Buffer.concat(chunks)
}

/**
 * How many JSON values `bytes` holds at least (objects, arrays, and one per comma), outside
 * strings: what parsing it will cost, learned without parsing. Stops counting past `max`.
 */
function countJsonValues(bytes: Uint8Array, max: number): number {
  let count = 0
  let inString = false
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]
    if (inString) {
      if (b === 0x5c) i++
      else if (b === 0x22) inString = false
    } else if (b === 0x22) inString = true
    else if (b === 0x7b || b === 0x5b || b === 0x2c) {
      if (++count > max) return count
    }
  }
  return count
}

/**
 * Keeps the calls in flight within what the last answers' rate-limit headers allow, across all
 * the concurrent requests of one client (a workspace backup runs up to 32): a call waits for a
 * slot rather than run into a 429. Until an answer has told the window's budget (the first
 * call, and the first after each window ends), one call goes at a time; then at most as many
 * as the window has left, counting those still in flight as spent. A spent window is waited
 * out (up to `maxWaitMs`), once for all waiting calls. Servers that send no rate-limit headers
 * are not paced.
 */
class RatePacer {
  /** Calls left in the current window, as the newest answers say; undefined: not known. */
  private remaining: number | undefined
  /** When the current window ends (ms since the epoch). */
  private resetAt = 0
  private inFlight = 0
  private answered = false
  private headersSeen = false
  private windowWait: Promise<void> | undefined
  private readonly waiters: Array<() => void> = []

  constructor(
    private readonly sleep: (ms: number) => Promise<void>,
    private readonly maxWaitMs: number,
    private readonly logger: Logger
  ) {}

  /** Waits until a call may be sent, and counts it as in flight: call `settled` when its answer (or failure) is in. */
  async acquire(): Promise<void> {
    for (;;) {
      if (this.windowWait) {
        await this.windowWait
        continue
      }
      if (this.remaining !== undefined && Date.now() >= this.resetAt) this.remaining = undefined
      const unpaced = this.answered && !this.headersSeen
      const mayGo = this.remaining === undefined ? unpaced || this.inFlight === 0 : this.inFlight < this.remaining
      if (mayGo) {
        this.inFlight++
        return
      }
      if (this.remaining !== undefined && this.remaining <= 0 && this.inFlight === 0) {
        this.waitForWindow()
        continue
      }
      await new Promise<void>((resolve) => this.waiters.push(resolve))
    }
  }

  /** The call counted by `acquire` is over; `window` is what its answer said, if anything. */
  settled(window?: { remaining?: number; resetSeconds?: number; retryAfterMs?: number }): void {
    this.inFlight = Math.max(0, this.inFlight - 1)
    const now = Date.now()
    if (window) this.answered = true
    if (window?.retryAfterMs !== undefined) {
      // A 429: nothing more until Retry-After has passed.
      this.headersSeen = true
      this.remaining = 0
      this.resetAt = Math.max(this.resetAt, now + window.retryAfterMs)
    } else if (window?.remaining !== undefined && window.resetSeconds !== undefined) {
      this.headersSeen = true
      const resetAt = now + window.resetSeconds * 1000
      // Reset is given in whole seconds: answers within 1.5 s of each other speak of one window.
      if (this.remaining === undefined || resetAt > this.resetAt + 1500) {
        this.remaining = window.remaining
        this.resetAt = resetAt
      } else if (resetAt >= this.resetAt - 1500) {
        this.remaining = Math.min(this.remaining, window.remaining)
        this.resetAt = Math.max(this.resetAt, resetAt)
      }
    }
    this.wake()
  }

  /** A 429 asked to wait `ms`: no call goes before that (the retry included: it waits in `acquire`). */
  pause(ms: number): void {
    this.headersSeen = true
    this.remaining = 0
    this.resetAt = Math.max(this.resetAt, Date.now() + ms)
  }

  private waitForWindow(): void {
    const wait = Math.min(Math.max(0, this.resetAt - Date.now()), this.maxWaitMs)
    this.logger.info(`Postman rate limit: no calls left in this window; waiting ${Math.round(wait)} ms for the next.`)
    this.windowWait = this.sleep(wait).then(() => {
      // Waited: the window is over, whatever the clock of an injected sleep says.
      this.windowWait = undefined
      this.remaining = undefined
      this.wake()
    })
  }

  private wake(): void {
    for (const resolve of this.waiters.splice(0)) resolve()
  }
}

export function checkApiKey(apiKey: string | undefined, input = 'postman-api-key'): string {
  const key = apiKey ?? ''
  if (key.trim() === '') {
    throw new InputError(
      input,
      'is empty. Create a key in Postman (Settings > API keys) and pass it from your secret store.'
    )
  }
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(key.trim()) || key.trim() !== key.trim().replace(/\s/g, '')) {
    throw new InputError(
      input,
      'contains a line break, space or control character. Give the key alone, with no surrounding text.'
    )
  }
  return key.trim()
}

/**
 * A small Postman API client: X-Api-Key auth, bounded retries with backoff that honour
 * Retry-After, and errors a user can act on. Never includes the key in what it throws or logs.
 */
export class PostmanClient {
  readonly baseUrl: string
  /** Every request made, for reports: "GET /collections". */
  readonly calls: string[] = []
  rateLimit: RateLimitState = {}
  private warnedMonthly = false
  private readonly pacer: RatePacer
  private readonly deadlineMs: number
  private readonly maxAnswerBytes: number
  private readonly maxAnswerValues: number
  private readonly http: AxiosInstance
  private readonly apiKey: string
  private readonly logger: Logger
  private readonly attempts: number
  private readonly baseDelayMs: number
  private readonly maxDelayMs: number
  private readonly sleep: (ms: number) => Promise<void>

  constructor(options: PostmanClientOptions) {
    this.apiKey = checkApiKey(options.apiKey)
    this.baseUrl = (options.baseUrl ?? DEFAULT_POSTMAN_API_URL).replace(/\/+$/, '')
    // Checked here too, for clients built directly: the key goes only to https (or this machine).
    const urlProblem = apiUrlProblem(this.baseUrl, `${DEFAULT_POSTMAN_API_URL} or https://api.eu.postman.com`)
    if (urlProblem) throw new InputError('postman-api-url', urlProblem)
    this.logger = options.logger ?? silentLogger
    this.attempts = Math.max(1, options.retry?.attempts ?? 5)
    this.baseDelayMs = options.retry?.baseDelayMs ?? 1000
    this.maxDelayMs = options.retry?.maxDelayMs ?? 120_000
    this.sleep = options.sleep ?? realSleep
    this.deadlineMs = options.timeoutMs ?? DEFAULT_POSTMAN_DEADLINE_MS
    this.maxAnswerBytes = options.maxAnswerBytes ?? DEFAULT_MAX_ANSWER_BYTES
    this.maxAnswerValues = options.maxAnswerValues ?? DEFAULT_MAX_ANSWER_VALUES
    this.pacer = new RatePacer(this.sleep, this.maxDelayMs, this.logger)
    this.http = axios.create({
      baseURL: this.baseUrl,
      headers: {
        'X-Api-Key': this.apiKey,
        Accept: 'application/json',
        'Accept-Encoding': 'gzip, deflate, br',
        'User-Agent': 'postman-backup'
      },
      // We read (within the caps and the deadline), inflate, parse and judge every answer
      // ourselves, so oversized, truncated or HTML bodies are caught.
      responseType: 'stream',
      decompress: false,
      validateStatus: () => true,
      maxContentLength: -1,
      maxBodyLength: Infinity,
      // Never followed: a redirect would take the key to another host, or over plain http.
      maxRedirects: 0
    })
  }

  /** The user the key belongs to: a cheap way to check a key. */
  async getAuthenticatedUser(): Promise<{ id: number | string; username?: string; teamName?: string }> {
    const body = await this.get('/me', undefined, 'the user of the API key')
    return (body.user ?? {}) as { id: number | string; username?: string }
  }

  /** Every collection visible to the key (in `workspace` when given), following limit/offset paging. */
  async listCollections(workspace?: string): Promise<CollectionSummary[]> {
    return this.listPaged<CollectionSummary>('/collections', 'collections', workspace)
  }

  async listEnvironments(workspace?: string): Promise<EnvironmentSummary[]> {
    return this.listPaged<EnvironmentSummary>('/environments', 'environments', workspace)
  }

  /** The collection document (the `collection` member of Postman's envelope). */
  async getCollection(idOrUid: string): Promise<Json> {
    const body = await this.get(
      `/collections/${encodeURIComponent(idOrUid)}`,
      undefined,
      `collection "${idOrUid}"`,
      'collection'
    )
    return this.unwrap(body, 'collection')
  }

  async getEnvironment(idOrUid: string): Promise<Json> {
    const body = await this.get(
      `/environments/${encodeURIComponent(idOrUid)}`,
      undefined,
      `environment "${idOrUid}"`,
      'environment'
    )
    return this.unwrap(body, 'environment')
  }

  async getWorkspace(id: string): Promise<WorkspaceDetails> {
    const body = await this.get(`/workspaces/${encodeURIComponent(id)}`, undefined, `workspace "${id}"`)
    return this.unwrap(body, 'workspace') as unknown as WorkspaceDetails
  }

  /**
   * PUT /collections/{id}: replaces the collection with `collection` (Collection Format v2.1.0).
   * Items keep their history when their `id`s are sent; id-less items are recreated. `async`
   * sends `Prefer: respond-async` (for very large collections) and waits for the update task.
   * Retried like a GET: the same PUT twice leaves the same collection.
   */
  async updateCollection(
    idOrUid: string,
    collection: object,
    options: { async?: boolean } = {}
  ): Promise<WrittenDocument> {
    const path = `/collections/${encodeURIComponent(idOrUid)}`
    const what = `collection "${idOrUid}"`
    const body = await this.request(
      { method: 'PUT', path, body: JSON.stringify({ collection }), what },
      options.async ? { Prefer: 'respond-async' } : undefined
    )
    if (options.async && isObject(body.task)) {
      await this.waitForTask(String(body.task.id ?? ''), what)
      const current = await this.getCollection(idOrUid)
      const info = (current.info ?? {}) as Json
      return { id: String(info._postman_id ?? idOrUid), uid: String(info.uid ?? ''), name: String(info.name ?? '') }
    }
    return this.written(body, 'collection')
  }

  /**
   * POST /collections?workspace=: creates a collection (in the key owner's oldest personal
   * workspace without `workspace`). Never sent twice unless Postman's answer proves the first
   * was refused (429, 503): see TransientFailure.nothingDone.
   */
  async createCollection(collection: object, workspace?: string): Promise<WrittenDocument> {
    const body = await this.request({
      method: 'POST',
      path: '/collections',
      query: workspace ? { workspace } : undefined,
      body: JSON.stringify({ collection }),
      what: 'a new collection'
    })
    return this.written(body, 'collection')
  }

  /** PUT /environments/{id}: replaces the environment's name and variables. */
  async updateEnvironment(
    idOrUid: string,
    environment: { name?: string; values?: unknown[] }
  ): Promise<WrittenDocument> {
    const path = `/environments/${encodeURIComponent(idOrUid)}`
    const body = await this.request({
      method: 'PUT',
      path,
      body: JSON.stringify({ environment }),
      what: `environment "${idOrUid}"`
    })
    return this.written(body, 'environment')
  }

  /** POST /environments?workspace=: creates an environment; retried only as createCollection is. */
  async createEnvironment(
    environment: { name: string; values?: unknown[] },
    workspace?: string
  ): Promise<WrittenDocument> {
    const body = await this.request({
      method: 'POST',
      path: '/environments',
      query: workspace ? { workspace } : undefined,
      body: JSON.stringify({ environment }),
      what: 'a new environment'
    })
    return this.written(body, 'environment')
  }

  // ---- globals, Spec Hub, deletes (restore of whole workspaces) ----

  /** GET /workspaces/{id}/global-variables: `{values: [...]}` (an empty list when the workspace has none). */
  async getGlobals(workspaceId: string): Promise<Json> {
    const body = await this.request({
      method: 'GET',
      path: `/workspaces/${encodeURIComponent(workspaceId)}/global-variables`,
      what: `the globals of workspace "${workspaceId}"`,
      document: 'globals'
    })
    return { values: Array.isArray(body.values) ? body.values : [] }
  }

  /** PUT /workspaces/{id}/global-variables: replaces every global of the workspace with `values`. */
  async updateGlobals(workspaceId: string, values: unknown[]): Promise<Json> {
    const body = await this.request({
      method: 'PUT',
      path: `/workspaces/${encodeURIComponent(workspaceId)}/global-variables`,
      body: JSON.stringify({ values }),
      what: `the globals of workspace "${workspaceId}"`
    })
    return { values: Array.isArray(body.values) ? body.values : [] }
  }

  /** Every spec of a workspace (GET /specs?workspaceId=), following meta.nextCursor. */
  async listSpecs(workspaceId: string): Promise<SpecSummary[]> {
    return this.listByCursor<SpecSummary>('/specs', 'specs', { workspaceId }, `the specs of workspace "${workspaceId}"`)
  }

  async getSpec(id: string): Promise<SpecSummary & { fileFormat?: string }> {
    const body = await this.get(`/specs/${encodeURIComponent(id)}`, undefined, `spec "${id}"`)
    return body as unknown as SpecSummary
  }

  /** The spec's files without their contents (GET /specs/{id}/files). */
  async listSpecFiles(id: string): Promise<SpecFileSummary[]> {
    return this.listByCursor<SpecFileSummary>(
      `/specs/${encodeURIComponent(id)}/files`,
      'files',
      {},
      `the files of spec "${id}"`
    )
  }

  /** One file with its `content` (a string, as stored: JSON, YAML or protobuf text). */
  async getSpecFile(id: string, path: string): Promise<SpecFileSummary & { content: string }> {
    const body = await this.get(specFilePath(id, path), undefined, `file "${path}" of spec "${id}"`)
    if (typeof body.content !== 'string')
      throw new PostmanApiError(`Postman answered without the content of file "${path}" of spec "${id}".`, 200)
    return body as unknown as SpecFileSummary & { content: string }
  }

  /** POST /specs?workspaceId=: a new spec with its files (one ROOT file when several). Never sent twice. */
  async createSpec(
    workspaceId: string,
    spec: { name: string; type: string; files: Array<{ path: string; content: string; type?: string }> }
  ): Promise<SpecSummary> {
    const body = await this.request({
      method: 'POST',
      path: '/specs',
      query: { workspaceId },
      body: JSON.stringify(spec),
      what: `spec "${spec.name}"`
    })
    return body as unknown as SpecSummary
  }

  /** PATCH /specs/{id}: renames the spec. */
  async updateSpec(id: string, properties: { name: string }): Promise<SpecSummary> {
    const body = await this.request({
      method: 'PATCH',
      path: `/specs/${encodeURIComponent(id)}`,
      body: JSON.stringify(properties),
      what: `spec "${id}"`
    })
    return body as unknown as SpecSummary
  }

  /** POST /specs/{id}/files: adds a file (type DEFAULT). */
  async createSpecFile(id: string, file: { path: string; content: string }): Promise<SpecFileSummary> {
    const body = await this.request({
      method: 'POST',
      path: `/specs/${encodeURIComponent(id)}/files`,
      body: JSON.stringify(file),
      what: `file "${file.path}" of spec "${id}"`
    })
    return body as unknown as SpecFileSummary
  }

  /** PATCH /specs/{id}/files/{path}: one property per call (Postman refuses several): content, type or name. */
  async updateSpecFile(
    id: string,
    path: string,
    change: { content: string } | { type: 'ROOT' | 'DEFAULT' } | { name: string }
  ): Promise<SpecFileSummary> {
    const body = await this.request({
      method: 'PATCH',
      path: specFilePath(id, path),
      body: JSON.stringify(change),
      what: `file "${path}" of spec "${id}"`
    })
    return body as unknown as SpecFileSummary
  }

  /** DELETE /specs/{id}/files/{path}; a file already gone counts as deleted (a retried DELETE). */
  async deleteSpecFile(id: string, path: string): Promise<void> {
    await this.deleteQuietly(specFilePath(id, path), `file "${path}" of spec "${id}"`)
  }

  async deleteSpec(id: string): Promise<void> {
    await this.deleteQuietly(`/specs/${encodeURIComponent(id)}`, `spec "${id}"`)
  }

  async deleteCollection(idOrUid: string): Promise<void> {
    await this.deleteQuietly(`/collections/${encodeURIComponent(idOrUid)}`, `collection "${idOrUid}"`)
  }

  async deleteEnvironment(idOrUid: string): Promise<void> {
    await this.deleteQuietly(`/environments/${encodeURIComponent(idOrUid)}`, `environment "${idOrUid}"`)
  }

  private async deleteQuietly(path: string, what: string): Promise<void> {
    try {
      await this.request({ method: 'DELETE', path, what })
    } catch (error) {
      if (!(error instanceof PostmanNotFoundError)) throw error
    }
  }

  /** Lists paged with `cursor` and `meta.nextCursor` (the Spec Hub routes), within MAX_LIST_PAGES. */
  private async listByCursor<T>(
    path: string,
    member: string,
    query: Record<string, string>,
    what: string
  ): Promise<T[]> {
    const items: T[] = []
    const cursors = new Set<string>()
    let cursor: string | undefined
    for (let pages = 1; ; pages++) {
      const body = await this.get(path, cursor ? { ...query, cursor } : query, what)
      const page = body[member]
      if (!Array.isArray(page))
        throw new PostmanApiError(
          `Postman answered GET ${path} without a "${member}" list. Check \`postmanApiUrl\`.`,
          200
        )
      items.push(...(page as T[]))
      const next = (body.meta as Json | undefined)?.nextCursor
      if (typeof next !== 'string' || next === '' || page.length === 0) return items
      if (cursors.has(next) || pages >= MAX_LIST_PAGES || items.length > MAX_LIST_ITEMS)
        throw new PostmanApiError(
          `Postman's ${what} list makes no progress after ${pages} page(s); stopped paging.`,
          200
        )
      cursors.add(next)
      cursor = next
    }
  }

  private written(body: Json, member: 'collection' | 'environment'): WrittenDocument {
    const inner = this.unwrap(body, member)
    return { id: String(inner.id ?? ''), uid: String(inner.uid ?? ''), name: String(inner.name ?? '') }
  }

  /** GET /collection-updates-tasks/{id} until the asynchronous update is done. */
  private async waitForTask(taskId: string, what: string): Promise<void> {
    for (let attempt = 1; attempt <= TASK_POLL_ATTEMPTS; attempt++) {
      const task = await this.get(
        `/collection-updates-tasks/${encodeURIComponent(taskId)}`,
        undefined,
        `the update task of ${what}`
      )
      if (task.status === 'successful') return
      if (task.status === 'failed') {
        const reason = (task.details as { error?: { message?: unknown } } | undefined)?.error?.message
        throw new PostmanApiError(
          `Postman could not update ${what}${typeof reason === 'string' ? `: ${redactText(reason, [this.apiKey])}` : ''}.`,
          200
        )
      }
      await this.sleep(Math.min(this.baseDelayMs * attempt, 10_000))
    }
    throw new PostmanApiError(
      `Postman's update of ${what} is still in progress after ${TASK_POLL_ATTEMPTS} checks; check the collection in Postman.`,
      202
    )
  }

  private unwrap(body: Json, member: string): Json {
    const inner = body[member]
    if (!inner || typeof inner !== 'object' || Array.isArray(inner)) {
      throw new PostmanApiError(
        `Postman answered without a "${member}" object (keys: ${redactText(Object.keys(body).slice(0, 5).join(', '), [this.apiKey]) || 'none'}). Check that \`postmanApiUrl\` points at the Postman API.`,
        200
      )
    }
    return inner as Json
  }

  /**
   * Follows meta.total with limit/offset, within bounds: a list that claims more than
   * MAX_LIST_ITEMS, a page that brings nothing new, more pages than `total` allows, or more than
   * MAX_LIST_PAGES stop with an error rather than page on.
   */
  private async listPaged<T>(path: string, member: string, workspace?: string): Promise<T[]> {
    const items: T[] = []
    const seen = new Set<string>()
    let query: Record<string, string> = workspace ? { workspace } : {}
    let pageSize = 0
    // The API returns everything without `limit`; when it pages anyway (meta.total), follow it.
    for (let pages = 1; ; pages++) {
      const body = await this.get(path, query, `the ${member} list`)
      const page = body[member]
      if (!Array.isArray(page)) {
        throw new PostmanApiError(
          `Postman answered GET ${path} without a "${member}" list. Check \`postmanApiUrl\`.`,
          200
        )
      }
      let fresh = 0
      for (const entry of page as T[]) {
        const id = isObject(entry) && typeof entry.id === 'string' ? entry.id : undefined
        if (id !== undefined && seen.has(id)) continue
        if (id !== undefined) seen.add(id)
        items.push(entry)
        fresh++
      }
      const total = Number((body.meta as Json | undefined)?.total)
      if (!Number.isFinite(total) || items.length >= total || page.length === 0) return items
      const stop = (why: string) =>
        new PostmanApiError(
          `Postman's ${member} list ${why}, after ${pages} page(s) and ${items.length} of the ${total} ${member} it claims; stopped paging. Check that \`postmanApiUrl\` points at the Postman API.`,
          200
        )
      if (total > MAX_LIST_ITEMS) throw stop(`claims more ${member} than any workspace holds (over ${MAX_LIST_ITEMS})`)
      if (fresh === 0) throw stop('makes no progress (a page brought nothing new)')
      pageSize ||= page.length
      if (pages >= Math.ceil(total / pageSize) + 1) throw stop(`needs more pages than its total allows`)
      if (pages >= MAX_LIST_PAGES) throw stop(`takes more than ${MAX_LIST_PAGES} pages`)
      query = { ...query, offset: String(items.length), limit: String(pageSize) }
    }
  }

  /** `document`: the answer is a document to back up (checked for repeated keys). */
  private get(
    path: string,
    query: Record<string, string> | undefined,
    what: string,
    document?: Call['document']
  ): Promise<Json> {
    return this.request({ method: 'GET', path, query, what, document })
  }

  private async request(call: Call, headers?: Record<string, string>): Promise<Json> {
    const { method, path } = call
    let lastFailure: TransientFailure | undefined
    let deadlines = 0
    for (let attempt = 1; attempt <= this.attempts; attempt++) {
      try {
        return await this.attempt(call, headers)
      } catch (error) {
        if (!(error instanceof TransientFailure)) throw error
        if (method === 'POST' && !error.nothingDone) {
          throw new PostmanApiError(
            `Postman API POST ${path} failed: ${error.message}. Postman may have created ${call.what} nonetheless, so it was not sent again; list the workspace's ${path.slice(1)} (postman-backup list) before trying again, to avoid a duplicate.`,
            error.status
          )
        }
        // A stalled connection may heal once; a server that keeps missing the deadline will not.
        if (error.deadline && ++deadlines >= 2) {
          throw new PostmanApiError(
            `Postman API ${method} ${path}: ${error.message}, twice; gave up. Check \`postmanApiUrl\` and https://status.postman.com, then run again.`,
            undefined
          )
        }
        lastFailure = error
        if (attempt === this.attempts) break
        const backoff = Math.min(this.baseDelayMs * 2 ** (attempt - 1), this.maxDelayMs)
        const wait = error.retryAfterMs ?? backoff
        if (wait > this.maxDelayMs) {
          throw new PostmanRateLimitError(
            `Postman asked us to wait ${Math.ceil(wait / 1000)} s before retrying ${method} ${path}, longer than we wait. Run the ${method === 'GET' ? 'backup' : 'restore'} again later.`,
            'rateLimited'
          )
        }
        this.logger.warn(
          `Postman ${method} ${path}: ${error.message}; retrying in ${Math.round(wait)} ms (attempt ${attempt + 1} of ${this.attempts}).`
        )
        // A 429 holds back every call of this client, not just this one: the pacer waits it out.
        if (error.status === 429) this.pacer.pause(wait)
        else await this.sleep(wait)
      }
    }
    const failure = lastFailure as TransientFailure
    const message = `Postman API ${method} ${path} failed after ${this.attempts} attempts: ${failure.message}.`
    if (failure.status === 429) {
      throw new PostmanRateLimitError(
        `${message} Postman's rate limit is 300 requests per minute; run again later or lower concurrency.`,
        'rateLimited'
      )
    }
    throw new PostmanApiError(
      `${message} Postman may be having an outage (https://status.postman.com); try again later.`,
      failure.status
    )
  }

  private readRateLimit(response: AxiosResponse): RateLimitState {
    let resetSeconds = headerNumber(response, 'ratelimit-reset', 'x-ratelimit-reset')
    // X-RateLimit-Reset may be an epoch time rather than a delta.
    if (resetSeconds !== undefined && resetSeconds > 1e9) resetSeconds = Math.max(0, resetSeconds - Date.now() / 1000)
    this.rateLimit = {
      limit: headerNumber(response, 'ratelimit-limit', 'x-ratelimit-limit'),
      remaining: headerNumber(response, 'ratelimit-remaining', 'x-ratelimit-remaining'),
      resetSeconds,
      remainingMonth: headerNumber(response, 'ratelimit-remaining-month', 'x-ratelimit-remaining-month')
    }
    const month = this.rateLimit.remainingMonth
    if (month !== undefined && month < 100 && !this.warnedMonthly) {
      this.warnedMonthly = true
      this.logger.warn(
        `Postman API usage: only ${month} calls left this month. Incremental backups (the default) fetch only what changed.`
      )
    }
    return this.rateLimit
  }

  /**
   * One HTTP exchange within the deadline and the size caps, paced by the rate limit: the
   * status, the headers and the (inflated) body text.
   */
  private async exchange(
    call: Call,
    headers: Record<string, string>
  ): Promise<{ response: AxiosResponse<unknown>; bytes: Buffer; limits: RateLimitState }> {
    const { method, path, query } = call
    await this.pacer.acquire()
    this.calls.push(`${method} ${path}`)
    const controller = new AbortController()
    let raw: Readable | undefined
    const timer = setTimeout(() => {
      controller.abort()
      raw?.destroy(new DeadlineExpired())
    }, this.deadlineMs)
    let response: AxiosResponse<Readable> | undefined
    let limits: RateLimitState = {}
    try {
      response = await this.http.request<Readable>({
        method,
        url: path,
        params: query,
        data: call.body,
        headers,
        signal: controller.signal
      })
      raw = response.data
      limits = this.readRateLimit(response)
      const announced = headerNumber(response, 'content-length')
      if (announced !== undefined && announced > this.maxAnswerBytes) {
        raw.destroy()
        throw new AnswerTooLarge(announced, 'announced')
      }
      const encoding = response.headers['content-encoding'] as string | undefined
      return { response, bytes: await readCapped(raw, encoding, this.maxAnswerBytes), limits }
    } catch (error) {
      if (controller.signal.aborted && !(error instanceof AnswerTooLarge)) throw new DeadlineExpired()
      throw error
    } finally {
      clearTimeout(timer)
      this.pacer.settled(
        response && {
          ...limits,
          retryAfterMs: response.status === 429 ? (retryAfterMs(response) ?? 1000) : undefined
        }
      )
    }
  }

  private async attempt(call: Call, extraHeaders?: Record<string, string>): Promise<Json> {
    const { method, path, query, what } = call
    let response: AxiosResponse<unknown>
    let bytes: Buffer
    let limits: RateLimitState
    try {
      const headers = { ...(call.body !== undefined ? { 'Content-Type': 'application/json' } : {}), ...extraHeaders }
      ;({ response, bytes, limits } = await this.exchange(call, headers))
    } catch (error) {
      if (error instanceof AnswerTooLarge) {
        throw new PostmanApiError(
          `Postman's answer to ${method} ${path} (${what}) is larger than ${megabytes(this.maxAnswerBytes)} (${error.counted === 'inflated' ? 'after inflating: ' : ''}${error.counted === 'announced' ? `announced ${megabytes(error.bytes)}` : `over ${megabytes(error.bytes)} read`}), far more than any real collection; not read further and not retried. Check that \`postmanApiUrl\` points at the Postman API.`,
          undefined
        )
      }
      if (error instanceof DeadlineExpired) {
        throw new TransientFailure(
          `no complete answer within ${this.deadlineMs / 1000} s (the deadline covers connecting, the headers and the whole body)`,
          undefined,
          undefined,
          true
        )
      }
      const e = error as { code?: string; message?: string }
      const reason = redactText(`${e.code ?? 'network error'}: ${e.message ?? String(error)}`, [this.apiKey])
      if (e.code === 'ENOTFOUND' || e.code === 'ERR_INVALID_URL' || e.code === 'ECONNREFUSED') {
        // A wrong host will not heal by retrying.
        throw new PostmanApiError(
          `Cannot reach the Postman API at ${this.baseUrl} (${reason}). Check \`postmanApiUrl\` (https://api.postman.com, or https://api.eu.postman.com for EU teams).`,
          undefined
        )
      }
      throw new TransientFailure(reason, undefined, undefined)
    }
    const values = countJsonValues(bytes, this.maxAnswerValues)
    if (values > this.maxAnswerValues) {
      throw new PostmanApiError(
        `Postman's answer to ${method} ${path} (${what}) holds more than ${this.maxAnswerValues} JSON values, more than any real collection and more than is safe to parse; not parsed and not retried. Check that \`postmanApiUrl\` points at the Postman API.`,
        response.status
      )
    }
    const text = bytes.toString('utf8')
    let body: unknown
    let parsed = true
    try {
      body = parseJsonText(text)
    } catch {
      parsed = false
    }
    const status = response.status
    // An error body may echo the request, key included: redact it before it reaches any message.
    const described = describeError(body)
    const name = redactText(described.name, [this.apiKey])
    const message = redactText(described.message, [this.apiKey])
    const write = method !== 'GET'
    const reasons = write ? redactText(errorDetails(body), [this.apiKey]) : ''
    const detail = (message || name || (parsed ? '' : 'non-JSON body')) + (reasons ? ` (${reasons})` : '')

    if (status >= 300 && status < 400) {
      const location = response.headers.location as string | undefined
      throw new PostmanApiError(
        `Postman answered ${status} to ${location ? withoutUserinfo(redactText(String(location), [this.apiKey])) : '(no Location)'} for ${method} ${path}; not followed: the key is only sent to \`postmanApiUrl\` (${this.baseUrl}). If the API has moved, set \`postmanApiUrl\` to its new address.`,
        status
      )
    }
    if (status === 401) {
      throw new PostmanAuthError(
        `Postman rejected the API key (401${detail ? `: ${detail}` : ''}). Check that \`postmanApiKey\` holds a current key (Postman: Settings > API keys). Keys of EU-region teams work only with \`postmanApiUrl\` https://api.eu.postman.com.`
      )
    }
    if (status === 403) {
      throw new PostmanAuthError(
        `Postman refused access to ${what} (403${detail ? `: ${detail}` : ''}). The key's user needs at least ${write ? 'editor' : 'viewer'} access to it.`
      )
    }
    if (method === 'POST' && (status === 404 || /notFound/i.test(name))) {
      // What POST cannot find is the workspace it was to create in.
      throw new PostmanNotFoundError(
        `Postman cannot create ${what} in workspace "${query?.workspace ?? '(default)'}" (${status}${detail ? ` ${detail}` : ''}). Check the workspace ID (postman-backup list shows what the key can see).`
      )
    }
    if ((status === 404 || status === 400) && /instanceNotFound|notFound/i.test(name)) {
      throw new PostmanNotFoundError(`Postman has no ${what} visible to this API key (${status} ${name}).`)
    }
    if (status === 404) {
      throw new PostmanNotFoundError(
        `Postman answered 404 for ${what}. If the ID is right, check \`postmanApiUrl\` (EU teams: https://api.eu.postman.com).`
      )
    }
    if (status === 429) {
      // The monthly quota: named in either body shape, or told by the header alone. Waiting will not help.
      if (
        /service[-_ ]?limit[-_ ]?exhausted|usage limit|quota/i.test(`${name} ${message}`) ||
        limits.remainingMonth === 0
      ) {
        throw new PostmanRateLimitError(
          `Postman's API usage limit for this month is spent (429 serviceLimitExhausted: ${message || (/serviceLimitExhausted/i.test(name) ? 'service limit exhausted' : 'RateLimit-Remaining-Month: 0')}). Backups resume when the quota resets; a team admin can raise the plan's limit.`,
          'serviceLimitExhausted'
        )
      }
      throw new TransientFailure(`rate limited (429${detail ? `: ${detail}` : ''})`, 429, retryAfterMs(response))
    }
    if (status >= 500 || status === 408) {
      throw new TransientFailure(
        `HTTP ${status}${detail ? ` (${detail.slice(0, 120)})` : ''}`,
        status,
        retryAfterMs(response)
      )
    }
    if (status < 200 || status >= 300) {
      throw new PostmanApiError(
        `Postman answered ${status} for ${write ? `${method} of ` : ''}${what}${detail ? `: ${detail.slice(0, write ? 400 : 200)}` : ''}.`,
        status
      )
    }
    // DELETE /specs/{id} and its files answer 204 with no body.
    if (status === 204 && text === '') return {}
    if (!parsed || !body || typeof body !== 'object' || Array.isArray(body)) {
      // A proxy's HTML page or a cut-off body: never treat it as data.
      const kind = /^\s*</.test(text)
        ? 'an HTML page'
        : parsed
          ? 'JSON that is not an object'
          : 'a truncated or non-JSON body'
      throw new TransientFailure(`answered ${status} with ${kind}`, status, undefined)
    }
    if (call.document) {
      // JSON.parse keeps the last of repeated keys: {"type":"secret", …, "type":"string"} would
      // slip a secret past redaction. Such a document is refused (pointers only, never values).
      const duplicates = duplicateKeysOf(text)
      if (duplicates.length > 0) throw duplicateKeysError(what, duplicates, this.apiKey)
    }
    return body as Json
  }
}

/**
 * The repeated keys of an answer. A document nested deeper than the scanner walks (2,000 levels)
 * is passed on unchecked: validation refuses anything deeper than 500 levels, so it never becomes
 * a backup either way.
 */
function duplicateKeysOf(text: string): DuplicateKey[] {
  try {
    return findDuplicateKeys(text)
  } catch {
    return []
  }
}
