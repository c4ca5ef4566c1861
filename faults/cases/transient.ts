// Transient faults on both APIs: each is injected once (the fault is recorded, then the retry
// succeeds) or persistently (the run fails with a clear message and nothing is written).
import { secondaryRateLimit } from '../../test-servers/github/server.js'
import type { Fault } from '../../test-servers/http-kit.js'
import { rateLimited, serviceLimitExhausted } from '../../test-servers/postman/server.js'
import { captureLogger, clip, pretty, statuses, TOKEN, type Case, type CaseEnv, type Checks } from '../harness.js'
import {
  describeWrites,
  exitNote,
  expectBackedUp,
  expectNothingWritten,
  faultOn,
  fileOf,
  sampleCollection,
  targetRequests,
  targetStatuses,
  type Target
} from './common.js'

interface Once {
  label: string
  fault: Fault
  /** The recorded statuses of the faulty request, then the good one (0 = still open when cut). */
  faultStatus: number
  /** Minimum run time the fault implies (Retry-After, stall), ms. */
  minMs?: number
}

const STALL_MS = 10_000

const ONCE: Once[] = [
  { label: '429 Retry-After 2 s', fault: rateLimited(2), faultStatus: 429, minMs: 2000 },
  { label: '500', fault: { kind: 'status', status: 500 }, faultStatus: 500 },
  { label: '502', fault: { kind: 'status', status: 502 }, faultStatus: 502 },
  { label: '503', fault: { kind: 'status', status: 503 }, faultStatus: 503 },
  { label: 'dropped connection', fault: { kind: 'drop' }, faultStatus: -1 },
  { label: '10 s stall', fault: { kind: 'delay', ms: STALL_MS }, faultStatus: 200, minMs: STALL_MS },
  { label: 'truncated JSON body', fault: { kind: 'truncate' }, faultStatus: 200 },
  { label: 'HTML error page, status 200', fault: { kind: 'html' }, faultStatus: 200 }
]

// ---- Postman --------------------------------------------------------------------------------

function postmanOnce(spec: Once): Case {
  const stall = spec.fault.kind === 'delay'
  return {
    name: `transient/postman ${spec.label}`,
    slow: stall,
    expected: stall
      ? 'waits out the stall (under the 30 s timeout), then backs up: file byte-identical, 1 commit'
      : 'retried once within bounds, then backed up: file byte-identical, 1 commit',
    async run(env, c) {
      const repo = await env.repo()
      const col = env.collection(sampleCollection('Orders API', 3))
      env.pmFault(col.id, spec.fault)
      const before = await env.commits(repo)
      const run = await env.run(repo, { collection: col.id })
      const seen = env.pmStatuses(col.id)
      c.note(`${exitNote(run)}; Postman GET ${statuses(seen)}`)
      await expectBackedUp(env, c, run, repo, col, { path: fileOf('Orders API'), before })
      if (stall) c.eq(seen.length, 1, 'Postman requests')
      else {
        c.eq(seen.length, 2, 'Postman requests (fault + retry)')
        c.eq(seen[0], spec.faultStatus, 'status of the faulty request')
      }
      if (spec.minMs)
        c.ok(run.ms >= spec.minMs, `finished in ${run.ms} ms, before the ${spec.minMs} ms the fault asks for`)
      c.ok(run.ms < 40_000, `took ${run.ms} ms`)
    }
  }
}

interface Persistent {
  label: string
  fault: Fault
  expected: string
  attempts: number
  message: RegExp
  maxMs: number
}

const POSTMAN_PERSISTENT: Persistent[] = [
  {
    label: '503 on every attempt',
    fault: { kind: 'status', status: 503 },
    expected: 'gives up after 5 attempts (~15 s of backoff) with a clear message; nothing written',
    attempts: 5,
    message: /Postman API GET \/collections\/\S+ failed after 5 attempts: HTTP 503.*try again later/,
    maxMs: 30_000
  },
  {
    label: 'HTML page (200) on every attempt',
    fault: { kind: 'html' },
    expected: 'gives up after 5 attempts, message says HTML page; never written as a backup',
    attempts: 5,
    message: /failed after 5 attempts: answered 200 with an HTML page/,
    maxMs: 30_000
  },
  {
    label: 'truncated body on every attempt',
    fault: { kind: 'truncate' },
    expected: 'gives up after 5 attempts with a clear message; never written as a backup',
    attempts: 5,
    message: /failed after 5 attempts: .*(truncated|non-JSON|aborted|terminated|ECONNRESET)/i,
    maxMs: 30_000
  },
  {
    label: '429 Retry-After 600 s',
    fault: rateLimited(600),
    expected: 'fails at once (will not wait 10 min), message says wait 600 s; nothing written',
    attempts: 1,
    message: /wait 600 s .*longer than we wait/,
    maxMs: 10_000
  },
  {
    label: '429 serviceLimitExhausted',
    fault: serviceLimitExhausted(),
    expected: 'no retry (monthly quota); message says the usage limit is spent; nothing written',
    attempts: 1,
    message: /usage limit for this month is spent/,
    maxMs: 10_000
  }
]

function postmanPersistent(spec: Persistent): Case {
  return {
    name: `transient/postman ${spec.label}`,
    slow: spec.attempts > 1,
    expected: spec.expected,
    async run(env, c) {
      const repo = await env.repo({ files: { 'README.md': 'x\n', [fileOf('Orders API')]: '{"previous": "backup"}\n' } })
      const col = env.collection(sampleCollection('Orders API', 3))
      env.pmFault(col.id, spec.fault, Infinity)
      const head = await env.head(repo)
      const run = await env.run(repo, { collection: col.id })
      const seen = env.pmStatuses(col.id)
      c.note(`${exitNote(run)}; Postman GET ${statuses(seen)}; "${clip(run.error, 120)}"`)
      await expectNothingWritten(env, c, run, repo, head)
      c.eq(seen.length, spec.attempts, 'Postman attempts')
      c.match(run.error, spec.message, 'error')
      c.eq(env.ghRequests(repo).length, 0, 'GitHub requests')
      c.eq(await env.file(repo, fileOf('Orders API')), '{"previous": "backup"}\n', 'previous backup')
      c.ok(run.ms < spec.maxMs, `took ${run.ms} ms (bound ${spec.maxMs})`)
    }
  }
}

// ---- GitHub ---------------------------------------------------------------------------------

interface GitHubOnce {
  label: string
  target: Target
  fault: Fault
  faultStatus: number
  minMs?: number
  /** The write was applied but its answer lost: the retry finds the file already there. */
  writeApplied?: boolean
}

const GITHUB_ONCE: GitHubOnce[] = [
  {
    label: '429 secondary limit, Retry-After 2 s',
    target: 'write',
    fault: secondaryRateLimit(2, 429),
    faultStatus: 429,
    minMs: 2000
  },
  {
    label: '403 secondary limit, Retry-After 1 s',
    target: 'file read',
    fault: secondaryRateLimit(1, 403),
    faultStatus: 403,
    minMs: 1000
  },
  { label: '500', target: 'write', fault: { kind: 'status', status: 500 }, faultStatus: 500 },
  { label: '502', target: 'GET repo', fault: { kind: 'status', status: 502 }, faultStatus: 502 },
  { label: '503', target: 'write', fault: { kind: 'status', status: 503 }, faultStatus: 503 },
  { label: 'dropped connection', target: 'write', fault: { kind: 'drop' }, faultStatus: -1 },
  { label: 'dropped connection', target: 'file read', fault: { kind: 'drop' }, faultStatus: -1 },
  { label: '10 s stall', target: 'write', fault: { kind: 'delay', ms: STALL_MS }, faultStatus: 200, minMs: STALL_MS },
  { label: 'truncated JSON body', target: 'GET repo', fault: { kind: 'truncate' }, faultStatus: 200 },
  { label: 'truncated JSON body', target: 'file read', fault: { kind: 'truncate' }, faultStatus: 200 },
  {
    label: 'truncated answer (write applied)',
    target: 'write',
    fault: { kind: 'truncate' },
    faultStatus: 200,
    writeApplied: true
  },
  { label: 'HTML error page, status 200', target: 'GET repo', fault: { kind: 'html' }, faultStatus: 200 },
  { label: 'HTML error page, status 200', target: 'file read', fault: { kind: 'html' }, faultStatus: 200 },
  { label: 'HTML error page, status 200', target: 'write', fault: { kind: 'html' }, faultStatus: 200 }
]

function githubOnce(spec: GitHubOnce): Case {
  const html = spec.fault.kind === 'html'
  const stall = spec.fault.kind === 'delay'
  return {
    slow: stall,
    name: `transient/github ${spec.label} on the ${spec.target === 'GET repo' ? 'repository read' : spec.target}`,
    expected: spec.writeApplied
      ? 'retry finds the write applied: file byte-identical, exactly 1 commit, outputs report that commit (changed=true)'
      : stall
        ? 'waits out the stall (under the 30 s timeout): file byte-identical, 1 commit'
        : html
          ? 'retried and backed up (1 commit), or fails with a message naming the bad answer; never a wrong write or a false success'
          : 'retried within bounds, then backed up: file byte-identical, 1 commit',
    async run(env, c) {
      const path = fileOf('Orders API')
      // An older backup is there, so the file read answers 200 with the sha we need.
      const repo = await env.repo({ files: { 'README.md': 'x\n', [path]: '{"older": "backup"}\n' } })
      const col = env.collection(sampleCollection('Orders API', 3))
      faultOn(env, repo, spec.target, spec.fault)
      const before = await env.commits(repo)
      const head = await env.head(repo)
      const run = await env.run(repo, { collection: col.id })
      const hit = targetRequests(env, repo, spec.target)
      const label =
        spec.target === 'write'
          ? describeWrites(env, repo)
          : `${hit[0] ? `${hit[0].method} ${hit[0].path.split('/').slice(4, 6).join('/') || 'repo'}` : spec.target} ${statuses(hit.map((r) => r.status))}`
      c.note(`${exitNote(run)}; ${label}`)
      if (run.exitCode !== 0) c.note(`"${clip(run.error, 150)}"`)
      else
        c.note(
          `changed=${run.outputs.changed}, commit-sha=${run.outputs['commit-sha'] ? run.outputs['commit-sha'].slice(0, 7) : '(empty)'}; ${(await env.commits(repo)) - before} new commit(s)`
        )
      c.eq(hit[0]?.status, spec.faultStatus, `status of the first ${spec.target} request (the fault)`)
      if (html && run.exitCode !== 0) {
        // A clear failure is acceptable for an HTML page, if nothing was written and the message says what happened.
        await expectNothingWritten(env, c, run, repo, head)
        c.match(run.error, /HTML|not JSON|non-JSON|unexpected answer|github-api-url/i, 'error')
        c.ok(!/undefined/.test(run.error), 'the message shows "undefined" instead of saying what GitHub answered')
        return
      }
      await expectBackedUp(env, c, run, repo, col, { path, before })
      if (!stall) c.ok(hit.length >= 2, `the ${spec.target} request was not retried`)
      if (spec.minMs)
        c.ok(run.ms >= spec.minMs, `finished in ${run.ms} ms, before the ${spec.minMs} ms the fault asks for`)
      c.ok(run.ms < 40_000, `took ${run.ms} ms`)
    }
  }
}

const GITHUB_PERSISTENT: Array<Persistent & { target: Target }> = [
  {
    label: '503 on every write',
    target: 'write',
    fault: { kind: 'status', status: 503 },
    expected: 'gives up after 4 attempts (1+4+9 s) with a clear message; branch unchanged',
    attempts: 4,
    message: /GitHub API answered 503 while/,
    maxMs: 30_000
  },
  {
    label: 'dropped connection on every repository read',
    target: 'GET repo',
    fault: { kind: 'drop' },
    expected: 'gives up after 4 attempts with a message naming the GitHub API URL; nothing written',
    attempts: 4,
    message: /GitHub API at http:\/\/127\.0\.0\.1:\d+/,
    maxMs: 30_000
  }
]

function githubPersistent(spec: Persistent & { target: Target }): Case {
  return {
    name: `transient/github ${spec.label}`,
    slow: true,
    expected: spec.expected,
    async run(env, c) {
      const repo = await env.repo()
      const col = env.collection(sampleCollection('Orders API', 3))
      faultOn(env, repo, spec.target, spec.fault, Infinity)
      const head = await env.head(repo)
      const run = await env.run(repo, { collection: col.id })
      const seen = targetStatuses(env, repo, spec.target)
      c.note(`${exitNote(run)}; ${spec.target} ${statuses(seen)}; "${clip(run.error, 120)}"`)
      await expectNothingWritten(env, c, run, repo, head)
      c.eq(seen.length, spec.attempts, `${spec.target} attempts`)
      c.match(run.error, spec.message, 'error')
      c.ok(run.ms < spec.maxMs, `took ${run.ms} ms (bound ${spec.maxMs})`)
    }
  }
}

/** The request timeouts themselves, through the library with short timeouts (the action's are 30 s). */
function libraryTimeouts(): Case[] {
  return [
    {
      name: 'transient/postman request timeout (library, 1 s timeout, 10 s stall)',
      expected: 'the stalled request is aborted after 1 s and retried: backed up, 2 Postman requests, well under 10 s',
      async run(env, c) {
        const repo = await env.repo()
        const col = env.collection(sampleCollection('Orders API', 3))
        env.pmFault(col.id, { kind: 'delay', ms: STALL_MS })
        const before = await env.commits(repo)
        const started = Date.now()
        const outcome = await env.backupWithLibrary(repo, col.id, {
          postmanTimeoutMs: 1000,
          postmanRetry: { baseDelayMs: 100 }
        })
        if (outcome.ok) {
          const ms = Date.now() - started
          c.note(`resolved in ${(ms / 1000).toFixed(1)} s; Postman GET ${statuses(env.pmStatuses(col.id))}`)
          c.eq(outcome.result.changed, true, 'changed')
          c.ok(ms < STALL_MS, `took ${ms} ms`)
        } else c.ok(false, `threw ${clip(String(outcome.error), 150)}`)
        c.eq(env.pmStatuses(col.id).length, 2, 'Postman requests')
        c.eq(await env.commits(repo), before + 1, 'commits')
        await checkStored(env, c, repo, col)
      }
    },
    {
      name: 'transient/github request timeout (library, 1 s timeout, 10 s stall on the write)',
      expected: 'the stalled write is aborted after 1 s and retried: backed up once, well under 10 s',
      async run(env, c) {
        const { createOctokit } = await import('../../src/index.js')
        const repo = await env.repo()
        const col = env.collection(sampleCollection('Orders API', 3))
        faultOn(env, repo, 'write', { kind: 'delay', ms: STALL_MS })
        const before = await env.commits(repo)
        const logger = captureLogger(env)
        const started = Date.now()
        // The Octokit given is used instead of one made from githubToken.
        const octokit = createOctokit({ token: TOKEN, baseUrl: env.github.url, requestTimeout: 1000, logger })
        const outcome = await env.backupWithLibrary(repo, col.id, { octokit, logger })
        if (outcome.ok) {
          const ms = Date.now() - started
          c.note(
            `resolved in ${(ms / 1000).toFixed(1)} s; ${describeWrites(env, repo)}; changed=${outcome.result.changed}`
          )
          c.eq(outcome.result.changed, true, 'changed')
          c.ok(ms < STALL_MS, `took ${ms} ms`)
        } else c.ok(false, `threw ${clip(String(outcome.error), 150)}`)
        c.eq(await env.commits(repo), before + 1, 'commits')
        await checkStored(env, c, repo, col)
      }
    }
  ]
}

async function checkStored(env: CaseEnv, c: Checks, repo: string, col: { served: () => unknown }) {
  const stored = await env.file(repo, fileOf('Orders API'))
  c.ok(
    stored === pretty(col.served()),
    stored === null ? 'no backup file on main' : 'stored file differs from the served document'
  )
}

export function transientCases(): Case[] {
  return [
    ...ONCE.map(postmanOnce),
    ...POSTMAN_PERSISTENT.map(postmanPersistent),
    ...GITHUB_ONCE.map(githubOnce),
    ...GITHUB_PERSISTENT.map(githubPersistent),
    ...libraryTimeouts()
  ]
}
