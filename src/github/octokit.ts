import { Octokit } from '@octokit/core'
import type { OctokitOptions } from '@octokit/core/types'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'
import { RequestError } from '@octokit/request-error'
import { silentLogger, type Logger } from '../logger.js'
import { redactText } from '../secrets.js'

export type { Octokit }

/** How often a rate-limited request is tried again before we give up. */
const RATE_LIMIT_RETRIES = 2
/** Longest rate-limit wait we accept; a longer one fails the run with a clear message. */
const MAX_RATE_LIMIT_WAIT_SECONDS = 120

/**
 * Options for @octokit/plugin-retry and @octokit/plugin-throttling, shared by the action
 * (getOctokit) and the library (createOctokit). Pass the plugins as (throttling, retry) so
 * 429s reach throttling, which honours the reset time; 409 and 429 are never blindly retried.
 */
export function octokitPluginOptions(logger: Logger = silentLogger) {
  const onLimit =
    (kind: string) =>
    (
      retryAfter: number,
      options: { method?: string; url?: string },
      _octokit: unknown,
      retryCount: number
    ): boolean => {
      const what = `${options.method ?? ''} ${options.url ?? ''}`.trim()
      if (retryCount < RATE_LIMIT_RETRIES && retryAfter <= MAX_RATE_LIMIT_WAIT_SECONDS) {
        logger.warn(`GitHub ${kind} rate limit on ${what}; retrying in ${retryAfter} s.`)
        return true
      }
      logger.warn(`GitHub ${kind} rate limit on ${what}; giving up (retry after ${retryAfter} s).`)
      return false
    }
  return {
    retry: { doNotRetry: [400, 401, 403, 404, 409, 410, 422, 429, 451], retries: 3 },
    throttle: { onRateLimit: onLimit('primary'), onSecondaryRateLimit: onLimit('secondary') }
  }
}

/** Default time a GitHub request may take before it is aborted (and retried). */
export const GITHUB_REQUEST_TIMEOUT_MS = 30_000

/**
 * Aborts a GitHub request that takes longer than `requestTimeout` ms (Octokit has no timeout of
 * its own, so a stalled connection would hang the job). Register it before throttling and retry:
 * the hook registered first is innermost, so every retry gets a fresh timer.
 */
export function requestTimeout(octokit: Octokit, options: OctokitOptions & { requestTimeout?: number }): void {
  const ms = options.requestTimeout ?? GITHUB_REQUEST_TIMEOUT_MS
  octokit.hook.wrap('request', (request, requestOptions) => {
    // before-after-hook hands every layer the same options object, so set the signal in place.
    requestOptions.request = { ...requestOptions.request, signal: AbortSignal.timeout(ms) }
    return request(requestOptions)
  })
}

/**
 * Two guards around every request, inside retry and throttling:
 * - a 2xx answer that is not JSON (a proxy's HTML page) becomes a 502 RequestError, which
 *   plugin-retry retries, instead of data our code would misread;
 * - an error whose message echoes the token (some servers repeat the request) is redacted
 *   before anything can log or throw it.
 */
export function safeResponses(octokit: Octokit, options: OctokitOptions): void {
  const token = typeof options.auth === 'string' ? options.auth.replace(/^(token|bearer)\s+/i, '') : undefined
  const redact = (text: string) => (token ? redactText(text, [token, options.auth as string]) : text)
  octokit.hook.wrap('request', async (request, requestOptions) => {
    let response: Awaited<ReturnType<typeof request>>
    try {
      response = await request(requestOptions)
    } catch (error) {
      if (error instanceof Error) {
        error.message = redact(error.message)
        const data = (error as { response?: { data?: unknown } }).response?.data
        if (data && typeof data === 'object' && typeof (data as { message?: unknown }).message === 'string') {
          ;(data as { message: string }).message = redact((data as { message: string }).message)
        }
      }
      throw error
    }
    const raw = (requestOptions.mediaType as { format?: string } | undefined)?.format === 'raw'
    if (typeof response.data === 'string' && /json/i.test(String(response.headers['content-type']))) {
      // Octokit's bigint-aware parser gives up on very large answers (a blob over ~10 MB, a big
      // tree) and hands over the text; plain JSON.parse copes.
      try {
        response.data = JSON.parse(response.data)
      } catch {
        // Not JSON after all: judged below.
      }
    }
    if (
      response.status >= 200 &&
      response.status < 300 &&
      response.status !== 204 &&
      !raw &&
      (response.data === null || typeof response.data !== 'object')
    ) {
      throw new RequestError('GitHub answered with a body that is not JSON (an HTML page from a proxy?)', 502, {
        request: octokit.request.endpoint.parse(requestOptions),
        response: { ...response, data: undefined }
      })
    }
    return response
  })
}

export interface CreateOctokitOptions {
  token: string
  /** https://api.github.com (default) or https://HOST/api/v3 for GitHub Enterprise Server. */
  baseUrl?: string
  logger?: Logger
  /** Per-request timeout in ms (default 30 s). */
  requestTimeout?: number
}

/** The plugins, in the order they must be applied. */
export const OCTOKIT_PLUGINS = [requestTimeout, safeResponses, throttling, retry] as const

const OctokitWithPlugins = Octokit.plugin(...OCTOKIT_PLUGINS)

/** An Octokit with retry and throttling, for library and CLI use outside GitHub Actions. */
export function createOctokit(options: CreateOctokitOptions): Octokit {
  return new OctokitWithPlugins({
    auth: options.token,
    baseUrl: (options.baseUrl ?? 'https://api.github.com').replace(/\/+$/, ''),
    userAgent: 'postman-backup',
    requestTimeout: options.requestTimeout,
    ...octokitPluginOptions(options.logger)
  })
}
