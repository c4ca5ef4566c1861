// A local stand-in for the GitHub REST API (api.github.com, or GitHub Enterprise Server under
// /api/v3) backed by real bare git repositories, for end-to-end tests. It implements the
// repository, branch, contents and Git Data routes the backup uses, with GitHub's status codes,
// messages and body shapes (checked against GitHub's OpenAPI description), token permissions and
// rate-limit headers. Faults (secondary rate limits, 5xx, dropped connections) are injected
// through `server.faults`. Pull requests (GET/POST/PATCH pulls), protected branches and rulesets
// (`protectBranch`), the Actions pull-request setting (`repoSettings`) and secret scanning push
// protection (`pushProtection`) model what GitHub refuses and how; see protection.ts and pulls.ts.
import { randomBytes } from 'node:crypto'
import { promises as fs } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {
  HttpError,
  Router,
  startHttpServer,
  type Fault,
  type Reply,
  type Request,
  type RunningServer
} from '../http-kit.js'
import {
  branchJson,
  contentEntryJson,
  contentType,
  encodePath,
  gitCommitJson,
  nodeId,
  refJson,
  repoApi,
  repositoryJson,
  treeJson,
  wrappedBase64,
  type Permissions,
  type RepoInfo,
  type RepoUrls
} from './bodies.js'
import {
  GitRepo,
  hasBranches,
  isolatedGitEnv,
  SHA_RE,
  ZERO_SHA,
  type Identity,
  type RefMap,
  type TreeChange,
  type TreeEntry
} from './git.js'
import {
  DEFAULT_LIMITS,
  fileTooLargeMessage,
  SecondaryRateLimiter,
  secondaryRateLimitBody,
  TREE_TOO_LARGE_MESSAGE,
  type GitHubLimits
} from './limits.js'
import {
  blobSha,
  findSecrets,
  protectedBranchRefusal,
  pushProtectionBody,
  type BranchProtection,
  type ProtectionKind,
  type ScannedContent
} from './protection.js'
import {
  APP_USER,
  PAT_USER,
  pullRequestJson,
  pullRequestSimpleJson,
  WORKFLOW_USER,
  type PullRecord,
  type PullUser
} from './pulls.js'

export { DEFAULT_LIMITS, NO_LIMITS, TREE_TOO_LARGE_MESSAGE, type GitHubLimits } from './limits.js'
export {
  BRANCH_PROTECTION_CONTENTS_MESSAGE,
  BRANCH_PROTECTION_REF_MESSAGE,
  PULL_REQUEST_REQUIRED,
  RULESET_VIOLATION_MESSAGE,
  type ProtectionKind
} from './protection.js'
export type { PullRecord } from './pulls.js'

export interface GitHubServerOptions {
  /** Path prefix of every route, e.g. '/api/v3' as on GitHub Enterprise Server. */
  prefix?: string
  /**
   * What GET contents answers for a file between 1 MB and 100 MB with the default media type:
   * 'forbidden' (default): 403 too_large, as GitHub documents and long answered;
   * 'empty': 200 with `content: ""` and `encoding: "none"`, as the `object` media type always does.
   */
  largeFileContents?: 'forbidden' | 'empty'
  /**
   * GitHub's limits (tree request size, tree read truncation, secondary rate limit, file size), each on by
   * default at GitHub's figure (DEFAULT_LIMITS); give smaller figures to reach them in a test, or
   * `Infinity` (NO_LIMITS) to lift one. Also changeable later through `server.limits`.
   */
  limits?: Partial<GitHubLimits>
  /**
   * Secret scanning push protection for every repository whose own setting (RepoSettings.pushProtection) is not
   * given: POST git/blobs, POST git/trees (inline content) and PUT contents refuse content holding a
   * GitHub-token-shaped string with 409 GH013. Default false (GitHub turns it on for public repositories; tests
   * switch it on where they need it).
   */
  pushProtection?: boolean
}

/**
 * Who a token stands for, which decides what GitHub lets it do:
 * 'workflow' (default): a workflow's GITHUB_TOKEN (ghs_…, github-actions[bot]); opens pull requests only where
 *   RepoSettings.actionsCanCreatePullRequests is on;
 * 'app': a GitHub App installation token (ghs_…);
 * 'classic' / 'fine-grained': personal access tokens (ghp_… / github_pat_…).
 */
export type TokenKind = 'workflow' | 'app' | 'classic' | 'fine-grained'

/** Per-repository settings; change them through `server.repoSettings(fullName)` or CreateRepoOptions.settings. */
export interface RepoSettings {
  /**
   * "Allow GitHub Actions to create and approve pull requests" (Settings → Actions → General). Off by default,
   * as for new repositories and organisations on GitHub: a workflow token's POST pulls then answers 403
   * "GitHub Actions is not permitted to create or approve pull requests."
   */
  actionsCanCreatePullRequests: boolean
  /** Push protection for this repository; undefined follows GitHubServerOptions.pushProtection. */
  pushProtection?: boolean
}

export interface TokenGrant {
  /** Full names ('owner/repo', case-insensitive) this token may use, or '*' for every repository. */
  repos: string[] | '*'
  permission: 'read' | 'write'
  /** Requests per hour before the primary rate limit answers 403 (default 5000). */
  rateLimit?: number
  /** Default author/committer of commits made with this token (default github-actions[bot]). */
  identity?: { name: string; email: string }
  /** What kind of token this is (default 'workflow'). */
  kind?: TokenKind
  /** The `pull-requests` permission (default: the same as `permission`). */
  pullRequests?: 'read' | 'write'
}

export interface CreateRepoOptions {
  defaultBranch?: string
  /** One initial commit holding these files; without it the repository is empty (no commits). */
  files?: Record<string, string | Buffer>
  private?: boolean
  /** Settings other than GitHub's defaults (see RepoSettings). */
  settings?: Partial<RepoSettings>
}

export interface RefUpdate {
  /** 'owner/repo' */
  repository: string
  /** Full ref name, e.g. refs/heads/main. */
  ref: string
  /** The commit the ref is about to point to. */
  sha: string
  /** Where the ref was when the request read it (null: it did not exist); the update is a compare-and-swap against it. */
  expected: string | null
}

export interface GitHubServerHooks {
  /**
   * Called by PUT contents and PATCH git/refs after the new commit is decided and before the ref
   * moves, outside any lock: `await server.pushCommit(...)` here simulates someone pushing in
   * between, and the request then fails as on GitHub (409 "is at X but expected Y" / 422 "Reference cannot be updated").
   */
  beforeRefUpdate?: (update: RefUpdate) => Promise<void> | void
}

export interface GitHubServer extends RunningServer {
  /** Test hooks; assign and clear them at will. */
  hooks: GitHubServerHooks
  /** The limits in force (options.limits over DEFAULT_LIMITS); assign fields to change them mid-test. */
  limits: GitHubLimits
  /** Forgets the secondary rate limit's recent writes (a server shared by many tests, between tests). */
  resetLimits(): void
  createRepo(fullName: string, options?: CreateRepoOptions): Promise<void>
  addToken(token: string, grant: TokenGrant): void
  /** Path of the bare repository, for `git -C dir ...`. */
  gitDir(fullName: string): string
  /** Runs git in the bare repository (after any write in progress) and returns stdout. */
  git(fullName: string, ...args: string[]): Promise<string>
  /** Simulates someone else pushing: commits `files` (null deletes) on top of `branch`; returns the commit SHA. */
  pushCommit(
    fullName: string,
    branch: string,
    files: Record<string, string | Buffer | null>,
    message?: string
  ): Promise<string>
  /**
   * Protects `branch` (existing or not yet): direct writes to it (PATCH git/refs, PUT contents) are refused with
   * GitHub's answer for classic branch protection (default) or a ruleset requiring pull requests; GET branches
   * says `protected: true`. Other branches stay writable.
   */
  protectBranch(fullName: string, branch: string, options?: { kind?: ProtectionKind }): void
  unprotectBranch(fullName: string, branch: string): void
  /** The repository's live settings object; assign fields to change them. */
  repoSettings(fullName: string): RepoSettings
  /** The repository's pull requests, oldest first (live records, for assertions). */
  pullRequests(fullName: string): PullRecord[]
  /**
   * Merges an open pull request as the merge button does (a merge commit on the base branch, bypassing
   * protection); throws on conflicts. Returns the merge commit SHA.
   */
  mergePullRequest(fullName: string, pullNumber: number): Promise<string>
}

export const DEFAULT_IDENTITY = {
  name: 'github-actions[bot]',
  email: '41898282+github-actions[bot]@users.noreply.github.com'
}

const PUSHER_IDENTITY = { name: 'Other Contributor', email: 'other-contributor@users.noreply.github.com' }
const FIXTURE_IDENTITY = { name: 'Test Fixture', email: 'test-fixture@users.noreply.github.com' }

const DOCS = 'https://docs.github.com/rest'
const ONE_MB = 1024 * 1024
const HUNDRED_MB = 100 * ONE_MB
const VALID_TREE_MODES = ['100644', '100755', '040000', '160000', '120000']
/** The requests GitHub's secondary rate limit counts as content-creating. */
const CONTENT_CREATING = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])

/** A 403 secondary rate limit as GitHub sends it (plugin-throttling retries after `retry-after`). Use with `server.faults.add`. */
export function secondaryRateLimit(retryAfterSeconds = 60, status: 403 | 429 = 403): Fault {
  return {
    kind: 'status',
    status,
    body: secondaryRateLimitBody(status),
    headers: { 'retry-after': String(retryAfterSeconds) }
  }
}

/** A primary (hourly) rate limit answer: 403, x-ratelimit-remaining 0, reset `resetInSeconds` from now. */
export function primaryRateLimit(resetInSeconds = 60): Fault {
  const reset = Math.floor(Date.now() / 1000) + resetInSeconds
  return {
    kind: 'status',
    status: 403,
    body: {
      message:
        'API rate limit exceeded for user ID 1. If you reach out to GitHub Support for help, please include the request ID 0000:0000:0000000:0000000:00000000.',
      documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api',
      status: '403'
    },
    headers: {
      'x-ratelimit-remaining': '0',
      'x-ratelimit-reset': String(reset),
      'x-ratelimit-used': '5000',
      'x-ratelimit-limit': '5000'
    }
  }
}

interface RepoState {
  info: RepoInfo
  git: GitRepo
  settings: RepoSettings
  /** Protected branch names (exact names; patterns are not modelled). */
  protections: Map<string, BranchProtection>
  pulls: PullRecord[]
}

interface Bucket {
  limit: number
  used: number
  reset: number
}

interface Snapshot {
  limit: number
  remaining: number
  reset: number
  used: number
}

/** 'pulls-write': the pull-requests permission, not contents. */
type Access = 'read' | 'write' | 'pulls-write'

interface Caller {
  token?: string
  grant?: TokenGrant
}

interface Ctx {
  req: Request
  repo: RepoState
  git: GitRepo
  u: RepoUrls
  caller: Caller
  /** Documentation URL of the route, as GitHub puts it in error bodies. */
  docs: string
  fail(status: number, message: string, extra?: Record<string, unknown>): never
}

type Media = 'json' | 'raw' | 'object' | 'html'

function mediaOf(req: Request): { kind: Media; v3: boolean } {
  const accept = String(req.headers.accept ?? '')
  const m = /application\/vnd\.github(\.v3)?\.(raw|object|html)/.exec(accept)
  return m ? { kind: m[2] as Media, v3: Boolean(m[1]) } : { kind: 'json', v3: false }
}

function errorBody(status: number, message: string, docs: string, extra: Record<string, unknown> = {}) {
  return { message, ...extra, documentation_url: docs, status: String(status) }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** A repository path from the URL: segments joined by '/', no empty/'.'/'..' segments. Null when malformed. */
function normalizePath(raw: string): string | null {
  const trimmed = raw.replace(/^\/+|\/+$/g, '')
  if (trimmed === '') return ''
  const segments = trimmed.split('/')
  if (segments.some((s) => s === '' || s === '.' || s === '..' || s.includes('\0'))) return null
  return segments.join('/')
}

/** Why a path in a write request is not acceptable, or null. */
function pathProblem(p: string): string | null {
  if (p === '' || p.startsWith('/') || p.endsWith('/')) return 'contains a malformed path component'
  const segments = p.split('/')
  if (segments.some((s) => s === '' || s === '.' || s === '..')) return 'contains a malformed path component'
  if (segments.some((s) => s.toLowerCase() === '.git')) return 'contains a malformed path component'
  return null
}

/** A branch/tag/ref name or SHA we are willing to hand to git. */
function isSafeRefName(ref: string): boolean {
  return (
    ref.length > 0 &&
    ref.length < 256 &&
    !ref.startsWith('-') &&
    !/[\s~^:?*[\\\0]|\.\.|@\{|\/\/|\.lock(\/|$)/.test(ref) &&
    !ref.endsWith('/') &&
    !ref.endsWith('.')
  )
}

function base64Valid(s: string): boolean {
  const compact = s.replace(/[\r\n\s]/g, '')
  return /^[A-Za-z0-9+/]*={0,2}$/.test(compact) && compact.length % 4 !== 1
}

const ISO_8601 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/

export async function startGitHubServer(options: GitHubServerOptions = {}): Promise<GitHubServer> {
  const root = await fs.mkdtemp(path.join(os.tmpdir(), 'github-server-'))
  const home = path.join(root, 'home')
  const template = path.join(root, 'template')
  await fs.mkdir(template, { recursive: true })
  await fs.mkdir(home, { recursive: true })
  await fs.writeFile(path.join(home, '.gitconfig'), '')
  const env = isolatedGitEnv(home)

  const repos = new Map<string, RepoState>()
  const owners = new Map<string, number>()
  const tokens = new Map<string, TokenGrant>()
  const buckets = new Map<string, Bucket>()
  const snapshots = new WeakMap<Request, Snapshot>()
  const downloadTokens = new Map<string, string>()
  const inflight = new Set<Promise<unknown>>()
  const largeFiles = options.largeFileContents ?? 'forbidden'
  const limits: GitHubLimits = { ...DEFAULT_LIMITS, ...options.limits }
  const secondary = new SecondaryRateLimiter(limits)
  let nextRepoId = 700000001
  let nextOwnerId = 9000001
  const urls = { api: '', web: '' }
  const hooks: GitHubServerHooks = {}
  const fullNameOf = (repo: RepoState) => `${repo.info.owner}/${repo.info.name}`

  // ---- rate limits -------------------------------------------------------------------------

  function bucketKey(req: Request): { key: string; limit: number } {
    const token = tokenOf(req)
    const grant = token === undefined ? undefined : tokens.get(token)
    if (token !== undefined && grant) return { key: `token:${token}`, limit: grant.rateLimit ?? 5000 }
    return { key: 'anonymous', limit: 60 }
  }

  function consume(req: Request): Snapshot & { exceeded: boolean } {
    const existing = snapshots.get(req)
    if (existing) return { ...existing, exceeded: false }
    const { key, limit } = bucketKey(req)
    const now = Math.floor(Date.now() / 1000)
    let bucket = buckets.get(key)
    if (!bucket || bucket.reset <= now) {
      bucket = { limit, used: 0, reset: now + 3600 }
      buckets.set(key, bucket)
    }
    const exceeded = bucket.used >= bucket.limit
    if (!exceeded) bucket.used += 1
    const snapshot = {
      limit: bucket.limit,
      used: bucket.used,
      remaining: bucket.limit - bucket.used,
      reset: bucket.reset
    }
    snapshots.set(req, snapshot)
    return { ...snapshot, exceeded }
  }

  function commonHeaders(req: Request): Record<string, string> {
    const s = consume(req)
    return {
      'x-ratelimit-limit': String(s.limit),
      'x-ratelimit-remaining': String(s.remaining),
      'x-ratelimit-reset': String(s.reset),
      'x-ratelimit-used': String(s.used),
      'x-ratelimit-resource': 'core',
      'x-github-api-version-selected': '2022-11-28',
      'x-github-media-type': 'github.v3; format=json',
      'x-github-request-id': randomBytes(8).toString('hex').toUpperCase()
    }
  }

  // ---- authentication and access ------------------------------------------------------------

  function tokenOf(req: Request): string | undefined {
    const header = req.headers.authorization
    if (!header) return undefined
    const m = /^(?:token|bearer)\s+(\S+)\s*$/i.exec(String(header))
    return m ? m[1] : `\0invalid:${header}`
  }

  function authenticate(req: Request): Caller {
    const token = tokenOf(req)
    const snapshot = consume(req)
    if (token !== undefined && !tokens.has(token)) {
      throw new HttpError(401, { message: 'Bad credentials', documentation_url: DOCS, status: '401' })
    }
    if (snapshot.exceeded) {
      const who =
        token === undefined
          ? "127.0.0.1. (But here's the good news: Authenticated requests get a higher rate limit. Check out the documentation for more details.)"
          : 'user ID 1.'
      throw new HttpError(
        403,
        errorBody(
          403,
          `API rate limit exceeded for ${who}`,
          'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api'
        ),
        {
          'x-ratelimit-remaining': '0'
        }
      )
    }
    return token === undefined ? {} : { token, grant: tokens.get(token) }
  }

  function grantCovers(grant: TokenGrant | undefined, repo: RepoState): boolean {
    if (!grant) return false
    if (grant.repos === '*') return true
    const full = `${repo.info.owner}/${repo.info.name}`.toLowerCase()
    return grant.repos.some((r) => r.toLowerCase() === full)
  }

  function authorize(caller: Caller, repo: RepoState, access: Access, docs: string): void {
    const covered = grantCovers(caller.grant, repo)
    if (!covered && repo.info.private) throw new HttpError(404, errorBody(404, 'Not Found', docs))
    if (access === 'read') return
    if (!caller.token) throw new HttpError(401, errorBody(401, 'Requires authentication', docs))
    const granted =
      access === 'pulls-write' ? (caller.grant?.pullRequests ?? caller.grant?.permission) : caller.grant?.permission
    if (!covered || granted !== 'write') {
      const kind = caller.grant?.kind ?? 'workflow'
      const who = kind === 'classic' || kind === 'fine-grained' ? 'personal access token' : 'integration'
      throw new HttpError(403, errorBody(403, `Resource not accessible by ${who}`, docs), {
        'x-accepted-github-permissions': access === 'pulls-write' ? 'pull_requests=write' : 'contents=write'
      })
    }
  }

  function permissionsOf(caller: Caller, repo: RepoState): Permissions | undefined {
    if (!caller.token) return undefined
    const covered = grantCovers(caller.grant, repo)
    const push = covered && caller.grant?.permission === 'write'
    return { admin: false, maintain: false, push, triage: push, pull: true }
  }

  function findRepo(owner: string, name: string): RepoState | undefined {
    return repos.get(`${owner}/${name}`.toLowerCase())
  }

  function requireRepo(fullName: string): RepoState {
    const repo = repos.get(fullName.toLowerCase())
    if (!repo) throw new Error(`No repository ${fullName} on this server (createRepo it first)`)
    return repo
  }

  function repoUrls(repo: RepoState): RepoUrls {
    return { api: urls.api, web: urls.web, repo: repo.info }
  }

  function downloadUrl(repo: RepoState, ref: string, filePath: string): string {
    let url = `${urls.api}/_raw/${repo.info.owner}/${repo.info.name}/${encodeURIComponent(ref)}/${encodePath(filePath)}`
    if (repo.info.private) {
      const token = `DL${randomBytes(12).toString('hex').toUpperCase()}`
      downloadTokens.set(token, `${repo.info.owner}/${repo.info.name}`.toLowerCase())
      url += `?token=${token}`
    }
    return url
  }

  // ---- routing ------------------------------------------------------------------------------

  const router = new Router()

  function track<T>(promise: Promise<T>): Promise<T> {
    inflight.add(promise)
    void promise.finally(() => inflight.delete(promise)).catch(() => undefined)
    return promise
  }

  function repoRoute(
    method: string,
    pattern: string,
    access: Access,
    docs: string,
    handler: (ctx: Ctx) => Promise<Reply>
  ): void {
    router.on(method, `/repos/:owner/:repo${pattern}`, (req) =>
      track(
        (async () => {
          const caller = authenticate(req)
          const repo = findRepo(req.params.owner, req.params.repo)
          if (!repo) throw new HttpError(404, errorBody(404, 'Not Found', docs))
          authorize(caller, repo, access, docs)
          if (CONTENT_CREATING.has(method)) {
            const decision = secondary.take(caller.token ?? 'anonymous')
            if (!decision.ok) {
              throw new HttpError(403, secondaryRateLimitBody(403), {
                'retry-after': String(decision.retryAfterSeconds)
              })
            }
          }
          const ctx: Ctx = {
            req,
            repo,
            git: repo.git,
            u: repoUrls(repo),
            caller,
            docs,
            fail(status, message, extra) {
              throw new HttpError(status, errorBody(status, message, docs, extra))
            }
          }
          return handler(ctx)
        })()
      )
    )
  }

  /** The JSON body as an object; GitHub's schema errors otherwise. */
  function bodyOf(ctx: Ctx): Record<string, unknown> {
    let value: unknown
    try {
      value = ctx.req.json()
    } catch {
      return ctx.fail(400, 'Problems parsing JSON')
    }
    if (value === undefined || value === null)
      return ctx.fail(422, "Invalid request.\n\nFor 'links/0/schema', nil is not an object.")
    if (!isObject(value))
      return ctx.fail(422, `Invalid request.\n\nFor 'links/0/schema', ${JSON.stringify(value)} is not an object.`)
    return value
  }

  /** GitHub's JSON-schema messages for missing and mistyped fields. */
  function checkFields(
    ctx: Ctx,
    body: Record<string, unknown>,
    required: string[],
    types: Record<string, 'string' | 'boolean' | 'array' | 'object'>
  ): void {
    const missing = required.filter((f) => body[f] === undefined || body[f] === null)
    if (missing.length === 1) ctx.fail(422, `Invalid request.\n\n"${missing[0]}" wasn't supplied.`)
    if (missing.length > 1)
      ctx.fail(422, `Invalid request.\n\n${missing.map((m) => `"${m}"`).join(', ')} weren't supplied.`)
    for (const [field, type] of Object.entries(types)) {
      const value = body[field]
      if (value === undefined || (value === null && !required.includes(field))) continue
      const ok = type === 'array' ? Array.isArray(value) : type === 'object' ? isObject(value) : typeof value === type
      if (!ok)
        ctx.fail(
          422,
          `Invalid request.\n\nFor 'properties/${field}', ${JSON.stringify(value)} is not ${type === 'array' || type === 'object' ? 'an' : 'a'} ${type}.`
        )
    }
  }

  function identityOf(ctx: Ctx, body: Record<string, unknown>, key: 'author' | 'committer'): Identity | undefined {
    const value = body[key]
    if (value === undefined || value === null) return undefined
    if (!isObject(value))
      return ctx.fail(422, `Invalid request.\n\nFor 'properties/${key}', ${JSON.stringify(value)} is not an object.`)
    checkFields(ctx, value, ['name', 'email'], { name: 'string', email: 'string', date: 'string' })
    let date: Date | undefined
    if (typeof value.date === 'string') {
      date = new Date(value.date)
      if (!ISO_8601.test(value.date) || Number.isNaN(date.getTime())) {
        ctx.fail(422, 'Invalid request.\n\nTime values must be in ISO 8601 format: YYYY-MM-DDTHH:MM:SSZ')
      }
    }
    return { name: String(value.name), email: String(value.email), date }
  }

  function defaultIdentity(ctx: Ctx): Identity {
    return { ...(ctx.caller.grant?.identity ?? DEFAULT_IDENTITY) }
  }

  /** 409 on an empty repository (as every Git Data route answers); otherwise the repository's refs. */
  async function requireContent(ctx: Ctx): Promise<RefMap> {
    const refs = await ctx.git.refs()
    if (!hasBranches(refs)) ctx.fail(409, 'Git Repository is empty.')
    return refs
  }

  function touchPushed(repo: RepoState): void {
    repo.info.pushedAt = new Date()
    repo.info.updatedAt = repo.info.pushedAt
  }

  /** GitHub's refusal when `branch` is protected (branch protection or a ruleset requiring pull requests). */
  function refuseIfProtected(ctx: Ctx, branch: string, route: 'ref' | 'contents'): void {
    const protection = ctx.repo.protections.get(branch)
    if (!protection) return
    const refusal = protectedBranchRefusal(protection, route, ctx.docs)
    throw new HttpError(refusal.status, errorBody(refusal.status, refusal.message, refusal.docs))
  }

  function pushProtectionOn(repo: RepoState): boolean {
    return repo.settings.pushProtection ?? options.pushProtection ?? false
  }

  /**
   * Push protection: 409 GH013 when it is on and some content (decoded file bytes, never headers) holds a
   * GitHub-token-shaped string. `ref` is the branch written to, when the route knows it.
   */
  function refuseSecrets(ctx: Ctx, ref: string | undefined, items: Array<{ data: Buffer; path?: string }>): void {
    if (!pushProtectionOn(ctx.repo)) return
    const scanned: ScannedContent[] = []
    for (const item of items) {
      const findings = findSecrets(item.data)
      if (findings.length > 0) scanned.push({ blob: blobSha(item.data), path: item.path, findings })
    }
    if (scanned.length > 0) throw new HttpError(409, pushProtectionBody(ref, scanned, ctx.docs))
  }

  // GET /repos/{owner}/{repo}
  repoRoute('GET', '', 'read', `${DOCS}/repos/repos#get-a-repository`, async (ctx: Ctx) => {
    const empty = await ctx.git.isEmpty()
    let sizeKb = 0
    if (!empty) {
      const out = (await ctx.git.run(['count-objects', '-v'])).toString('utf8')
      sizeKb = [...out.matchAll(/^size(?:-pack)?: (\d+)$/gm)].reduce((sum, m) => sum + Number(m[1]), 0)
    }
    return { status: 200, body: repositoryJson(ctx.u, permissionsOf(ctx.caller, ctx.repo), sizeKb) }
  })

  // GET /repos/{owner}/{repo}/branches/{branch}
  repoRoute('GET', '/branches/*branch', 'read', `${DOCS}/branches/branches#get-a-branch`, async (ctx: Ctx) => {
    const branch = ctx.req.params.branch
    const head = isSafeRefName(branch) ? await ctx.git.branchHead(branch) : null
    const commit = head ? await ctx.git.readCommit(head) : null
    if (!commit) ctx.fail(404, 'Branch not found')
    return { status: 200, body: branchJson(ctx.u, branch, commit, ctx.repo.protections.has(branch)) }
  })

  // GET /repos/{owner}/{repo}/contents/{path}
  const getContentDocs = `${DOCS}/repos/contents#get-repository-content`
  const getContent = async (ctx: Ctx): Promise<Reply> => {
    const filePath = normalizePath(ctx.req.params.path ?? '')
    const ref = ctx.req.query.get('ref') || ctx.repo.info.defaultBranch
    const refs = await ctx.git.refs()
    if (!hasBranches(refs)) ctx.fail(404, 'This repository is empty.')
    const commit = isSafeRefName(ref) ? await ctx.git.resolveCommit(ref, refs) : null
    if (!commit) ctx.fail(404, `No commit found for the ref ${ref}`)
    const entry = filePath === null ? null : await ctx.git.entryAt(commit, filePath)
    if (!entry) ctx.fail(404, 'Not Found')
    const media = mediaOf(ctx.req)
    const download = (p: string) => downloadUrl(ctx.repo, ref, p)

    if (entry.type === 'tree') {
      const children = await ctx.git.lsTree(entry.sha)
      const items = children.map((c) =>
        contentEntryJson(ctx.u, { ...c, path: entry.path ? `${entry.path}/${c.path}` : c.path }, ref, download, true)
      )
      if (media.kind === 'object') {
        return { status: 200, body: { ...contentEntryJson(ctx.u, entry, ref, download), entries: items } }
      }
      return { status: 200, body: items }
    }

    const meta = contentEntryJson(ctx.u, entry, ref, download)
    if (entry.type === 'commit') {
      return { status: 200, body: { ...meta, submodule_git_url: `${urls.web}/unknown/submodule.git` } }
    }
    const size = entry.size ?? 0
    if (size > HUNDRED_MB) {
      ctx.fail(
        403,
        'This endpoint can only return blobs smaller than 100 MB in size. The requested blob is too large to fetch via the API, but you can always clone the repository via Git to obtain it.',
        {
          errors: [{ resource: 'Blob', field: 'data', code: 'too_large' }]
        }
      )
    }
    if (media.kind === 'raw') {
      const type = media.v3 ? 'application/vnd.github.v3.raw' : 'application/vnd.github.raw'
      return {
        status: 200,
        body: await ctx.git.readBlob(entry.sha),
        headers: { 'content-type': `${type}; charset=utf-8` }
      }
    }
    if (contentType(entry) === 'symlink') {
      return { status: 200, body: { ...meta, target: (await ctx.git.readBlob(entry.sha)).toString('utf8') } }
    }
    if (size > ONE_MB) {
      if (media.kind !== 'object' && largeFiles === 'forbidden') {
        ctx.fail(
          403,
          'This API returns blobs up to 1 MB in size. The requested blob is too large to fetch via the API, but you can use the Git Data API to request blobs up to 100 MB in size.',
          {
            errors: [{ resource: 'Blob', field: 'data', code: 'too_large' }]
          }
        )
      }
      return { status: 200, body: { ...meta, encoding: 'none', content: '' } }
    }
    const data = await ctx.git.readBlob(entry.sha)
    return { status: 200, body: { ...meta, encoding: 'base64', content: wrappedBase64(data) } }
  }
  repoRoute('GET', '/contents', 'read', getContentDocs, getContent)
  repoRoute('GET', '/contents/', 'read', getContentDocs, getContent)
  repoRoute('GET', '/contents/*path', 'read', getContentDocs, getContent)

  // PUT /repos/{owner}/{repo}/contents/{path}
  repoRoute(
    'PUT',
    '/contents/*path',
    'write',
    `${DOCS}/repos/contents#create-or-update-file-contents`,
    async (ctx: Ctx) => {
      const filePath = ctx.req.params.path
      const problem = pathProblem(filePath)
      if (problem)
        ctx.fail(422, `path ${problem}`, { errors: [{ resource: 'Commit', field: 'path', code: 'invalid' }] })
      const body = bodyOf(ctx)
      checkFields(ctx, body, [], {
        message: 'string',
        content: 'string',
        sha: 'string',
        branch: 'string',
        committer: 'object',
        author: 'object'
      })
      const prepared = await ctx.git.exclusive(async () => {
        const git = ctx.git
        const branch = typeof body.branch === 'string' && body.branch !== '' ? body.branch : ctx.repo.info.defaultBranch
        const refs = await git.refs()
        const empty = !hasBranches(refs)
        const head = empty || !isSafeRefName(branch) ? null : await git.branchHead(branch, refs)
        // Only the path and the folders above it are read, never the whole branch.
        const found = head ? await git.entryAt(head, filePath) : null
        const isFolder = found?.type === 'tree'
        const existing = isFolder ? null : found
        checkFields(ctx, body, existing || isFolder ? ['message', 'content', 'sha'] : ['message', 'content'], {})
        if (!head && (!empty || !isSafeRefName(branch))) ctx.fail(404, `Branch ${branch} not found`)
        if (isFolder) ctx.fail(422, `${filePath} is not a file`)
        if (existing) {
          if (existing.type !== 'blob') ctx.fail(422, `${filePath} is not a file`)
          if (body.sha !== existing.sha) ctx.fail(409, `${filePath} does not match ${String(body.sha)}`)
        } else if (head && (await git.fileAbove(head, filePath))) {
          ctx.fail(
            409,
            'Sorry, a file exists where you’re trying to create a subdirectory. Choose a new path and try again.'
          )
        }
        const content = String(body.content)
        if (!base64Valid(content)) ctx.fail(422, 'content is not valid Base64')
        const committer = identityOf(ctx, body, 'committer') ?? defaultIdentity(ctx)
        const author = identityOf(ctx, body, 'author') ?? committer
        const data = Buffer.from(content, 'base64')
        if (data.length > limits.fileBytes) {
          ctx.fail(422, fileTooLargeMessage(filePath, data.length, limits.fileBytes), {
            errors: [{ resource: 'Blob', field: 'content', code: 'too_large' }]
          })
        }
        refuseIfProtected(ctx, branch, 'contents')
        refuseSecrets(ctx, `refs/heads/${branch}`, [{ data, path: filePath }])
        const blob = await git.writeBlob(data)
        const mode = existing && (existing.mode === '100755' || existing.mode === '120000') ? existing.mode : '100644'
        const tree = await git.buildTree(head, [{ path: filePath, mode, sha: blob }])
        const created = await git.createCommit(tree, head ? [head] : [], String(body.message), author, committer)
        const entry: TreeEntry = { mode, type: 'blob', sha: blob, size: data.length, path: filePath }
        return { branch, head, empty, created, entry, existing }
      })
      // As on GitHub, the commit is built from the branch as it was read, and the ref update is a
      // compare-and-swap: a concurrent write to the branch in between makes this one fail with 409.
      const ref = `refs/heads/${prepared.branch}`
      await hooks.beforeRefUpdate?.({
        repository: fullNameOf(ctx.repo),
        ref,
        sha: prepared.created.sha,
        expected: prepared.head
      })
      return ctx.git.exclusive(async () => {
        const git = ctx.git
        if (!(await git.updateRef(ref, prepared.created.sha, prepared.head ?? ZERO_SHA))) {
          const current = await git.branchHead(prepared.branch)
          ctx.fail(409, `is at ${current ?? ZERO_SHA} but expected ${prepared.head ?? ZERO_SHA}`)
        }
        if (prepared.empty && [...(await git.refs()).keys()].filter((r) => r.startsWith('refs/heads/')).length === 1) {
          await git.setHead(prepared.branch)
          ctx.repo.info.defaultBranch = prepared.branch
        }
        touchPushed(ctx.repo)
        return {
          status: prepared.existing ? 200 : 201,
          body: {
            content: contentEntryJson(ctx.u, prepared.entry, prepared.branch, (p) =>
              downloadUrl(ctx.repo, prepared.branch, p)
            ),
            commit: gitCommitJson(ctx.u, prepared.created)
          }
        }
      })
    }
  )

  // GET /repos/{owner}/{repo}/git/ref/{ref}
  repoRoute('GET', '/git/ref/*ref', 'read', `${DOCS}/git/refs#get-a-reference`, async (ctx: Ctx) => {
    const refs = await requireContent(ctx)
    const name = `refs/${ctx.req.params.ref}`
    const found = refs.get(name)
    if (!found) ctx.fail(404, 'Not Found')
    return { status: 200, body: refJson(ctx.u, name, found.sha, found.type) }
  })

  // GET /repos/{owner}/{repo}/git/commits/{commit_sha}
  repoRoute('GET', '/git/commits/:sha', 'read', `${DOCS}/git/commits#get-a-commit-object`, async (ctx: Ctx) => {
    await requireContent(ctx)
    const commit = await ctx.git.readCommit(ctx.req.params.sha)
    if (!commit) ctx.fail(404, 'Not Found')
    return { status: 200, body: gitCommitJson(ctx.u, commit) }
  })

  // GET /repos/{owner}/{repo}/git/trees/{tree_sha}
  repoRoute('GET', '/git/trees/*sha', 'read', `${DOCS}/git/trees#get-a-tree`, async (ctx: Ctx) => {
    const refs = await requireContent(ctx)
    const name = ctx.req.params.sha
    const found = isSafeRefName(name) ? await ctx.git.resolveObject(name, refs) : null
    if (!found) ctx.fail(404, 'Not Found')
    if (found.type === 'blob') ctx.fail(422, 'Invalid object requested. SHA must identify a commit or a tree.')
    const tree = found.type === 'tree' ? found.sha : await ctx.git.peel(found.sha, 'tree')
    if (!tree) ctx.fail(422, 'Invalid object requested. SHA must identify a commit or a tree.')
    const recursive = ctx.req.query.has('recursive')
    const entries = await ctx.git.lsTree(tree, recursive)
    if (entries.length === 0) ctx.fail(404, 'Not Found')
    // GitHub lists at most 100,000 entries (and 7 MB when recursive), then says `truncated: true`.
    const limit = { entries: limits.treeReadEntries, bytes: recursive ? limits.treeReadBytes : Infinity }
    return { status: 200, body: treeJson(ctx.u, tree, entries, limit) }
  })

  // GET /repos/{owner}/{repo}/git/blobs/{file_sha}
  repoRoute('GET', '/git/blobs/:sha', 'read', `${DOCS}/git/blobs#get-a-blob`, async (ctx: Ctx) => {
    await requireContent(ctx)
    const sha = ctx.req.params.sha
    if (!SHA_RE.test(sha)) ctx.fail(422, 'The sha parameter must be exactly 40 characters and contain only [0-9a-f].')
    if ((await ctx.git.objectType(sha)) !== 'blob') ctx.fail(404, 'Not Found')
    const size = await ctx.git.objectSize(sha)
    if (size > HUNDRED_MB) {
      ctx.fail(
        403,
        'This API returns blobs up to 100 MB in size. The requested blob is too large to fetch via the API, but you can always clone the repository via Git in order to obtain this blob.',
        {
          errors: [{ resource: 'Blob', field: 'data', code: 'too_large' }]
        }
      )
    }
    const data = await ctx.git.readBlob(sha)
    const media = mediaOf(ctx.req)
    if (media.kind === 'raw') {
      return {
        status: 200,
        body: data,
        headers: {
          'content-type': `${media.v3 ? 'application/vnd.github.v3.raw' : 'application/vnd.github.raw'}; charset=utf-8`
        }
      }
    }
    return {
      status: 200,
      body: {
        sha,
        node_id: nodeId('Blob', sha),
        size,
        url: `${repoApi(ctx.u)}/git/blobs/${sha}`,
        content: wrappedBase64(data),
        encoding: 'base64'
      }
    }
  })

  // POST /repos/{owner}/{repo}/git/blobs
  repoRoute('POST', '/git/blobs', 'write', `${DOCS}/git/blobs#create-a-blob`, async (ctx: Ctx) => {
    await requireContent(ctx)
    const body = bodyOf(ctx)
    if (body.content === undefined || body.content === null) {
      ctx.fail(422, 'Validation Failed', { errors: [{ resource: 'Blob', field: 'content', code: 'missing_field' }] })
    }
    if (typeof body.content !== 'string') {
      ctx.fail(422, 'content must be a string', { errors: [{ resource: 'Blob', field: 'content', code: 'invalid' }] })
    }
    const data = body.encoding === 'base64' ? Buffer.from(body.content, 'base64') : Buffer.from(body.content, 'utf8')
    if (data.length > limits.fileBytes) {
      ctx.fail(422, fileTooLargeMessage(undefined, data.length, limits.fileBytes), {
        errors: [{ resource: 'Blob', field: 'content', code: 'too_large' }]
      })
    }
    refuseSecrets(ctx, undefined, [{ data }])
    const sha = await ctx.git.exclusive(() => ctx.git.writeBlob(data))
    const url = `${repoApi(ctx.u)}/git/blobs/${sha}`
    return { status: 201, body: { sha, url }, headers: { location: url } }
  })

  // POST /repos/{owner}/{repo}/git/trees
  repoRoute('POST', '/git/trees', 'write', `${DOCS}/git/trees#create-a-tree`, async (ctx: Ctx) => {
    await requireContent(ctx)
    // Over GitHub's 7 MB (or what a test set), the real service gives up with this 422.
    if (ctx.req.rawBody.length > limits.treeRequestBytes) ctx.fail(422, TREE_TOO_LARGE_MESSAGE)
    const body = bodyOf(ctx)
    const items = body.tree
    if (!Array.isArray(items) || items.length === 0) ctx.fail(422, 'Invalid tree info')
    if (items.length > limits.treeRequestEntries) ctx.fail(422, TREE_TOO_LARGE_MESSAGE)
    refuseSecrets(
      ctx,
      undefined,
      items.flatMap((item) =>
        isObject(item) && typeof item.content === 'string'
          ? [{ data: Buffer.from(item.content, 'utf8'), path: typeof item.path === 'string' ? item.path : undefined }]
          : []
      )
    )
    const git = ctx.git
    return git.exclusive(async () => {
      const changes: TreeChange[] = []
      for (const item of items) {
        if (!isObject(item)) ctx.fail(422, 'Invalid tree info')
        const p = typeof item.path === 'string' ? item.path.replace(/\0/g, '') : ''
        const problem = pathProblem(p)
        if (problem) ctx.fail(422, `tree.path ${problem}`)
        const sha = item.sha === '' ? null : item.sha
        const hasSha = 'sha' in item
        const hasContent = item.content !== undefined && item.content !== null
        if (hasSha === hasContent)
          ctx.fail(422, 'Must supply either tree.sha or tree.content. Request will be rejected if both are present.')
        const mode = item.mode
        const modeType = mode === '040000' ? 'tree' : mode === '160000' ? 'commit' : 'blob'
        if (sha !== null && sha !== undefined) {
          const type = typeof item.type === 'string' ? item.type : modeType
          const valid =
            typeof sha === 'string' &&
            SHA_RE.test(sha) &&
            (type === 'commit' ||
              ((await git.objectType(sha)) === type && (type === modeType || !VALID_TREE_MODES.includes(String(mode)))))
          if (!valid) ctx.fail(422, `tree.sha ${String(sha)} is not a valid ${type}`)
        }
        if (typeof mode !== 'string' || !VALID_TREE_MODES.includes(mode)) ctx.fail(422, 'Must supply a valid tree.mode')
        if (mode === '040000' && 'content' in item) ctx.fail(422, 'A subdirectory may not have content')
        if (hasContent) {
          const blob = await git.writeBlob(Buffer.from(String(item.content), 'utf8'))
          changes.push({ path: p, mode, sha: blob })
        } else if (sha === null || sha === undefined) {
          changes.push({ path: p, delete: true })
        } else {
          changes.push({ path: p, mode, sha: String(sha) })
        }
      }
      let baseTree: string | null = null
      if (body.base_tree !== undefined && body.base_tree !== null) {
        const name = String(body.base_tree)
        const resolved = isSafeRefName(name) ? await git.resolveObject(name) : null
        baseTree =
          !resolved || resolved.type === 'blob'
            ? null
            : resolved.type === 'tree'
              ? resolved.sha
              : await git.peel(resolved.sha, 'tree')
        if (!baseTree) ctx.fail(422, 'base_tree is not a valid tree oid')
      }
      const tree = await git.buildTree(baseTree, changes)
      const entries = await git.lsTree(tree)
      if (entries.length === 0) ctx.fail(404, 'Not Found')
      const json = treeJson(ctx.u, tree, entries)
      return { status: 201, body: json, headers: { location: json.url } }
    })
  })

  // POST /repos/{owner}/{repo}/git/commits
  repoRoute('POST', '/git/commits', 'write', `${DOCS}/git/commits#create-a-commit`, async (ctx: Ctx) => {
    await requireContent(ctx)
    const body = bodyOf(ctx)
    checkFields(ctx, body, ['message', 'tree'], {
      message: 'string',
      tree: 'string',
      author: 'object',
      committer: 'object'
    })
    const git = ctx.git
    const tree = String(body.tree)
    if (!SHA_RE.test(tree)) ctx.fail(422, 'The tree parameter must be exactly 40 characters and contain only [0-9a-f].')
    const treeType = await git.objectType(tree)
    if (!treeType) ctx.fail(422, 'Tree SHA does not exist')
    if (treeType !== 'tree') ctx.fail(422, 'Tree SHA is not a tree object')
    const parents =
      body.parents === undefined || body.parents === null
        ? []
        : Array.isArray(body.parents)
          ? body.parents
          : [body.parents]
    for (const parent of parents) {
      if (typeof parent !== 'string' || !SHA_RE.test(parent)) {
        ctx.fail(422, "Each SHA in the 'parents' parameter must be exactly 40 characters and contain only [0-9a-f].")
      }
    }
    for (const parent of parents as string[]) {
      if ((await git.objectType(parent)) !== 'commit')
        ctx.fail(422, 'Parent SHA does not exist or is not a commit object')
    }
    const author = identityOf(ctx, body, 'author') ?? defaultIdentity(ctx)
    const committer = identityOf(ctx, body, 'committer') ?? author
    const created = await git.exclusive(() =>
      git.createCommit(tree, parents as string[], String(body.message), author, committer)
    )
    const json = gitCommitJson(ctx.u, created)
    return { status: 201, body: json, headers: { location: json.url } }
  })

  // POST /repos/{owner}/{repo}/git/refs
  repoRoute('POST', '/git/refs', 'write', `${DOCS}/git/refs#create-a-reference`, async (ctx: Ctx) => {
    const body = bodyOf(ctx)
    checkFields(ctx, body, ['ref', 'sha'], { ref: 'string', sha: 'string' })
    const name = String(body.ref)
    const sha = String(body.sha)
    if (!SHA_RE.test(sha)) ctx.fail(422, 'The sha parameter must be exactly 40 characters and contain only [0-9a-f].')
    await requireContent(ctx)
    const git = ctx.git
    if (!(await git.isValidRefName(name))) ctx.fail(422, `${name} is not a valid ref name.`)
    if (!name.startsWith('refs/')) ctx.fail(422, "Reference name must start with 'refs/'.")
    if (!/^refs\/[^/]+\/[^/]/.test(name))
      ctx.fail(422, 'Reference name must contain at least three slash-separated components.')
    if (/^refs\/pull(\/|$)/.test(name)) ctx.fail(422, 'refs/pull/* is read-only.')
    if (/^refs\/__gh__(\/|$)/.test(name)) ctx.fail(422, 'refs/__gh__/* is reserved for internal use.')
    return git.exclusive(async () => {
      const type = await git.objectType(sha)
      if (!type) ctx.fail(422, 'Object does not exist')
      if (await git.refTarget(name)) ctx.fail(422, 'Reference already exists')
      if (name.startsWith('refs/heads/') && type !== 'commit') ctx.fail(422, 'Reference update failed')
      if (!(await git.updateRef(name, sha, ZERO_SHA))) ctx.fail(422, 'Reference already exists')
      touchPushed(ctx.repo)
      const json = refJson(ctx.u, name, sha, type)
      return { status: 201, body: json, headers: { location: json.url } }
    })
  })

  // PATCH /repos/{owner}/{repo}/git/refs/{ref}
  repoRoute('PATCH', '/git/refs/*ref', 'write', `${DOCS}/git/refs#update-a-reference`, async (ctx: Ctx) => {
    const name = `refs/${ctx.req.params.ref}`
    const body = bodyOf(ctx)
    checkFields(ctx, body, ['sha'], { sha: 'string', force: 'boolean' })
    const sha = String(body.sha)
    if (!SHA_RE.test(sha)) ctx.fail(422, 'The sha parameter must be exactly 40 characters and contain only [0-9a-f].')
    await requireContent(ctx)
    const git = ctx.git
    const { current, type } = await git.exclusive(async () => {
      const current = isSafeRefName(name) ? await git.refTarget(name) : null
      if (!current) ctx.fail(422, 'Reference does not exist')
      const type = await git.objectType(sha)
      if (!type) ctx.fail(422, 'Object does not exist')
      if (name.startsWith('refs/heads/') && type !== 'commit') ctx.fail(422, 'Object is not a commit')
      if (name.startsWith('refs/heads/')) refuseIfProtected(ctx, name.slice('refs/heads/'.length), 'ref')
      if (body.force !== true && current !== sha && !(await git.isAncestor(current, sha))) {
        ctx.fail(422, 'Update is not a fast forward')
      }
      return { current, type }
    })
    await hooks.beforeRefUpdate?.({ repository: fullNameOf(ctx.repo), ref: name, sha, expected: current })
    return git.exclusive(async () => {
      if (!(await git.updateRef(name, sha, current))) ctx.fail(422, 'Reference cannot be updated')
      touchPushed(ctx.repo)
      return { status: 200, body: refJson(ctx.u, name, sha, type) }
    })
  })

  // ---- pull requests ------------------------------------------------------------------------

  const PULLS_DOCS = `${DOCS}/pulls/pulls`
  let nextPullId = 1800000001

  /** The user a token opens pull requests as. */
  function pullUserOf(caller: Caller): PullUser {
    const kind = caller.grant?.kind ?? 'workflow'
    return kind === 'workflow' ? WORKFLOW_USER : kind === 'app' ? APP_USER : PAT_USER
  }

  /** Follows the branches of an open pull request (GitHub shows their current heads). */
  async function refreshPull(repo: RepoState, pr: PullRecord): Promise<void> {
    if (pr.state !== 'open') return
    const refs = await repo.git.refs()
    pr.headSha = (await repo.git.branchHead(pr.head, refs)) ?? pr.headSha
    pr.baseSha = (await repo.git.branchHead(pr.base, refs)) ?? pr.baseSha
  }

  async function pullStats(repo: RepoState, pr: PullRecord) {
    const git = repo.git
    const mergeBase = (await git.tryRun(['merge-base', pr.baseSha, pr.headSha]))?.toString('utf8').trim() || pr.baseSha
    const commits = Number(
      (await git.tryRun(['rev-list', '--count', `${mergeBase}..${pr.headSha}`]))?.toString('utf8').trim() ?? '0'
    )
    const numstat = (await git.tryRun(['diff', '--numstat', mergeBase, pr.headSha]))?.toString('utf8') ?? ''
    let additions = 0
    let deletions = 0
    let changedFiles = 0
    for (const line of numstat.split('\n')) {
      const [add, del] = line.split('\t')
      if (add === undefined || del === undefined) continue
      changedFiles += 1
      additions += Number(add) || 0
      deletions += Number(del) || 0
    }
    return { commits, additions, deletions, changedFiles }
  }

  async function fullPullJson(ctx: Ctx, pr: PullRecord) {
    await refreshPull(ctx.repo, pr)
    return pullRequestJson(ctx.u, pr, await pullStats(ctx.repo, pr))
  }

  function validationFailed(ctx: Ctx, ...errors: Array<Record<string, unknown>>): never {
    return ctx.fail(422, 'Validation Failed', { errors: errors.map((e) => ({ resource: 'PullRequest', ...e })) })
  }

  /** The open pull request from `head` into `base`, if any (GitHub allows one). */
  function openPullFor(repo: RepoState, head: string, base: string, except?: PullRecord): PullRecord | undefined {
    return repo.pulls.find((p) => p !== except && p.state === 'open' && p.head === head && p.base === base)
  }

  function findPull(ctx: Ctx): PullRecord {
    const n = Number(ctx.req.params.number)
    const pr = Number.isInteger(n) ? ctx.repo.pulls.find((p) => p.number === n) : undefined
    if (!pr) ctx.fail(404, 'Not Found')
    return pr
  }

  // GET /repos/{owner}/{repo}/pulls
  repoRoute('GET', '/pulls', 'read', `${PULLS_DOCS}#list-pull-requests`, async (ctx: Ctx) => {
    const q = ctx.req.query
    const state = q.get('state') ?? 'open'
    if (!['open', 'closed', 'all'].includes(state)) {
      ctx.fail(422, 'Validation Failed', { errors: [{ resource: 'Issue', field: 'state', code: 'invalid' }] })
    }
    let pulls = ctx.repo.pulls.filter((p) => state === 'all' || p.state === state)
    // GitHub filters by head only in the `owner:branch` form; a bare branch name is ignored.
    const head = q.get('head')
    if (head && head.includes(':')) {
      const [owner, ...rest] = head.split(':')
      const branch = rest.join(':')
      pulls = owner.toLowerCase() === ctx.repo.info.owner.toLowerCase() ? pulls.filter((p) => p.head === branch) : []
    }
    const base = q.get('base')
    if (base) pulls = pulls.filter((p) => p.base === base)
    const sort = q.get('sort') ?? 'created'
    const direction = q.get('direction') ?? (sort === 'created' ? 'desc' : 'asc')
    const key = (p: PullRecord) => (sort === 'updated' ? p.updatedAt.getTime() : p.createdAt.getTime()) * 1e6 + p.number
    pulls = [...pulls].sort((a, b) => (direction === 'asc' ? key(a) - key(b) : key(b) - key(a)))
    const perPage = Math.min(100, Math.max(1, Number(q.get('per_page')) || 30))
    const page = Math.max(1, Number(q.get('page')) || 1)
    const pageItems = pulls.slice((page - 1) * perPage, page * perPage)
    for (const p of pageItems) await refreshPull(ctx.repo, p)
    const headers: Record<string, string> = {}
    const last = Math.ceil(pulls.length / perPage)
    if (last > 1) {
      const link = (n: number, rel: string) => {
        const url = new URL(`${repoApi(ctx.u)}/pulls`)
        for (const [k, v] of q) url.searchParams.set(k, v)
        url.searchParams.set('per_page', String(perPage))
        url.searchParams.set('page', String(n))
        return `<${url.toString()}>; rel="${rel}"`
      }
      const parts: string[] = []
      if (page > 1) parts.push(link(page - 1, 'prev'))
      if (page < last) parts.push(link(page + 1, 'next'), link(last, 'last'))
      if (page > 1) parts.push(link(1, 'first'))
      headers.link = parts.join(', ')
    }
    return { status: 200, body: pageItems.map((p) => pullRequestSimpleJson(ctx.u, p)), headers }
  })

  // POST /repos/{owner}/{repo}/pulls
  repoRoute('POST', '/pulls', 'pulls-write', `${PULLS_DOCS}#create-a-pull-request`, async (ctx: Ctx) => {
    if ((ctx.caller.grant?.kind ?? 'workflow') === 'workflow' && !ctx.repo.settings.actionsCanCreatePullRequests) {
      ctx.fail(403, 'GitHub Actions is not permitted to create or approve pull requests.')
    }
    const body = bodyOf(ctx)
    checkFields(ctx, body, [], {
      title: 'string',
      head: 'string',
      base: 'string',
      body: 'string',
      draft: 'boolean',
      maintainer_can_modify: 'boolean'
    })
    const missing = ['head', 'base', 'title'].filter((f) => typeof body[f] !== 'string' || body[f] === '')
    if (missing.length > 0) validationFailed(ctx, ...missing.map((field) => ({ field, code: 'missing_field' })))
    const repo = ctx.repo
    const rawHead = String(body.head)
    const colon = rawHead.indexOf(':')
    const headOwner = colon === -1 ? repo.info.owner : rawHead.slice(0, colon)
    const head = colon === -1 ? rawHead : rawHead.slice(colon + 1)
    const base = String(body.base)
    return repo.git.exclusive(async () => {
      const refs = await repo.git.refs()
      // Forks are not modelled: a head in another owner's repository is as unknown as a missing branch.
      const headSha =
        headOwner.toLowerCase() === repo.info.owner.toLowerCase() && isSafeRefName(head)
          ? await repo.git.branchHead(head, refs)
          : null
      const baseSha = isSafeRefName(base) ? await repo.git.branchHead(base, refs) : null
      if (!headSha) validationFailed(ctx, { field: 'head', code: 'invalid' })
      if (!baseSha) validationFailed(ctx, { field: 'base', code: 'invalid' })
      if (openPullFor(repo, head, base)) {
        validationFailed(ctx, {
          code: 'custom',
          message: `A pull request already exists for ${repo.info.owner}:${head}.`
        })
      }
      if (headSha === baseSha || (await repo.git.isAncestor(headSha, baseSha))) {
        validationFailed(ctx, { code: 'custom', message: `No commits between ${base} and ${head}` })
      }
      const now = new Date()
      const pr: PullRecord = {
        id: nextPullId++,
        number: repo.pulls.length + 1,
        title: String(body.title),
        body: typeof body.body === 'string' ? body.body : null,
        state: 'open',
        draft: body.draft === true,
        maintainerCanModify: body.maintainer_can_modify !== false,
        head,
        base,
        headSha,
        baseSha,
        user: pullUserOf(ctx.caller),
        createdAt: now,
        updatedAt: now,
        closedAt: null,
        mergedAt: null,
        mergeCommitSha: null
      }
      repo.pulls.push(pr)
      const json = pullRequestJson(ctx.u, pr, await pullStats(repo, pr))
      return { status: 201, body: json, headers: { location: json.url } }
    })
  })

  // GET /repos/{owner}/{repo}/pulls/{pull_number}
  repoRoute('GET', '/pulls/:number', 'read', `${PULLS_DOCS}#get-a-pull-request`, async (ctx: Ctx) => {
    const pr = findPull(ctx)
    return { status: 200, body: await fullPullJson(ctx, pr) }
  })

  // PATCH /repos/{owner}/{repo}/pulls/{pull_number}
  repoRoute('PATCH', '/pulls/:number', 'pulls-write', `${PULLS_DOCS}#update-a-pull-request`, async (ctx: Ctx) => {
    const pr = findPull(ctx)
    const body = bodyOf(ctx)
    checkFields(ctx, body, [], {
      title: 'string',
      body: 'string',
      state: 'string',
      base: 'string',
      maintainer_can_modify: 'boolean'
    })
    if (body.state !== undefined && body.state !== 'open' && body.state !== 'closed') {
      validationFailed(ctx, { field: 'state', code: 'invalid' })
    }
    if (body.base !== undefined && !(await ctx.repo.git.branchHead(String(body.base)))) {
      validationFailed(ctx, { field: 'base', code: 'invalid' })
    }
    const base = typeof body.base === 'string' ? body.base : pr.base
    if (body.state === 'open' && pr.state === 'closed') {
      if (pr.mergedAt) validationFailed(ctx, { field: 'state', code: 'invalid' })
      if (openPullFor(ctx.repo, pr.head, base, pr)) {
        validationFailed(ctx, {
          code: 'custom',
          message: `A pull request already exists for ${ctx.repo.info.owner}:${pr.head}.`
        })
      }
    }
    if (typeof body.title === 'string') pr.title = body.title
    if (body.body !== undefined) pr.body = typeof body.body === 'string' ? body.body : null
    if (typeof body.maintainer_can_modify === 'boolean') pr.maintainerCanModify = body.maintainer_can_modify
    pr.base = base
    const now = new Date()
    if (body.state === 'closed' && pr.state === 'open') {
      pr.state = 'closed'
      pr.closedAt = now
    } else if (body.state === 'open' && pr.state === 'closed') {
      pr.state = 'open'
      pr.closedAt = null
    }
    pr.updatedAt = now
    return { status: 200, body: await fullPullJson(ctx, pr) }
  })

  // Download URLs (stand-in for raw.githubusercontent.com): the bytes of a file, for public
  // repositories, a token with access, or the ?token= that the contents API put in the URL.
  router.on('GET', '/_raw/:owner/:repo/:ref/*path', (req) =>
    track(
      (async () => {
        const repo = findRepo(req.params.owner, req.params.repo)
        const notFound = new HttpError(404, '404: Not Found', { 'content-type': 'text/plain; charset=utf-8' })
        if (!repo) throw notFound
        const dl = req.query.get('token')
        const viaLink = dl !== null && downloadTokens.get(dl) === `${repo.info.owner}/${repo.info.name}`.toLowerCase()
        if (repo.info.private && !viaLink) {
          const token = tokenOf(req)
          if (!grantCovers(token === undefined ? undefined : tokens.get(token), repo)) throw notFound
        }
        const ref = req.params.ref
        const commit = isSafeRefName(ref) ? await repo.git.resolveCommit(ref) : null
        const filePath = normalizePath(req.params.path)
        const entry = commit && filePath ? await repo.git.entryAt(commit, filePath) : null
        if (!entry || entry.type !== 'blob') throw notFound
        return {
          status: 200,
          body: await repo.git.readBlob(entry.sha),
          headers: { 'content-type': 'text/plain; charset=utf-8' }
        }
      })()
    )
  )

  // Everything else: GitHub's 404 (registered for every method so no route answers a bare 404).
  const notFound = (): Reply => ({
    status: 404,
    body: { message: 'Not Found', documentation_url: DOCS, status: '404' }
  })
  for (const method of ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'])
    router.on(method, '/*rest', notFound)

  const running = await startHttpServer({
    router,
    prefix: options.prefix,
    commonHeaders,
    notFound,
    maxBodyBytes: () => limits.requestBytes,
    tooLarge: () => ({ status: 413, body: errorBody(413, 'Payload Too Large', DOCS) })
  })
  urls.api = running.url
  urls.web = `http://127.0.0.1:${running.port}`

  // ---- test helpers -------------------------------------------------------------------------

  async function createRepo(fullName: string, opts: CreateRepoOptions = {}): Promise<void> {
    const m = /^([A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)\/([A-Za-z0-9._-]+)$/.exec(fullName)
    if (!m || m[2] === '.' || m[2] === '..') throw new Error(`Not a repository full name: ${fullName}`)
    const key = fullName.toLowerCase()
    if (repos.has(key)) throw new Error(`Repository ${fullName} already exists`)
    const [, owner, name] = m
    const defaultBranch = opts.defaultBranch ?? 'main'
    if (!isSafeRefName(defaultBranch)) throw new Error(`Not a branch name: ${defaultBranch}`)
    if (!owners.has(owner.toLowerCase())) owners.set(owner.toLowerCase(), nextOwnerId++)
    const git = new GitRepo(path.join(root, 'repos', owner.toLowerCase(), `${name.toLowerCase()}.git`), env)
    const now = new Date()
    const state: RepoState = {
      info: {
        id: nextRepoId++,
        owner,
        ownerId: owners.get(owner.toLowerCase())!,
        name,
        private: opts.private ?? false,
        defaultBranch,
        createdAt: now,
        updatedAt: now,
        pushedAt: now
      },
      git,
      settings: { actionsCanCreatePullRequests: false, ...opts.settings },
      protections: new Map(),
      pulls: []
    }
    repos.set(key, state)
    await git.init(defaultBranch, template)
    if (opts.files && Object.keys(opts.files).length > 0) {
      const changes: TreeChange[] = []
      for (const [p, content] of Object.entries(opts.files)) {
        changes.push({
          path: p,
          mode: '100644',
          sha: await git.writeBlob(Buffer.isBuffer(content) ? content : Buffer.from(content, 'utf8'))
        })
      }
      const tree = await git.buildTree(null, changes)
      const sha = await git.commitTree(tree, [], 'Initial commit', FIXTURE_IDENTITY, FIXTURE_IDENTITY)
      await git.updateRef(`refs/heads/${defaultBranch}`, sha, ZERO_SHA)
    }
  }

  function addToken(token: string, grant: TokenGrant): void {
    tokens.set(token, grant)
  }

  function gitDir(fullName: string): string {
    return requireRepo(fullName).git.dir
  }

  async function git(fullName: string, ...args: string[]): Promise<string> {
    const repo = requireRepo(fullName)
    return (await repo.git.exclusive(() => repo.git.run(args))).toString('utf8')
  }

  async function pushCommit(
    fullName: string,
    branch: string,
    files: Record<string, string | Buffer | null>,
    message = 'Commit pushed by someone else'
  ): Promise<string> {
    const repo = requireRepo(fullName)
    const g = repo.git
    return g.exclusive(async () => {
      const refs = await g.refs()
      const empty = !hasBranches(refs)
      const head = await g.branchHead(branch, refs)
      // A branch that does not exist yet starts from the default branch.
      const base = head ?? (await g.branchHead(repo.info.defaultBranch, refs))
      const parent = base ? await g.readCommit(base) : null
      const changes: TreeChange[] = []
      for (const [p, content] of Object.entries(files)) {
        if (content === null) changes.push({ path: p, delete: true })
        else
          changes.push({
            path: p,
            mode: '100644',
            sha: await g.writeBlob(Buffer.isBuffer(content) ? content : Buffer.from(content, 'utf8'))
          })
      }
      const tree = await g.buildTree(parent ? parent.tree : null, changes)
      const sha = await g.commitTree(tree, parent ? [parent.sha] : [], message, PUSHER_IDENTITY, PUSHER_IDENTITY)
      if (!(await g.updateRef(`refs/heads/${branch}`, sha, head ?? ZERO_SHA)))
        throw new Error(`${branch} moved while pushing`)
      if (empty) {
        await g.setHead(branch)
        repo.info.defaultBranch = branch
      }
      touchPushed(repo)
      return sha
    })
  }

  function protectBranch(fullName: string, branch: string, opts: { kind?: ProtectionKind } = {}): void {
    requireRepo(fullName).protections.set(branch, { kind: opts.kind ?? 'branch-protection' })
  }

  function unprotectBranch(fullName: string, branch: string): void {
    requireRepo(fullName).protections.delete(branch)
  }

  async function mergePullRequest(fullName: string, pullNumber: number): Promise<string> {
    const repo = requireRepo(fullName)
    const pr = repo.pulls.find((p) => p.number === pullNumber)
    if (!pr || pr.state !== 'open') throw new Error(`No open pull request #${pullNumber} in ${fullName}`)
    const g = repo.git
    return g.exclusive(async () => {
      await refreshPull(repo, pr)
      const tree = await g.tryRun(['merge-tree', '--write-tree', pr.baseSha, pr.headSha])
      if (!tree) throw new Error(`Pull request #${pullNumber} has conflicts`)
      const message = `Merge pull request #${pr.number} from ${repo.info.owner}/${pr.head}\n\n${pr.title}`
      const sha = await g.commitTree(
        tree.toString('utf8').split('\n')[0].trim(),
        [pr.baseSha, pr.headSha],
        message,
        PUSHER_IDENTITY,
        PUSHER_IDENTITY
      )
      if (!(await g.updateRef(`refs/heads/${pr.base}`, sha, pr.baseSha)))
        throw new Error(`${pr.base} moved while merging`)
      const now = new Date()
      Object.assign(pr, { state: 'closed', closedAt: now, mergedAt: now, updatedAt: now, mergeCommitSha: sha })
      touchPushed(repo)
      return sha
    })
  }

  async function close(): Promise<void> {
    await running.close()
    await Promise.allSettled([...inflight])
    await Promise.allSettled([...repos.values()].map((r) => r.git.idle()))
    await fs.rm(root, { recursive: true, force: true })
  }

  return {
    url: running.url,
    port: running.port,
    requests: running.requests,
    faults: running.faults,
    close,
    hooks,
    limits,
    resetLimits: () => secondary.reset(),
    createRepo,
    addToken,
    gitDir,
    git,
    pushCommit,
    protectBranch,
    unprotectBranch,
    repoSettings: (fullName: string) => requireRepo(fullName).settings,
    pullRequests: (fullName: string) => requireRepo(fullName).pulls,
    mergePullRequest
  }
}
