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

/** A collection as the list endpoint reports it. */
export interface CollectionSummary {
  id: string
  uid: string
  name: string
  owner?: string
  createdAt?: string
  updatedAt?: string
}

export interface EnvironmentSummary {
  id: string
  uid: string
  name: string
  owner?: string
  createdAt?: string
  updatedAt?: string
}

export interface WorkspaceDetails {
  id: string
  name: string
  type?: string
  collections?: Array<{ id: string; uid: string; name: string }>
  environments?: Array<{ id: string; uid: string; name: string }>
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

type Json = Record<string, unknown>

class TransientFailure extends Error {
  constructor(
    message: string,
    readonly status: number | undefined,
    readonly retryAfterMs: number | undefined
  ) {
    super(message)
  }
}

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))
const BOM = '\uFEFF'

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

export function checkApiKey(apiKey: string | undefined, input = 'postman-api-key'): string {
  const key = apiKey ?? ''
  if (key.trim() === '') {
    throw new InputError(input, 'is empty. Create a key in Postman (Settings > API keys) and pass it from a secret, e.g. ${{ secrets.POSTMAN_API_KEY }}.')
  }
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(key.trim()) || key.trim() !== key.trim().replace(/\s/g, '')) {
    throw new InputError(input, 'contains a line break, space or control character. Store the key alone in the secret, with no surrounding text.')
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
      throw new InputError('postman-api-url', `"${options.baseUrl}" is not an http(s) URL. Use ${DEFAULT_POSTMAN_API_URL} or https://api.eu.postman.com.`)
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
        throw new PostmanApiError(`Postman answered GET ${path} without a "${member}" list. Check postman-api-url.`, 200)
      }
      items.push(...(page as T[]))
      const total = Number((body.meta as Json | undefined)?.total)
      if (!Number.isFinite(total) || items.length >= total || page.length === 0) return items
      query = { ...query, offset: String(items.length), limit: String(page.length) }
    }
  }

  private async get(path: string, query: Record<string, string> | undefined, what: string): Promise<Json> {
    let lastFailure: TransientFailure | undefined
    for (let attempt = 1; attempt <= this.attempts; attempt++) {
      try {
        return await this.attempt(path, query, what)
      } catch (error) {
        if (!(error instanceof TransientFailure)) throw error
        lastFailure = error
        if (attempt === this.attempts) break
        const backoff = Math.min(this.baseDelayMs * 2 ** (attempt - 1), this.maxDelayMs)
        const wait = error.retryAfterMs ?? backoff
        if (wait > this.maxDelayMs) {
          throw new PostmanRateLimitError(
            `Postman asked us to wait ${Math.ceil(wait / 1000)} s before retrying GET ${path}, longer than we wait. Run the backup again later.`,
            'rateLimited'
          )
        }
        this.logger.warn(`Postman GET ${path}: ${error.message}; retrying in ${Math.round(wait)} ms (attempt ${attempt + 1} of ${this.attempts}).`)
        await this.sleep(wait)
      }
    }
    const failure = lastFailure as TransientFailure
    const message = `Postman API GET ${path} failed after ${this.attempts} attempts: ${failure.message}.`
    if (failure.status === 429) {
      throw new PostmanRateLimitError(`${message} Postman's rate limit is 300 requests per minute; run again later or lower concurrency.`, 'rateLimited')
    }
    throw new PostmanApiError(`${message} Postman may be having an outage (https://status.postman.com); try again later.`, failure.status)
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
      this.logger.warn(`Postman API usage: only ${month} calls left this month. Incremental backups (the default) fetch only what changed.`)
    }
  }

  private async attempt(path: string, query: Record<string, string> | undefined, what: string): Promise<Json> {
    await this.paceForRateLimit()
    this.calls.push(`GET ${path}`)
    let response: AxiosResponse<string>
    try {
      response = await this.http.get<string>(path, { params: query })
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
      body = JSON.parse(text.startsWith(BOM) ? text.slice(1) : text)
    } catch {
      parsed = false
    }
    const status = response.status
    const { name, message } = describeError(body)
    const detail = message || name || (parsed ? '' : 'non-JSON body')

    if (status === 401) {
      throw new PostmanAuthError(
        `Postman rejected the API key (401${detail ? `: ${detail}` : ''}). Check that the postman-api-key secret holds a current key (Postman: Settings > API keys). Keys of EU-region teams work only with postman-api-url https://api.eu.postman.com.`
      )
    }
    if (status === 403) {
      throw new PostmanAuthError(`Postman refused access to ${what} (403${detail ? `: ${detail}` : ''}). The key's user needs at least viewer access to it.`)
    }
    if ((status === 404 || status === 400) && /instanceNotFound|notFound/i.test(name)) {
      throw new PostmanNotFoundError(`Postman has no ${what} visible to this API key (${status} ${name}).`)
    }
    if (status === 404) {
      throw new PostmanNotFoundError(`Postman answered 404 for ${what}. If the ID is right, check postman-api-url (EU teams: https://api.eu.postman.com).`)
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
      throw new TransientFailure(`HTTP ${status}${detail ? ` (${detail.slice(0, 120)})` : ''}`, status, retryAfterMs(response))
    }
    if (status < 200 || status >= 300) {
      throw new PostmanApiError(`Postman answered ${status} for ${what}${detail ? `: ${detail.slice(0, 200)}` : ''}.`, status)
    }
    if (!parsed || !body || typeof body !== 'object' || Array.isArray(body)) {
      // A proxy's HTML page or a cut-off body: never treat it as data.
      const kind = /^\s*</.test(text) ? 'an HTML page' : parsed ? 'JSON that is not an object' : 'a truncated or non-JSON body'
      throw new TransientFailure(`answered ${status} with ${kind}`, status, undefined)
    }
    return body as Json
  }
}
