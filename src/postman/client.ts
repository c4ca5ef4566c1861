import axios, { type AxiosInstance, type AxiosResponse } from 'axios'
import {
  InputError,
  PostmanApiError,
  PostmanAuthError,
  PostmanNotFoundError,
  PostmanRateLimitError
} from '../errors.js'
import { silentLogger, type Logger } from '../logger.js'
import { redactText } from '../secrets.js'
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
  /** Per-request timeout (default 30 s). */
  timeoutMs?: number
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

/** The rate-limit state of the last answer, from its headers, when Postman sent them. */
export interface RateLimitState {
  limit?: number
  remaining?: number
  /** Seconds until the window resets. */
  resetSeconds?: number
  /** Calls left this month (usage limit), when reported. */
  remainingMonth?: number
}

/** Below this many calls left in the window, requests wait for the window to reset instead of running into 429s. */
const LOW_WATER_MARK = 3

type Method = 'GET' | 'PUT' | 'POST'

/** One API call: what the retry loop repeats. */
interface Call {
  method: Method
  path: string
  query?: Record<string, string>
  /** Serialized once, sent on every attempt. */
  body?: string
  /** For messages: `collection "…"`. */
  what: string
}

class TransientFailure extends Error {
  constructor(
    message: string,
    readonly status: number | undefined,
    readonly retryAfterMs: number | undefined
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

/** Postman answers errors as {error: {name, message}} or as problem+json {type, title, detail}. */
function describeError(body: unknown): { name: string; message: string } {
  if (body && typeof body === 'object') {
    const b = body as Json
    const error = b.error as Json | undefined
    if (error && typeof error === 'object') {
      return { name: String(error.name ?? ''), message: String(error.message ?? error.details ?? '') }
    }
    if (typeof b.type === 'string' || typeof b.title === 'string') {
      return { name: String(b.type ?? b.title ?? ''), message: String(b.detail ?? b.title ?? '') }
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

export function checkApiKey(apiKey: string | undefined, input = 'postman-api-key'): string {
  const key = apiKey ?? ''
  if (key.trim() === '') {
    throw new InputError(
      input,
      'is empty. Create a key in Postman (Settings > API keys) and pass it from a secret, e.g. ${{ secrets.POSTMAN_API_KEY }}.'
    )
  }
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(key.trim()) || key.trim() !== key.trim().replace(/\s/g, '')) {
    throw new InputError(
      input,
      'contains a line break, space or control character. Store the key alone in the secret, with no surrounding text.'
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
    if (!/^https?:\/\/[^/\s]+/.test(this.baseUrl)) {
      throw new InputError(
        'postman-api-url',
        `"${options.baseUrl}" is not an http(s) URL. Use ${DEFAULT_POSTMAN_API_URL} or https://api.eu.postman.com.`
      )
    }
    this.logger = options.logger ?? silentLogger
    this.attempts = Math.max(1, options.retry?.attempts ?? 5)
    this.baseDelayMs = options.retry?.baseDelayMs ?? 1000
    this.maxDelayMs = options.retry?.maxDelayMs ?? 120_000
    this.sleep = options.sleep ?? realSleep
    this.http = axios.create({
      baseURL: this.baseUrl,
      timeout: options.timeoutMs ?? 30_000,
      headers: { 'X-Api-Key': this.apiKey, Accept: 'application/json', 'User-Agent': 'postman-backup' },
      // We parse and judge every answer ourselves, so truncated or HTML bodies are caught.
      responseType: 'text',
      transformResponse: [(data: unknown) => data],
      validateStatus: () => true,
      maxContentLength: Infinity,
      maxBodyLength: Infinity,
      maxRedirects: 5
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
    const body = await this.get(`/collections/${encodeURIComponent(idOrUid)}`, undefined, `collection "${idOrUid}"`)
    return this.unwrap(body, 'collection')
  }

  async getEnvironment(idOrUid: string): Promise<Json> {
    const body = await this.get(`/environments/${encodeURIComponent(idOrUid)}`, undefined, `environment "${idOrUid}"`)
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
          `Postman could not update ${what}${typeof reason === 'string' ? `: ${reason}` : ''}.`,
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
        `Postman answered without a "${member}" object (keys: ${Object.keys(body).slice(0, 5).join(', ') || 'none'}). Check postman-api-url points at the Postman API.`,
        200
      )
    }
    return inner as Json
  }

  private async listPaged<T>(path: string, member: string, workspace?: string): Promise<T[]> {
    const items: T[] = []
    let query: Record<string, string> = workspace ? { workspace } : {}
    // The API returns everything without `limit`; when it pages anyway (meta.total), follow it.
    for (;;) {
      const body = await this.get(path, query, `the ${member} list`)
      const page = body[member]
      if (!Array.isArray(page)) {
        throw new PostmanApiError(
          `Postman answered GET ${path} without a "${member}" list. Check postman-api-url.`,
          200
        )
      }
      items.push(...(page as T[]))
      const total = Number((body.meta as Json | undefined)?.total)
      if (!Number.isFinite(total) || items.length >= total || page.length === 0) return items
      query = { ...query, offset: String(items.length), limit: String(page.length) }
    }
  }

  private get(path: string, query: Record<string, string> | undefined, what: string): Promise<Json> {
    return this.request({ method: 'GET', path, query, what })
  }

  private async request(call: Call, headers?: Record<string, string>): Promise<Json> {
    const { method, path } = call
    let lastFailure: TransientFailure | undefined
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
        await this.sleep(wait)
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

  /** Slows down when the window's calls run low, rather than failing on a 429. */
  private async paceForRateLimit(): Promise<void> {
    const { remaining, resetSeconds } = this.rateLimit
    if (remaining === undefined || remaining > LOW_WATER_MARK || !resetSeconds) return
    const wait = Math.min(resetSeconds * 1000, this.maxDelayMs) / (remaining + 1)
    this.logger.info(`Postman rate limit: ${remaining} calls left in this window; waiting ${Math.round(wait)} ms.`)
    // Once waited, the window is assumed fresh until the next answer says otherwise.
    this.rateLimit = { ...this.rateLimit, remaining: undefined }
    await this.sleep(wait)
  }

  private readRateLimit(response: AxiosResponse): void {
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
  }

  private async attempt(call: Call, extraHeaders?: Record<string, string>): Promise<Json> {
    const { method, path, query, what } = call
    await this.paceForRateLimit()
    this.calls.push(`${method} ${path}`)
    let response: AxiosResponse<string>
    try {
      const headers = { ...(call.body !== undefined ? { 'Content-Type': 'application/json' } : {}), ...extraHeaders }
      response = await this.http.request<string>({ method, url: path, params: query, data: call.body, headers })
    } catch (error) {
      const e = error as { code?: string; message?: string }
      const reason = redactText(`${e.code ?? 'network error'}: ${e.message ?? String(error)}`, [this.apiKey])
      if (e.code === 'ENOTFOUND' || e.code === 'ERR_INVALID_URL' || e.code === 'ECONNREFUSED') {
        // A wrong host will not heal by retrying.
        throw new PostmanApiError(
          `Cannot reach the Postman API at ${this.baseUrl} (${reason}). Check postman-api-url (https://api.postman.com, or https://api.eu.postman.com for EU teams).`,
          undefined
        )
      }
      throw new TransientFailure(reason, undefined, undefined)
    }
    this.readRateLimit(response)
    const text = typeof response.data === 'string' ? response.data : String(response.data ?? '')
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

    if (status === 401) {
      throw new PostmanAuthError(
        `Postman rejected the API key (401${detail ? `: ${detail}` : ''}). Check that the postman-api-key secret holds a current key (Postman: Settings > API keys). Keys of EU-region teams work only with postman-api-url https://api.eu.postman.com.`
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
        `Postman answered 404 for ${what}. If the ID is right, check postman-api-url (EU teams: https://api.eu.postman.com).`
      )
    }
    if (status === 429) {
      if (/serviceLimitExhausted|usage limit|quota/i.test(`${name} ${message}`)) {
        throw new PostmanRateLimitError(
          `Postman's API usage limit for this month is spent (429 serviceLimitExhausted: ${message || 'service limit exhausted'}). Backups resume when the quota resets; a team admin can raise the plan's limit.`,
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
    if (!parsed || !body || typeof body !== 'object' || Array.isArray(body)) {
      // A proxy's HTML page or a cut-off body: never treat it as data.
      const kind = /^\s*</.test(text)
        ? 'an HTML page'
        : parsed
          ? 'JSON that is not an object'
          : 'a truncated or non-JSON body'
      throw new TransientFailure(`answered ${status} with ${kind}`, status, undefined)
    }
    return body as Json
  }
}
