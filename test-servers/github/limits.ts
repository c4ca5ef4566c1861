// GitHub's documented limits, enforced by the local server (on by default; tests scale them down):
// - POST git/trees: "7 MB and 100,000 entries" (docs.github.com/rest/git/trees#create-a-tree); over it GitHub
//   answers 422 "Sorry, your request timed out…" (real answers quoted in public issue threads).
// - GET git/trees: at most 100,000 entries, and 7 MB with ?recursive=1; beyond that `truncated: true`
//   with a partial list (docs.github.com/rest/git/trees#get-a-tree).
// - Secondary rate limits: no more than 80 content-creating requests (POST, PATCH, PUT, DELETE) a minute
//   and 500 an hour; 403 "You have exceeded a secondary rate limit" with retry-after
//   (docs.github.com/rest/using-the-rest-api/rate-limits-for-the-rest-api).
// - Files: 100 MB per file for blobs and contents (GitHub's file size limit).
// See /work/shared/notes/real-limits.md.

const MB = 1024 * 1024

export interface GitHubLimits {
  /** POST git/trees: request bodies over this many bytes answer 422 "Sorry, your request timed out…" (default 7 MB). */
  treeRequestBytes: number
  /** POST git/trees: more entries than this in one request answer the same 422 (default 100,000). */
  treeRequestEntries: number
  /** GET git/trees, recursive or not: at most this many entries, then `truncated: true` (default 100,000). */
  treeReadEntries: number
  /** GET git/trees?recursive=1: at most this many bytes of entries in the answer, then `truncated: true` (default 7 MB). */
  treeReadBytes: number
  /** Secondary rate limit: content-creating requests (POST/PUT/PATCH/DELETE) per token per window (default 80). */
  writesPerWindow: number
  /** Length of that window in seconds (default 60). */
  writeWindowSeconds: number
  /** Secondary rate limit: content-creating requests per token per hour (default 500). */
  writesPerHour: number
  /** POST git/blobs and PUT contents: largest file content in bytes, decoded (default 100 MB). */
  fileBytes: number
  /**
   * Largest request body read at all (default 160 MB: a 100 MB file is a ~134 MB base64 body, a little more
   * with line breaks). Larger bodies answer 413 without being read.
   */
  requestBytes: number
}

export const DEFAULT_LIMITS: GitHubLimits = {
  treeRequestBytes: 7 * MB,
  treeRequestEntries: 100_000,
  treeReadEntries: 100_000,
  treeReadBytes: 7 * MB,
  writesPerWindow: 80,
  writeWindowSeconds: 60,
  writesPerHour: 500,
  fileBytes: 100 * MB,
  requestBytes: 160 * MB
}

/** Everything off (Infinity), for a test that needs a server without GitHub's limits. */
export const NO_LIMITS: GitHubLimits = {
  treeRequestBytes: Infinity,
  treeRequestEntries: Infinity,
  treeReadEntries: Infinity,
  treeReadBytes: Infinity,
  writesPerWindow: Infinity,
  writeWindowSeconds: 60,
  writesPerHour: Infinity,
  fileBytes: Infinity,
  requestBytes: 1024 * MB
}

const RATE_DOCS = 'https://docs.github.com/rest/using-the-rest-api/rate-limits-for-the-rest-api'

/** GitHub's answer to a tree request it cannot process in time (its own double spaces included). */
export const TREE_TOO_LARGE_MESSAGE =
  "Sorry, your request timed out.  It's likely that your input was too large to process.  Consider building the tree incrementally, or building the commits you need in a local clone of the repository and then pushing them to GitHub."

/** The body of a secondary rate limit answer (403 or 429), as GitHub sends it. */
export function secondaryRateLimitBody(status: 403 | 429 = 403) {
  return {
    message:
      'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID 0000:0000:0000000:0000000:00000000.',
    documentation_url: `${RATE_DOCS}#about-secondary-rate-limits`,
    status: String(status)
  }
}

/** The message of a file over GitHub's 100 MB limit (modelled on the GH001 push rejection; the API's exact words are not documented). */
export function fileTooLargeMessage(path: string | undefined, bytes: number, limit: number): string {
  const size = (n: number) => `${(n / MB).toFixed(2)} MB`
  return `${path ? `File ${path}` : 'Blob'} is ${size(bytes)}; this exceeds GitHub's file size limit of ${size(limit)}`
}

/**
 * Sliding-window counters of content-creating requests per caller. `take` counts a request when both the
 * short window and the hour allow it; otherwise it says how many seconds until one does.
 */
export class SecondaryRateLimiter {
  private readonly log = new Map<string, number[]>()

  constructor(private readonly limits: GitHubLimits) {}

  /** Forgets every caller's recent writes (a shared test server between tests). */
  reset(): void {
    this.log.clear()
  }

  take(caller: string, now = Date.now()): { ok: true } | { ok: false; retryAfterSeconds: number } {
    const windowMs = this.limits.writeWindowSeconds * 1000
    const hourMs = 3600_000
    const times = (this.log.get(caller) ?? []).filter((t) => t > now - Math.max(windowMs, hourMs))
    this.log.set(caller, times)
    // Until the oldest of the last `limit` requests leaves the span.
    const wait = (spanMs: number, limit: number) => {
      const recent = times.filter((t) => t > now - spanMs)
      if (recent.length < limit) return 0
      return limit <= 0 ? spanMs : recent[recent.length - limit] + spanMs - now
    }
    const waitMs = Math.max(wait(windowMs, this.limits.writesPerWindow), wait(hourMs, this.limits.writesPerHour))
    if (waitMs > 0) return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)) }
    times.push(now)
    return { ok: true }
  }
}
