// Several collections in one run: one commit made with the Git Data API (GET branch, GET tree,
// POST tree, POST commit, PATCH ref).
import type { Fault } from '../../test-servers/http-kit.js'
import { clip, pretty, statuses, type Case, type CaseEnv, type Checks, type Run } from '../harness.js'
import { escape, exitNote, expectNothingWritten, fileOf, pushAlways, pushOnce, sampleCollection } from './common.js'

type Step = 'GET branch' | 'GET tree' | 'POST tree' | 'POST commit' | 'PATCH ref'

function ruleOf(repo: string, step: Step): { method: string; path: RegExp } {
  const base = `^${escape(`/repos/${repo}`)}`
  switch (step) {
    case 'GET branch':
      return { method: 'GET', path: new RegExp(`${base}/branches/`) }
    case 'GET tree':
      return { method: 'GET', path: new RegExp(`${base}/git/trees/`) }
    case 'POST tree':
      return { method: 'POST', path: new RegExp(`${base}/git/trees$`) }
    case 'POST commit':
      return { method: 'POST', path: new RegExp(`${base}/git/commits$`) }
    case 'PATCH ref':
      return { method: 'PATCH', path: new RegExp(`${base}/git/refs/`) }
  }
}

function stepStatuses(env: CaseEnv, repo: string, step: Step): number[] {
  const rule = ruleOf(repo, step)
  return env
    .ghRequests(repo)
    .filter((r) => r.method === rule.method && rule.path.test(r.path))
    .map((r) => r.status)
}

interface Col {
  id: string
  name: string
  served: () => unknown
}

function two(env: CaseEnv): [Col, Col] {
  const a = env.collection(sampleCollection('Orders API', 3))
  const b = env.collection(sampleCollection('Users API', 4))
  return [
    { ...a, name: 'Orders API' },
    { ...b, name: 'Users API' }
  ]
}

const list = (cols: Col[]) => cols.map((c) => c.id).join('\n')

async function expectAllBackedUp(
  env: CaseEnv,
  c: Checks,
  run: Run,
  repo: string,
  cols: Col[],
  before: number,
  commits = 1
): Promise<void> {
  c.ok(run.exitCode === 0, `exit ${run.exitCode} (${run.timedOut ? 'timed out' : run.error || 'no message'})`)
  for (const col of cols) {
    const stored = await env.file(repo, fileOf(col.name))
    c.ok(
      stored === pretty(col.served()),
      stored === null ? `${col.name} not on main` : `${col.name} differs from the served document`
    )
  }
  c.eq((await env.commits(repo)) - before, commits, 'new commits')
  if (run.exitCode === 0) {
    c.eq(run.outputs.changed, 'true', 'output changed')
    c.eq(run.outputs['commit-sha'], (await env.head(repo)) ?? '', 'output commit-sha vs branch head')
  }
}

interface StepFault {
  label: string
  step: Step
  fault: Fault
  faultStatus: number
  html?: boolean
}

const STEP_FAULTS: StepFault[] = [
  { label: '502 on POST git/trees', step: 'POST tree', fault: { kind: 'status', status: 502 }, faultStatus: 502 },
  { label: 'dropped connection on POST git/commits', step: 'POST commit', fault: { kind: 'drop' }, faultStatus: -1 },
  { label: '10 s stall on GET git/trees', step: 'GET tree', fault: { kind: 'delay', ms: 10_000 }, faultStatus: 200 },
  {
    label: 'truncated answer to PATCH ref (applied)',
    step: 'PATCH ref',
    fault: { kind: 'truncate' },
    faultStatus: 200
  },
  {
    label: 'HTML page (200) on PATCH ref (not applied)',
    step: 'PATCH ref',
    fault: { kind: 'html' },
    faultStatus: 200,
    html: true
  },
  { label: 'HTML page (200) on GET branch', step: 'GET branch', fault: { kind: 'html' }, faultStatus: 200, html: true }
]

function stepFault(spec: StepFault): Case {
  return {
    name: `multi/github ${spec.label}`,
    slow: spec.fault.kind === 'delay',
    expected: spec.html
      ? 'retried and backed up in 1 commit, or a clear failure with the branch unchanged; never a reported commit that is not on the branch'
      : spec.fault.kind === 'delay'
        ? 'waits out the stall (under the 30 s timeout): both files byte-identical, 1 commit, outputs name it'
        : 'retried within bounds: both files byte-identical, 1 commit, outputs name it',
    async run(env, c) {
      const repo = await env.repo()
      const cols = two(env)
      env.github.faults.add({ ...ruleOf(repo, spec.step), fault: spec.fault })
      const before = await env.commits(repo)
      const head = await env.head(repo)
      const run = await env.run(repo, { collection: list(cols) })
      const seen = stepStatuses(env, repo, spec.step)
      c.note(`${exitNote(run)}; ${spec.step} ${statuses(seen)}; changed=${run.outputs.changed ?? ''}`)
      if (run.exitCode !== 0) c.note(`"${clip(run.error, 120)}"`)
      c.eq(seen[0], spec.faultStatus, `status of the first ${spec.step}`)
      if (spec.html && run.exitCode !== 0) {
        await expectNothingWritten(env, c, run, repo, head)
        c.match(run.error, /HTML|not JSON|non-JSON|unexpected answer|github-api-url/i, 'error')
        return
      }
      await expectAllBackedUp(env, c, run, repo, cols, before)
    }
  }
}

function conflicts(): Case[] {
  return [
    {
      name: 'multi/conflict a push lands during the ref update (non-fast-forward)',
      expected:
        'PATCH ref refused (422), branch re-read, commit rebuilt on theirs: both files byte-identical, their file kept, 1 backup commit',
      async run(env, c) {
        const repo = await env.repo()
        const cols = two(env)
        const pusher = pushOnce(env, repo)
        const before = await env.commits(repo)
        const run = await env.run(repo, { collection: list(cols) })
        pusher.stop()
        const theirs = pusher.first
        c.note(`${exitNote(run)}; PATCH ref ${statuses(stepStatuses(env, repo, 'PATCH ref'))}`)
        await expectAllBackedUp(env, c, run, repo, cols, before, 2)
        c.eq(await env.file(repo, 'notes.txt'), 'kept\n', 'their file')
        if (theirs) c.eq((await env.github.git(repo, 'rev-parse', 'main~1')).trim(), theirs, 'parent of our commit')
      }
    },
    {
      name: 'multi/conflict the branch moves on every ref update',
      slow: true,
      expected: 'gives up after 4 attempts with a clear message; their 4 commits kept; none of ours',
      async run(env, c) {
        const repo = await env.repo()
        const cols = two(env)
        const pusher = pushAlways(env, repo)
        const before = await env.commits(repo)
        const run = await env.run(repo, { collection: list(cols) })
        pusher.stop()
        const patches = stepStatuses(env, repo, 'PATCH ref')
        c.note(`${exitNote(run)}; PATCH ref ${statuses(patches)}; "${clip(run.error, 100)}"`)
        c.eq(run.exitCode, 1, 'exit')
        c.eq(patches.length, 4, 'ref update attempts')
        c.match(run.error, /kept moving|moved|409|422/i, 'error')
        c.eq(await env.commits(repo), before + pusher.count, 'commits (theirs only)')
        c.eq(await env.file(repo, fileOf('Orders API')), null, 'our file')
      }
    },
    {
      name: 'multi/conflict two runs at once with overlapping collections',
      expected: 'both exit 0; all 3 files byte-identical; no lost update; at most 2 backup commits',
      async run(env, c) {
        const repo = await env.repo()
        const [a, b] = two(env)
        const x = { ...env.collection(sampleCollection('Billing API', 2)), name: 'Billing API' }
        env.github.faults.latencyMs = 100
        const before = await env.commits(repo)
        const [r1, r2] = await Promise.all([
          env.run(repo, { collection: list([a, b]) }),
          env.run(repo, { collection: list([b, x]) })
        ])
        c.note(`exits ${r1.exitCode},${r2.exitCode}; PATCH ref ${statuses(stepStatuses(env, repo, 'PATCH ref'))}`)
        if (r1.exitCode !== 0) c.note(`1: "${clip(r1.error, 90)}"`)
        if (r2.exitCode !== 0) c.note(`2: "${clip(r2.error, 90)}"`)
        c.eq(r1.exitCode, 0, 'exit of run 1')
        c.eq(r2.exitCode, 0, 'exit of run 2')
        for (const col of [a, b, x])
          c.ok((await env.file(repo, fileOf(col.name))) === pretty(col.served()), `${col.name} missing or different`)
        const made = (await env.commits(repo)) - before
        c.ok(made >= 1 && made <= 2, `${made} backup commits`)
      }
    }
  ]
}

function postman(): Case[] {
  return [
    {
      name: 'multi/postman 503 once on one of two collections',
      expected: 'retried: both files byte-identical in 1 commit',
      async run(env, c) {
        const repo = await env.repo()
        const cols = two(env)
        env.pmFault(cols[1].id, { kind: 'status', status: 503 })
        const before = await env.commits(repo)
        const run = await env.run(repo, { collection: list(cols) })
        const seen = env.pmStatuses(cols[1].id)
        c.note(`${exitNote(run)}; Postman GET ${statuses(seen)}`)
        c.eq(seen[0], 503, 'status of the first fetch (the fault)')
        await expectAllBackedUp(env, c, run, repo, cols, before)
      }
    },
    {
      name: 'multi/postman HTML page (200) on every attempt for one of two collections',
      slow: true,
      expected:
        'exit 1 naming the failed collection; the HTML never becomes a file; the other collection is committed (no document held hostage)',
      async run(env, c) {
        const repo = await env.repo()
        const cols = two(env)
        env.pmFault(cols[1].id, { kind: 'html' }, Infinity)
        const run = await env.run(repo, { collection: list(cols) })
        const seen = env.pmStatuses(cols[1].id)
        c.note(`${exitNote(run)}; Postman GET ${statuses(seen)}; "${clip(run.error, 120)}"`)
        c.ok(seen.length >= 2, `the HTML answer was fetched ${seen.length} time(s), not retried`)
        c.eq(run.exitCode, 1, 'exit')
        c.ok(
          (await env.file(repo, fileOf(cols[0].name))) === pretty(cols[0].served()),
          'the good collection is on main'
        )
        c.eq(await env.file(repo, fileOf(cols[1].name)), null, 'no file for the failed collection')
        c.match(run.error, new RegExp(`${cols[1].id}|Users API`), 'error (names the collection)')
        c.match(run.error, /HTML/, 'error (says what came back)')
      }
    }
  ]
}

export function multiCases(): Case[] {
  return [...STEP_FAULTS.map(stepFault), ...conflicts(), ...postman()]
}
