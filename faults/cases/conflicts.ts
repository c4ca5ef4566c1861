// Conflicts: the branch moves between our read and our write, and two runs of the action on the
// same repository at the same time. Nothing may be lost, nothing written twice, and the branch
// must end with the newest content.
import { clip, pretty, sleep, statuses, type Case, type CaseEnv } from '../harness.js'
import {
  describeWrites,
  exitNote,
  expectBackedUp,
  faultOn,
  fileOf,
  pushAlways,
  pushOnce,
  sampleCollection,
  targetRequests,
  targetStatuses
} from './common.js'

/** Waits (bounded) until `predicate` holds; false on timeout. */
async function until(predicate: () => boolean, maxMs: number): Promise<boolean> {
  const deadline = Date.now() + maxMs
  while (!predicate()) {
    if (Date.now() > deadline) return false
    await sleep(20)
  }
  return true
}

/** While our write is held back, someone else pushes `files`; the write then meets the moved branch. */
function pushDuringWrite(env: CaseEnv, repo: string, files: Record<string, string>): Promise<string | undefined> {
  faultOn(env, repo, 'write', { kind: 'delay', ms: 1500 })
  return (async () => {
    const arrived = await until(() => targetRequests(env, repo, 'write').length > 0, 30_000)
    if (!arrived) return undefined
    return env.github.pushCommit(repo, 'main', files, 'Pushed by someone else')
  })()
}

function readThenWrite(): Case[] {
  return [
    {
      name: 'conflict/our file changed by someone else between our read and our write',
      expected:
        'write rejected (409/422), re-read, written again: their commit kept, our newest content on top, 1 backup commit',
      async run(env, c) {
        const path = fileOf('Orders API')
        const repo = await env.repo({ files: { 'README.md': 'x\n', [path]: '{"old": "backup"}\n' } })
        const col = env.collection(sampleCollection('Orders API', 3))
        const before = await env.commits(repo)
        const pushed = pushDuringWrite(env, repo, { [path]: '{"someone": "else"}\n', 'notes.txt': 'kept\n' })
        const run = await env.run(repo, { collection: col.id })
        const theirs = await pushed
        const writes = targetStatuses(env, repo, 'write')
        c.note(`${exitNote(run)}; ${describeWrites(env, repo)}`)
        c.ok(theirs !== undefined, 'the concurrent push did not happen')
        await expectBackedUp(env, c, run, repo, col, { path, before, commits: 2 })
        c.ok(
          writes[0] === 409 || writes[0] === 422,
          `first write answered ${writes[0]}, expected 409 or 422 (branch moved)`
        )
        c.eq(await env.file(repo, 'notes.txt'), 'kept\n', 'their other file')
        if (theirs)
          c.ok(
            await env.github.git(repo, 'merge-base', '--is-ancestor', theirs, 'main').then(
              () => true,
              () => false
            ),
            'their commit is not in main'
          )
        c.eq(await env.commits(repo, 'main', path), 3, 'commits touching the file (fixture, theirs, ours)')
      }
    },
    {
      name: 'conflict/a push lands while our write is in flight (non-fast-forward ref update)',
      expected:
        'ref update refused (409/422), re-read, written again: their commit kept as our parent, 1 backup commit',
      async run(env, c) {
        const path = fileOf('Orders API')
        const repo = await env.repo()
        const col = env.collection(sampleCollection('Orders API', 3))
        const before = await env.commits(repo)
        const pusher = pushOnce(env, repo)
        const run = await env.run(repo, { collection: col.id })
        pusher.stop()
        const theirs = pusher.first
        const writes = targetStatuses(env, repo, 'write')
        c.note(`${exitNote(run)}; ${describeWrites(env, repo)}`)
        await expectBackedUp(env, c, run, repo, col, { path, before, commits: 2 })
        c.ok(
          writes[0] === 409 || writes[0] === 422,
          `first write answered ${writes[0]}, expected 409 or 422 (branch moved)`
        )
        c.eq(await env.file(repo, 'notes.txt'), 'kept\n', 'their file')
        if (theirs) c.eq((await env.github.git(repo, 'rev-parse', 'main~1')).trim(), theirs, 'parent of our commit')
      }
    },
    {
      name: 'conflict/file created by someone else between our read (404) and our write',
      expected: 'write rejected (409/422), re-read, written on top of theirs: their commit kept, our content final',
      async run(env, c) {
        const path = fileOf('Orders API')
        const repo = await env.repo()
        const col = env.collection(sampleCollection('Orders API', 3))
        const before = await env.commits(repo)
        const pushed = pushDuringWrite(env, repo, { [path]: '{"someone": "else"}\n' })
        const run = await env.run(repo, { collection: col.id })
        await pushed
        const writes = targetStatuses(env, repo, 'write')
        c.note(`${exitNote(run)}; ${describeWrites(env, repo)}`)
        await expectBackedUp(env, c, run, repo, col, { path, before, commits: 2 })
        c.ok(writes[0] === 409 || writes[0] === 422, `first write answered ${writes[0]}, expected 409 or 422`)
      }
    },
    {
      name: 'conflict/branch moves on every write attempt',
      expected: 'gives up after 4 attempts with a clear message; all 4 of their commits kept; nothing of ours written',
      async run(env, c) {
        const path = fileOf('Orders API')
        const repo = await env.repo()
        const col = env.collection(sampleCollection('Orders API', 3))
        const pusher = pushAlways(env, repo)
        const before = await env.commits(repo)
        const run = await env.run(repo, { collection: col.id })
        pusher.stop()
        const pushes = pusher.count
        const writes = targetStatuses(env, repo, 'write')
        c.note(`${exitNote(run)}; ${describeWrites(env, repo)}; "${clip(run.error, 110)}"`)
        c.eq(run.exitCode, 1, 'exit')
        c.eq(writes.length, 4, 'write attempts')
        c.match(run.error, /409|changed|moved|conflict/i, 'error')
        c.eq(await env.commits(repo), before + pushes, 'commits (theirs only)')
        c.eq(await env.file(repo, path), null, 'our file')
        c.eq(await env.file(repo, 'notes.txt'), `push ${pushes}\n`, 'their latest file')
      }
    }
  ]
}

function twoRuns(): Case[] {
  return [
    {
      name: 'conflict/two runs at once, same collection, same repository',
      expected: 'both exit 0; file byte-identical; exactly 1 backup commit; exactly one run reports changed=true',
      async run(env, c) {
        const path = fileOf('Orders API')
        const repo = await env.repo()
        const col = env.collection(sampleCollection('Orders API', 3))
        // A little latency widens the window in which both runs are between read and write.
        env.github.faults.latencyMs = 100
        const before = await env.commits(repo)
        const [a, b] = await Promise.all([env.run(repo, { collection: col.id }), env.run(repo, { collection: col.id })])
        c.note(
          `exits ${a.exitCode},${b.exitCode}; changed ${a.outputs.changed},${b.outputs.changed}; ${describeWrites(env, repo)}`
        )
        c.eq(a.exitCode, 0, 'exit of run A')
        c.eq(b.exitCode, 0, 'exit of run B')
        const stored = await env.file(repo, path)
        c.ok(stored === pretty(col.served()), 'stored file differs from the served document')
        c.eq(await env.commits(repo), before + 1, 'commits')
        c.eq([a, b].filter((r) => r.outputs.changed === 'true').length, 1, 'runs reporting changed=true')
      }
    },
    {
      name: 'conflict/two runs at once, two collections, same repository',
      expected: 'both exit 0; both files byte-identical; exactly 2 backup commits; nothing lost',
      async run(env, c) {
        const repo = await env.repo()
        const orders = env.collection(sampleCollection('Orders API', 3))
        const users = env.collection(sampleCollection('Users API', 4))
        env.github.faults.latencyMs = 100
        const before = await env.commits(repo)
        const [a, b] = await Promise.all([
          env.run(repo, { collection: orders.id }),
          env.run(repo, { collection: users.id })
        ])
        c.note(`exits ${a.exitCode},${b.exitCode}; ${describeWrites(env, repo)}`)
        c.eq(a.exitCode, 0, 'exit of run A')
        c.eq(b.exitCode, 0, 'exit of run B')
        c.ok((await env.file(repo, fileOf('Orders API'))) === pretty(orders.served()), 'Orders API file differs')
        c.ok((await env.file(repo, fileOf('Users API'))) === pretty(users.served()), 'Users API file differs')
        c.eq(await env.commits(repo), before + 2, 'commits')
        c.eq(
          a.outputs['commit-sha'] !== b.outputs['commit-sha'] &&
            a.outputs['commit-sha'] !== '' &&
            b.outputs['commit-sha'] !== '',
          true,
          'two distinct commit-sha outputs'
        )
      }
    },
    {
      name: 'conflict/two runs at once creating the same new branch',
      expected: 'both exit 0; branch created once from main; file byte-identical; exactly 1 backup commit',
      async run(env, c) {
        const repo = await env.repo()
        const col = env.collection(sampleCollection('Orders API', 3))
        env.github.faults.latencyMs = 100
        const inputs = { collection: col.id, branch: 'postman/backups', 'create-branch': 'true' }
        const [a, b] = await Promise.all([env.run(repo, inputs), env.run(repo, inputs)])
        const refs = env
          .ghRequests(repo)
          .filter((r) => r.method === 'POST' && r.path.endsWith('/git/refs'))
          .map((r) => r.status)
        c.note(`exits ${a.exitCode},${b.exitCode}; POST git/refs ${statuses(refs)}; ${describeWrites(env, repo)}`)
        if (a.exitCode !== 0) c.note(`A: "${clip(a.error, 100)}"`)
        if (b.exitCode !== 0) c.note(`B: "${clip(b.error, 100)}"`)
        c.eq(a.exitCode, 0, 'exit of run A')
        c.eq(b.exitCode, 0, 'exit of run B')
        c.ok(
          (await env.file(repo, fileOf('Orders API'), 'postman/backups')) === pretty(col.served()),
          'stored file differs'
        )
        c.eq(await env.commits(repo, 'postman/backups'), 2, 'commits on the new branch (main + 1 backup)')
        c.eq(await env.commits(repo, 'main'), 1, 'commits on main')
      }
    },
    {
      name: 'conflict/two overlapping runs, collection changed between their fetches',
      slow: true,
      expected:
        'both finish; the branch ends with the newest collection (v2), never the stale v1 the slower run fetched',
      async run(env, c) {
        const path = fileOf('Orders API')
        const repo = await env.repo()
        const col = env.collection(sampleCollection('Orders API', 2))
        // Run A fetches v1 from Postman, then its first GitHub request is held for HOLD_MS.
        const HOLD_MS = 6000
        env.github.faults.add({ method: 'GET', path: `/repos/${repo}`, fault: { kind: 'delay', ms: HOLD_MS } })
        const a = env.run(repo, { collection: col.id })
        const held = await until(() => env.ghRequests(repo).length > 0 && env.pmStatuses(col.id).includes(200), 30_000)
        const heldAt = Date.now()
        c.ok(held, 'run A never reached GitHub')
        // Meanwhile the collection changes in Postman, and run B backs up v2.
        env.postman.updateCollection(col.id, sampleCollection('Orders API', 5))
        const v2 = pretty(col.served())
        const b = await env.run(repo, { collection: col.id })
        // The scenario needs B to finish while A is still held; otherwise it proves nothing.
        c.ok(
          Date.now() - heldAt < HOLD_MS - 500,
          `scenario not reproduced: run B took ${Date.now() - heldAt} ms, longer than A was held`
        )
        const afterB = await env.file(repo, path)
        const ra = await a
        const final = await env.file(repo, path)
        const items = final ? (JSON.parse(final) as { item: Array<{ item: unknown[] }> }).item[0].item.length : 0
        c.note(
          `exits A ${ra.exitCode}, B ${b.exitCode}; B wrote v2: ${afterB === v2}; final has ${items} requests (v1: 2, v2: 5); A changed=${ra.outputs.changed}`
        )
        c.eq(ra.exitCode, 0, 'exit of run A')
        c.eq(b.exitCode, 0, 'exit of run B')
        c.ok(
          final === v2,
          `the branch ends with ${items === 2 ? 'the stale v1 (run A overwrote the newer backup of run B)' : 'something other than v2'}`
        )
      }
    }
  ]
}

export function conflictCases(): Case[] {
  return [...readThenWrite(), ...twoRuns()]
}
