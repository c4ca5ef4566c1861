// Postman API rate and usage limits, as documented in "Track Postman API call limits"
// (learning.postman.com/docs/developer/postman-api/postman-api-rate-limits) and the OpenAPI description:
// 300 requests per minute per user; GET /collections, GET /workspaces and GET /workspaces/{id} have
// 10 calls in 10 seconds; a monthly usage limit per plan. Every answer carries the headers.
import type { LimitBodyShape } from './errors.js'

export interface RateLimitOptions {
  /** Requests per window (default 300, Postman's per-minute limit). */
  perWindow?: number
  /** Window length in seconds (default 60). */
  windowSeconds?: number
  /** Monthly API calls of the plan (default 10000). */
  monthly?: number
  /** Calls already made this month (default 0). */
  monthlyUsed?: number
  /**
   * Also enforce the endpoint limits Postman documents: 10 calls in 10 seconds for GET /collections,
   * GET /workspaces and GET /workspaces/{id} (default true, as the real API does).
   */
  endpointLimits?: boolean
  /** Shape of the 429 bodies this server sends (default 'nested'); see LimitBodyShape. */
  bodyShape?: LimitBodyShape
}

interface Window {
  used: number
  startedAt: number
}

export type RateDecision =
  { kind: 'ok' } | { kind: 'rateLimited'; retryAfterSeconds: number } | { kind: 'serviceLimitExhausted' }

const ENDPOINT_LIMIT = { limit: 10, windowSeconds: 10 }

function endpointKey(method: string, path: string): string | undefined {
  if (method !== 'GET') return undefined
  if (path === '/collections' || path === '/workspaces') return `GET ${path}`
  if (/^\/workspaces\/[^/]+$/.test(path)) return 'GET /workspaces/{id}'
  return undefined
}

export class RateLimiter {
  perWindow: number
  windowSeconds: number
  monthly: number
  monthlyUsed: number
  endpointLimits: boolean
  bodyShape: LimitBodyShape
  private windows = new Map<string, Window>()

  constructor(options: RateLimitOptions = {}) {
    this.perWindow = options.perWindow ?? 300
    this.windowSeconds = options.windowSeconds ?? 60
    this.monthly = options.monthly ?? 10000
    this.monthlyUsed = options.monthlyUsed ?? 0
    this.endpointLimits = options.endpointLimits ?? true
    this.bodyShape = options.bodyShape ?? 'nested'
  }

  /** Forgets the calls of the current windows (the monthly count stays). */
  resetWindows(): void {
    this.windows.clear()
  }

  private limitsFor(method: string, path: string): Array<{ key: string; limit: number; windowSeconds: number }> {
    const limits = [{ key: 'default', limit: this.perWindow, windowSeconds: this.windowSeconds }]
    const key = this.endpointLimits ? endpointKey(method, path) : undefined
    if (key) limits.push({ key, ...ENDPOINT_LIMIT })
    return limits
  }

  private window(key: string, windowSeconds: number, now: number): Window {
    let w = this.windows.get(key)
    if (!w || now >= w.startedAt + windowSeconds * 1000) {
      w = { used: 0, startedAt: now }
      this.windows.set(key, w)
    }
    return w
  }

  /** Counts the call if it is allowed; says which 429 to answer otherwise. */
  take(method: string, path: string): RateDecision {
    const now = Date.now()
    if (this.monthlyUsed >= this.monthly) return { kind: 'serviceLimitExhausted' }
    const limits = this.limitsFor(method, path)
    const windows = limits.map((l) => this.window(l.key, l.windowSeconds, now))
    let retryAfterSeconds = 0
    limits.forEach((l, i) => {
      if (windows[i].used >= l.limit) {
        retryAfterSeconds = Math.max(
          retryAfterSeconds,
          Math.ceil((windows[i].startedAt + l.windowSeconds * 1000 - now) / 1000)
        )
      }
    })
    if (retryAfterSeconds > 0) return { kind: 'rateLimited', retryAfterSeconds }
    for (const w of windows) w.used += 1
    this.monthlyUsed += 1
    return { kind: 'ok' }
  }

  /**
   * The headers Postman documents: RateLimit-Policy, RateLimit-Limit/-Remaining/-Reset and their X-RateLimit-*
   * twins (per window; the endpoint's window when it has its own), and the monthly usage twins.
   * RateLimit-Reset is seconds until the window resets; X-RateLimit-Reset is that moment in UTC epoch seconds.
   */
  headers(method: string, path: string): Record<string, string> {
    const now = Date.now()
    const limits = this.limitsFor(method, path)
    const l = limits[limits.length - 1]
    const w = this.window(l.key, l.windowSeconds, now)
    const remaining = String(Math.max(0, l.limit - w.used))
    const resetAt = w.startedAt + l.windowSeconds * 1000
    const resetIn = String(Math.max(0, Math.ceil((resetAt - now) / 1000)))
    const monthlyRemaining = String(Math.max(0, this.monthly - this.monthlyUsed))
    return {
      'ratelimit-policy': `${l.limit};w=${l.windowSeconds}`,
      'ratelimit-limit': String(l.limit),
      'ratelimit-remaining': remaining,
      'ratelimit-reset': resetIn,
      'x-ratelimit-limit': String(l.limit),
      'x-ratelimit-remaining': remaining,
      'x-ratelimit-reset': String(Math.ceil(resetAt / 1000)),
      'ratelimit-limit-month': String(this.monthly),
      'ratelimit-remaining-month': monthlyRemaining,
      'x-ratelimit-limit-month': String(this.monthly),
      'x-ratelimit-remaining-month': monthlyRemaining
    }
  }
}
