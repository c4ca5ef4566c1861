import { Octokit } from '@octokit/core'
import type { OctokitOptions } from '@octokit/core/types'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'
import { silentLogger, type Logger } from '../logger.js'

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
    (retryAfter: number, options: { method?: string; url?: string }, _octokit: unknown, retryCount: number): boolean => {
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

export interface CreateOctokitOptions {
  token: string
  /** https://api.github.com (default) or https://HOST/api/v3 for GitHub Enterprise Server. */
  baseUrl?: string
  logger?: Logger
  /** Per-request timeout in ms (default 30 s). */
  requestTimeout?: number
}

/** The plugins, in the order they must be applied. */
export const OCTOKIT_PLUGINS = [requestTimeout, throttling, retry] as const

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
