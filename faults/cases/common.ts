// Assertions shared by the cases.
import type { Fault, RecordedRequest } from '../../test-servers/http-kit.js'
import { sampleCollection } from '../../test-servers/samples.js'
import { clip, DIR, pretty, statuses, type CaseEnv, type Checks, type Run } from '../harness.js'

export { sampleCollection }

export const fileOf = (name: string) => `${DIR}/${name}.postman_collection.json`

export interface Backed {
  id: string
  served: () => unknown
}

/**
 * The run succeeded and the branch holds exactly what Postman serves, as pretty JSON; one new
 * commit (or `commits` more than `before`); outputs agree with git.
 */
export async function expectBackedUp(
  env: CaseEnv,
  c: Checks,
  run: Run,
  repo: string,
  col: Backed,
  options: { path: string; before: number; commits?: number; branch?: string; changed?: 'true' | 'false' | 'any' }
): Promise<void> {
  const branch = options.branch ?? 'main'
  c.ok(
    run.exitCode === 0,
    `exit ${run.exitCode} (${run.timedOut ? 'timed out' : run.error || run.stderr.split('\n')[0] || 'no message'})`
  )
  const stored = await env.file(repo, options.path, branch)
  const expected = pretty(col.served())
  if (stored === null) c.ok(false, `${options.path} is not on ${branch}`)
  else
    c.ok(
      Buffer.from(stored, 'utf8').equals(Buffer.from(expected, 'utf8')),
      `stored file (${Buffer.byteLength(stored)} B) differs from the served document (${Buffer.byteLength(expected)} B)`
    )
  const after = await env.commits(repo, branch)
  c.eq(after - options.before, options.commits ?? 1, 'new commits')
  const changed = options.changed ?? 'true'
  if (changed !== 'any') c.eq(run.outputs.changed, changed, 'output changed')
  if (run.outputs.changed === 'true' && run.exitCode === 0)
    c.eq(run.outputs['commit-sha'], (await env.head(repo, branch)) ?? '', 'output commit-sha vs branch head')
  if (run.exitCode === 0) c.eq(run.outputs['file-path'], options.path, 'output file-path')
}

/** The run failed and the branch did not move (the git repository is the judge, not the answers). */
export async function expectNothingWritten(
  env: CaseEnv,
  c: Checks,
  run: Run,
  repo: string,
  headBefore: string | null,
  branch = 'main'
): Promise<void> {
  c.eq(run.exitCode, 1, 'exit')
  c.ok(!run.timedOut, 'run timed out')
  const head = await env.head(repo, branch)
  c.ok(
    head === headBefore,
    `${branch} moved to ${head?.slice(0, 7)} (a commit was written) although the run ${run.exitCode === 0 ? 'succeeded' : 'failed'}`
  )
}

/** Short text for the observed column. */
export function exitNote(run: Run): string {
  const secs = (run.ms / 1000).toFixed(1)
  if (run.timedOut) return `killed after ${secs} s`
  return `exit ${run.exitCode} in ${secs} s`
}

// ---- someone else pushing -------------------------------------------------------------------

export interface Pusher {
  /** How many pushes were made (each just before one of our ref updates). */
  readonly count: number
  /** The first push's commit, once made. */
  readonly first: string | undefined
  /** No more pushes. */
  stop(): void
}

/**
 * Someone else pushes to main of `repo` just before each of our ref updates (PUT contents or
 * PATCH git/refs), `times` times at the most: the `n`th push (from 1) commits `push(n)`. Stop it
 * once the run is over.
 */
export function pushBeforeRefUpdates(
  env: CaseEnv,
  repo: string,
  times: number,
  push: (n: number) => { files: Record<string, string>; message: string }
): Pusher {
  let count = 0
  let first: string | undefined
  env.github.hooks.beforeRefUpdate = async (update) => {
    if (update.repository !== repo || count >= times) return
    const { files, message } = push(++count)
    const sha = await env.github.pushCommit(repo, 'main', files, message)
    first ??= sha
  }
  return {
    get count() {
      return count
    },
    get first() {
      return first
    },
    stop: () => {
      env.github.hooks.beforeRefUpdate = undefined
    }
  }
}

/** One push of notes.txt ("kept") before our first ref update. */
export const pushOnce = (env: CaseEnv, repo: string) =>
  pushBeforeRefUpdates(env, repo, 1, () => ({ files: { 'notes.txt': 'kept\n' }, message: 'Pushed by someone else' }))

/** A push of notes.txt ("push n") before every ref update: the branch never holds still. */
export const pushAlways = (env: CaseEnv, repo: string) =>
  pushBeforeRefUpdates(env, repo, 10, (n) => ({ files: { 'notes.txt': `push ${n}\n` }, message: `Push ${n}` }))

// ---- where GitHub faults go, whichever way the action reads and writes ------------------------
// The action reads with GET repository + GET contents (contents API) or GET branch + GET git/trees
// (Git Data API), and moves the branch with PUT contents or PATCH git/refs. A fault "on the
// write" is put on both; only the one the built action uses ever fires.

export type Target = 'GET repo' | 'file read' | 'write'

/** `s` matched literally inside a RegExp. */
export const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

function rulesOf(repo: string, target: Target): Array<{ method: string; path: string | RegExp }> {
  const base = `/repos/${repo}`
  if (target === 'GET repo') return [{ method: 'GET', path: base }]
  if (target === 'file read') return [{ method: 'GET', path: new RegExp(`^${escape(base)}/(contents/|git/trees/)`) }]
  return [
    { method: 'PUT', path: new RegExp(`^${escape(base)}/contents/`) },
    { method: 'PATCH', path: new RegExp(`^${escape(base)}/git/refs/`) }
  ]
}

export function faultOn(env: CaseEnv, repo: string, target: Target, fault: Fault, times = 1): void {
  for (const rule of rulesOf(repo, target)) env.github.faults.add({ ...rule, fault, times })
}

/** The recorded requests of `target`, in order. */
export function targetRequests(env: CaseEnv, repo: string, target: Target): RecordedRequest[] {
  const rules = rulesOf(repo, target)
  return env
    .ghRequests(repo)
    .filter((r) =>
      rules.some(
        (rule) =>
          rule.method === r.method && (typeof rule.path === 'string' ? rule.path === r.path : rule.path.test(r.path))
      )
    )
}

export function targetStatuses(env: CaseEnv, repo: string, target: Target): number[] {
  return targetRequests(env, repo, target).map((r) => r.status)
}

/** "PUT contents" / "PATCH git/refs": what the write requests were. */
export function describeWrites(env: CaseEnv, repo: string): string {
  const writes = targetRequests(env, repo, 'write')
  if (writes.length === 0) return 'no write'
  const kind = writes[0].method === 'PUT' ? 'PUT contents' : 'PATCH ref'
  return `${kind} ${statuses(writes.map((w) => w.status))}`
}

/** Every path outside the backup directory and README.md, and whether `path` is there. */
export async function treeProblems(env: CaseEnv, repo: string, paths: string[], branch = 'main'): Promise<string[]> {
  const tree = await env.tree(repo, branch)
  const problems: string[] = []
  for (const p of paths) if (!tree.includes(p)) problems.push(`${clip(p, 60)} missing from the tree`)
  for (const p of tree)
    if (p !== 'README.md' && !p.startsWith(`${DIR}/`)) problems.push(`unexpected file ${JSON.stringify(clip(p, 60))}`)
  return problems
}
