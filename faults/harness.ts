// The fault and abuse suite's machinery: planted secrets, a bounded action runner, one pair of
// local servers per case, checks that collect failures, the leak scanner, the pool and the table.
import { randomBytes } from 'node:crypto'
import { existsSync, readFileSync, statSync } from 'node:fs'
import { inspect } from 'node:util'
import { parse } from 'yaml'
import type { BackupCollectionOptions, BackupResult } from '../src/index.js'
import { runAction, runnerLog, type ActionRun, type GitHubContext } from '../test-servers/actions-runner.js'
import type { GitHubServer } from '../test-servers/github/server.js'
import type { Fault, RecordedRequest } from '../test-servers/http-kit.js'
import type { PostmanServer } from '../test-servers/postman/server.js'
import { startServers } from '../test-servers/servers.js'

// ---- planted credentials ------------------------------------------------------------------------

const hex = (n: number) => randomBytes(n).toString('hex')
/** The one Postman API key every case's server accepts; unique per suite run. */
export const KEY = `PMAK-faultsuite-${hex(12)}`
/** Write token for every repository of a case's GitHub server. */
export const TOKEN = `ghp_faultsuiteWrite${hex(12)}`
/** Read-only token for every repository. */
export const READ_TOKEN = `ghp_faultsuiteRead${hex(12)}`
/** Write token that covers only `faults/elsewhere`. */
export const OTHER_TOKEN = `ghp_faultsuiteOther${hex(12)}`
export const SECRETS: Record<string, string> = { KEY, TOKEN, READ_TOKEN, OTHER_TOKEN }

/**
 * The forms a secret can take in text: raw, URL-encoded, and base64 (standard and URL-safe) at each
 * of the three byte alignments, so it is found even inside a longer base64 string.
 */
export function secretNeedles(secret: string): Array<{ form: string; needle: string }> {
  const needles = new Map<string, string>()
  const add = (needle: string, form: string) => {
    if (!needles.has(needle)) needles.set(needle, form)
  }
  add(secret, 'raw')
  add(encodeURIComponent(secret), 'url-encoded')
  add(encodeURIComponent(encodeURIComponent(secret)), 'url-encoded twice')
  const bytes = Buffer.from(secret, 'utf8')
  for (let pad = 0; pad < 3; pad++) {
    const encoded = Buffer.concat([Buffer.alloc(pad, 0x20), bytes])
      .toString('base64')
      .replace(/=+$/, '')
    const start = pad === 0 ? 0 : 4
    const end = Math.floor((pad + bytes.length) / 3) * 4
    const middle = encoded.slice(start, end)
    if (middle.length >= 16) {
      add(middle, 'base64')
      add(middle.replace(/\+/g, '-').replace(/\//g, '_'), 'base64url')
    }
  }
  return [...needles].map(([needle, form]) => ({ form, needle }))
}

const NEEDLES = Object.entries(SECRETS).flatMap(([name, secret]) => secretNeedles(secret).map((n) => ({ name, ...n })))

/** Every planted secret (in any form) found in `text`, as "KEY (base64) in stderr". */
export function findLeaks(text: string, where: string): string[] {
  const hits: string[] = []
  for (const { name, form, needle } of NEEDLES) if (text.includes(needle)) hits.push(`${name} (${form}) in ${where}`)
  return hits
}

/** What a run shows anyone: stdout less the `::add-mask::` commands the runner consumes, stderr, summary, outputs. */
export function runLeaks(run: ActionRun): string[] {
  return [
    ...findLeaks(runnerLog(run.stdout), 'stdout'),
    ...findLeaks(run.stderr, 'stderr'),
    ...findLeaks(run.summary, 'job summary'),
    ...findLeaks(JSON.stringify(run.outputs), 'outputs')
  ]
}

/** Everything reachable from a thrown value: inspect with hidden fields, own properties, the cause chain. */
export function describeThrown(error: unknown): string {
  const parts: string[] = [
    inspect(error, {
      depth: 12,
      showHidden: true,
      breakLength: Infinity,
      maxStringLength: Infinity,
      maxArrayLength: Infinity
    })
  ]
  const seen = new Set<unknown>()
  let current: unknown = error
  for (let i = 0; i < 10 && current && typeof current === 'object' && !seen.has(current); i++) {
    seen.add(current)
    const e = current as Record<string, unknown>
    parts.push(String(e.message), String(e.stack))
    try {
      parts.push(JSON.stringify(e, Object.getOwnPropertyNames(e)))
    } catch {
      // circular: inspect above covers it
    }
    current = e.cause
  }
  return parts.join('\n')
}

// ---- the action, run as the runner runs it, with a bound ---------------------------------------

export interface Run extends ActionRun {
  ms: number
  /** The first `::error::` line, without the command, or ''. */
  error: string
}

/** The built action; FAULTS_DIST points the suite at another build (e.g. one made elsewhere with ncc). */
const DIST = process.env.FAULTS_DIST || new URL('../dist/index.js', import.meta.url).pathname
const ACTION_YML = new URL('../action.yml', import.meta.url)

/** action.yml as it is now (another engineer may be adding inputs while the suite runs). */
export function actionInputs(): Record<string, unknown> {
  return (parse(readFileSync(ACTION_YML, 'utf8')) as { inputs: Record<string, unknown> }).inputs
}

let distSource: { mtimeMs: number; text: string } | undefined

/** Whether the built action contains `text` (dist/ may lag behind src/ and action.yml while someone rebuilds it). */
export function distContains(text: string): boolean {
  try {
    const { mtimeMs } = statSync(DIST)
    if (distSource?.mtimeMs !== mtimeMs) distSource = { mtimeMs, text: readFileSync(DIST, 'utf8') }
    return distSource.text.includes(text)
  } catch {
    return false
  }
}

/** Whether the built action reads input `name` at all. */
export function distReadsInput(name: string): boolean {
  return distContains(`'${name}'`) || distContains(`"${name}"`)
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

/** dist/index.js may be being rebuilt by someone else: wait (bounded) until it is there and stable. */
export async function waitForDist(maxMs = 30_000): Promise<void> {
  const deadline = Date.now() + maxMs
  for (;;) {
    try {
      const a = statSync(DIST)
      await sleep(300)
      const b = statSync(DIST)
      if (a.size > 0 && a.size === b.size && a.mtimeMs === b.mtimeMs) return
    } catch {
      // missing for now
    }
    if (Date.now() > deadline) throw new Error(`dist/index.js did not appear within ${maxMs / 1000} s`)
    await sleep(1000)
  }
}

function firstError(stdout: string): string {
  const line = stdout.split('\n').find((l) => l.startsWith('::error'))
  if (!line) return ''
  return line
    .replace(/^::error[^:]*::/, '')
    .replace(/%0A/g, '\n')
    .replace(/%0D/g, '\r')
    .replace(/%25/g, '%')
}

/**
 * runAction (test-servers/actions-runner.ts) on the suite's build, killed after `timeoutMs` or on
 * `signal`, timed, tried again when dist/index.js was being rewritten and failed to load.
 */
export async function runActionBounded(
  inputs: Record<string, string>,
  github: GitHubContext,
  options: { timeoutMs: number; signal: AbortSignal }
): Promise<Run> {
  for (let attempt = 1; ; attempt++) {
    const started = Date.now()
    const run = await runAction(inputs, github, { ...options, dist: DIST })
    // A dist/ that is being rewritten fails to load; that is not the action's behaviour.
    const loadFailure =
      run.exitCode !== 0 &&
      run.stdout === '' &&
      /Cannot find module|SyntaxError|Unexpected end of input/.test(run.stderr)
    if (!loadFailure || attempt >= 3 || options.signal.aborted)
      return { ...run, ms: Date.now() - started, error: firstError(run.stdout) }
    await waitForDist()
  }
}

// ---- one case's world -----------------------------------------------------------------------

export const pretty = (doc: unknown) => `${JSON.stringify(doc, null, 2)}\n`
export const DIR = 'Postman collections'

export class CaseEnv {
  readonly runs: Run[] = []
  /** Thrown values and log lines of library-level calls, scanned for secrets. */
  readonly thrown: unknown[] = []
  readonly logs: string[] = []
  private repoCount = 0
  private readonly uids = new Map<string, string>()

  constructor(
    readonly postman: PostmanServer,
    readonly github: GitHubServer,
    readonly signal: AbortSignal,
    readonly slug: string
  ) {}

  static async start(slug: string, signal: AbortSignal): Promise<CaseEnv> {
    // Generous call budgets (Postman per minute and per month, GitHub per hour): the suite provokes those
    // on purpose, never by accident. Every other real limit (tree size, secondary rate limit, file size,
    // Postman's list endpoints) stays at its default, as the action meets it on the real services.
    const { postman, github } = await startServers({
      apiKey: KEY,
      token: TOKEN,
      readToken: READ_TOKEN,
      postman: { rateLimit: { perWindow: 100_000, monthly: 10_000_000 } }
    })
    // The same two grants again, with the larger hourly budget.
    github.addToken(TOKEN, { repos: '*', permission: 'write', rateLimit: 100_000 })
    github.addToken(READ_TOKEN, { repos: '*', permission: 'read', rateLimit: 100_000 })
    github.addToken(OTHER_TOKEN, { repos: ['faults/elsewhere'], permission: 'write', rateLimit: 100_000 })
    return new CaseEnv(postman, github, signal, slug)
  }

  async close(): Promise<void> {
    await Promise.allSettled([this.postman.close(), this.github.close()])
  }

  /** A new repository (one README commit unless `empty`). */
  async repo(
    options: { empty?: boolean; private?: boolean; files?: Record<string, string | Buffer>; name?: string } = {}
  ): Promise<string> {
    const name = options.name ?? `faults/${this.slug}-${++this.repoCount}`
    await this.github.createRepo(name, {
      private: options.private,
      ...(options.empty ? {} : { files: options.files ?? { 'README.md': '# backups\n' } })
    })
    return name
  }

  /** Adds a collection; returns its ids and the document GET serves (without the envelope). */
  collection(doc: object): { id: string; uid: string; served: () => unknown } {
    const { id, uid } = this.postman.addCollection(doc)
    this.uids.set(id, uid)
    return { id, uid, served: () => this.postman.readCollection(id) }
  }

  /** GET /collections/{id or uid} of collection `id`: the action may fetch by either. */
  private collectionPath(id: string): RegExp {
    return new RegExp(`^/collections/(${id}|${this.uids.get(id) ?? id})$`)
  }

  /** A fault on fetching collection `id` (by ID or UID). */
  pmFault(id: string, fault: Fault, times = 1): void {
    this.postman.faults.add({ method: 'GET', path: this.collectionPath(id), fault, times })
  }

  /** Runs dist/index.js against this case's servers. */
  async run(
    repository: string,
    inputs: Record<string, string>,
    options: { token?: string; timeoutMs?: number } = {}
  ): Promise<Run> {
    const run = await runActionBounded(
      { 'postman-api-key': KEY, 'postman-api-url': this.postman.url, ...inputs },
      { repository, token: options.token ?? TOKEN, api_url: this.github.url },
      { timeoutMs: options.timeoutMs ?? 90_000, signal: this.signal }
    )
    this.runs.push(run)
    return run
  }

  /**
   * backupCollection (the library, not the built action) of `collection` to `repo` on this case's
   * servers, its log lines kept (captureLogger) and a thrown value kept for the leak scan.
   * `options` go on top, e.g. short retries.
   */
  async backupWithLibrary(
    repo: string,
    collection: string,
    options: Partial<BackupCollectionOptions> = {}
  ): Promise<LibraryOutcome> {
    // Imported when a case needs it: src/ may be mid-edit while the suite runs the built action.
    const { backupCollection } = await import('../src/index.js')
    try {
      const result = await backupCollection({
        postmanApiKey: KEY,
        postmanApiUrl: this.postman.url,
        collection,
        repository: repo,
        githubToken: TOKEN,
        githubApiUrl: this.github.url,
        logger: captureLogger(this),
        ...options
      })
      return { ok: true, result }
    } catch (error) {
      this.thrown.push(error)
      return { ok: false, error }
    }
  }

  // ---- git state ----

  async head(repo: string, branch = 'main'): Promise<string | null> {
    try {
      return (await this.github.git(repo, 'rev-parse', '--verify', '-q', `refs/heads/${branch}`)).trim() || null
    } catch {
      return null
    }
  }

  async commits(repo: string, branch = 'main', path?: string): Promise<number> {
    try {
      const args = ['rev-list', '--count', `refs/heads/${branch}`, ...(path ? ['--', path] : [])]
      return Number((await this.github.git(repo, ...args)).trim())
    } catch {
      return 0
    }
  }

  async file(repo: string, path: string, branch = 'main'): Promise<string | null> {
    try {
      return await this.github.git(repo, 'show', `refs/heads/${branch}:${path}`)
    } catch {
      return null
    }
  }

  async tree(repo: string, branch = 'main'): Promise<string[]> {
    try {
      return (await this.github.git(repo, 'ls-tree', '-r', '--name-only', '-z', `refs/heads/${branch}`))
        .split('\0')
        .filter(Boolean)
    } catch {
      return []
    }
  }

  // ---- recorded requests ----

  ghRequests(repo?: string): RecordedRequest[] {
    return repo === undefined
      ? this.github.requests
      : this.github.requests.filter((r) => r.path === `/repos/${repo}` || r.path.startsWith(`/repos/${repo}/`))
  }

  /** Requests that would write (anything but GET/HEAD). */
  ghWrites(repo?: string): RecordedRequest[] {
    return this.ghRequests(repo).filter((r) => r.method !== 'GET' && r.method !== 'HEAD')
  }

  pmStatuses(id: string): number[] {
    const path = this.collectionPath(id)
    return this.postman.requests.filter((r) => path.test(r.path)).map((r) => r.status)
  }

  ghStatuses(repo: string, method: string, kind: 'repo' | 'contents' | 'ref'): number[] {
    const base = `/repos/${repo}`
    return this.ghRequests(repo)
      .filter(
        (r) =>
          r.method === method &&
          (kind === 'repo'
            ? r.path === base
            : kind === 'contents'
              ? r.path.startsWith(`${base}/contents/`)
              : r.path.startsWith(`${base}/git/ref`))
      )
      .map((r) => r.status)
  }

  /** Secrets found in every run's output, thrown value and log line of this case. */
  leaks(): string[] {
    return [
      ...this.runs.flatMap(runLeaks),
      ...this.thrown.flatMap((e) => findLeaks(describeThrown(e), 'thrown error')),
      ...this.logs.flatMap((l) => findLeaks(l, 'library log'))
    ]
  }
}

export type LibraryOutcome = { ok: true; result: BackupResult } | { ok: false; error: unknown }

/** A library logger that keeps every line for the leak scan. */
export function captureLogger(env: CaseEnv) {
  const keep = (level: string) => (message: string) => {
    env.logs.push(`${level}: ${message}`)
  }
  return { debug: keep('debug'), info: keep('info'), warn: keep('warn'), error: keep('error') }
}

// ---- checks -------------------------------------------------------------------------------

export type Verdict = boolean | 'skipped'

export interface Outcome {
  observed: string
  pass: Verdict
}

/** Collects failed expectations; the observed text is built from notes, failures appended. */
export class Checks {
  readonly failures: string[] = []
  readonly notes: string[] = []

  note(text: string): this {
    this.notes.push(text)
    return this
  }

  ok(condition: boolean, failure: string): boolean {
    if (!condition) this.failures.push(failure)
    return condition
  }

  eq<T>(actual: T, expected: T, what: string): boolean {
    return this.ok(Object.is(actual, expected), `${what} ${fmt(actual)}, expected ${fmt(expected)}`)
  }

  match(text: string, pattern: RegExp, what: string): boolean {
    return this.ok(pattern.test(text), `${what} ${fmt(clip(text, 140))} does not match ${pattern}`)
  }

  outcome(): Outcome {
    const observed = this.notes.join('; ')
    if (this.failures.length === 0) return { observed, pass: true }
    return { observed: `${observed}${observed ? ' — ' : ''}FAILED: ${this.failures.join('; ')}`, pass: false }
  }
}

export function fmt(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value) : String(value)
}

export function clip(text: string, max = 110): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat
}

export const statuses = (list: number[]) =>
  `[${list.map((s) => (s === -1 ? 'drop' : s === 0 ? '…' : String(s))).join(',')}]`

// ---- cases, pool, table ----------------------------------------------------------------------

export interface Case {
  /** Group/name, e.g. "transient/pm 503". */
  name: string
  expected: string
  /** Whole-case bound (default 60 s). */
  timeoutMs?: number
  /** Takes 10 s or more (backoff, stalls, big documents): started first, so the pool ends together. */
  slow?: boolean
  /** Returns 'skip: reason' to skip before any server starts. */
  skip?: () => string | undefined
  run(env: CaseEnv, c: Checks): Promise<void>
}

export interface Row {
  name: string
  expected: string
  observed: string
  pass: Verdict
  ms: number
  leaks: string[]
  runs: number
  thrown: number
}

export async function runCase(testCase: Case, index: number): Promise<Row> {
  const started = Date.now()
  const base = { name: testCase.name, expected: testCase.expected, leaks: [] as string[], runs: 0, thrown: 0 }
  // A skip decision reads dist/index.js: not while someone is rebuilding it.
  if (testCase.skip && !existsSync(DIST)) await waitForDist().catch(() => undefined)
  const skip = testCase.skip?.()
  if (skip) return { ...base, observed: skip, pass: 'skipped', ms: 0 }
  const controller = new AbortController()
  const timeoutMs = testCase.timeoutMs ?? 60_000
  let env: CaseEnv | undefined
  const c = new Checks()
  let timer: NodeJS.Timeout | undefined
  try {
    env = await CaseEnv.start(`c${index + 1}`, controller.signal)
    const work = testCase.run(env, c).then(
      () => 'done' as const,
      (error: unknown) => {
        c.ok(false, `suite error: ${clip(error instanceof Error ? error.message : String(error), 200)}`)
        return 'done' as const
      }
    )
    const timeout = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), timeoutMs)
    })
    const result = await Promise.race([work, timeout])
    if (result === 'timeout') {
      controller.abort()
      c.ok(false, `case timed out after ${timeoutMs / 1000} s`)
      // Let the killed runs settle (bounded), so the servers close cleanly.
      await Promise.race([work, sleep(5000)])
    }
  } catch (error) {
    c.ok(false, `suite error: ${clip(error instanceof Error ? error.message : String(error), 200)}`)
  } finally {
    clearTimeout(timer)
  }
  const leaks = env ? env.leaks() : []
  c.ok(leaks.length === 0, `secret leaked: ${[...new Set(leaks)].join(', ')}`)
  const runs = env?.runs.length ?? 0
  const thrown = env?.thrown.length ?? 0
  await env?.close()
  const { observed, pass } = c.outcome()
  return { ...base, observed, pass, ms: Date.now() - started, leaks, runs, thrown }
}

/** Runs cases `concurrency` at a time, in order of the list; calls `onRow` as each finishes. */
export async function runPool(
  cases: Case[],
  concurrency: number,
  onRow: (row: Row, index: number) => void
): Promise<Row[]> {
  const rows: Row[] = new Array(cases.length)
  const order = cases
    .map((_, i) => i)
    .sort((a, b) => Number(cases[b].slow ?? false) - Number(cases[a].slow ?? false) || a - b)
  let next = 0
  const worker = async () => {
    while (next < order.length) {
      const i = order[next++]
      rows[i] = await runCase(cases[i], i)
      onRow(rows[i], i)
    }
  }
  await Promise.all(Array.from({ length: Math.min(concurrency, cases.length) }, worker))
  return rows
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim()

export function table(rows: Array<Pick<Row, 'name' | 'expected' | 'observed' | 'pass'>>): string {
  const lines = ['| case | expected | observed | pass |', '|---|---|---|---|']
  for (const r of rows) {
    const verdict = r.pass === 'skipped' ? 'skipped' : r.pass ? 'pass' : '**FAIL**'
    lines.push(`| ${cell(r.name)} | ${cell(r.expected)} | ${cell(r.observed)} | ${verdict} |`)
  }
  return lines.join('\n')
}
