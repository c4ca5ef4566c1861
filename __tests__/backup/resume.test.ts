// Progress survives a run that cannot finish: when the caller's signal aborts (SIGTERM in the
// action and the CLI), when max-duration passes or when Postman's monthly quota runs out, the run
// commits what it has in one commit, records the rest as pending, and the next run continues
// without fetching again what was committed.
import { beforeEach, describe, expect, it } from '@jest/globals'
import { failureMessage } from '../../src/backup/result.js'
import { parseDuration } from '../../src/backup/stop.js'
import { InputError } from '../../src/errors.js'
import type { PostmanServer } from '../../test-servers/postman/server.js'
import { sampleCollection } from '../../test-servers/samples.js'
import { useBackupFixture } from '../helpers/backup-fixture.js'

const KEY = 'PMAK-resume-test-00000000000000000'
const TOKEN = 'ghp_resumeTestToken000000000000000'
const COUNT = 10

describe('a run that cannot finish keeps its progress', () => {
  const fixture = useBackupFixture({
    apiKey: KEY,
    token: TOKEN,
    workspaceName: 'Resume',
    repoName: 'octo/resume',
    defaults: {
      collections: ['*'],
      // These tests count Postman calls; globals (by default with workspace and *) would add one.
      globals: false,
      concurrency: 2
    }
  })
  const { run, commits, manifest } = fixture
  let postman: PostmanServer, workspace: string
  let ids: string[]
  beforeEach(() => {
    ;({ postman, workspace } = fixture)
    ids = []
    for (let i = 0; i < COUNT; i++) ids.push(postman.addCollection(sampleCollection(`Doc ${i}`), { workspace }).id)
  })
  const fetchedIds = () =>
    postman.requests
      .filter((r) => r.method === 'GET' && /^\/collections\/./.test(r.path))
      .map((r) => ids.find((id) => r.path.includes(id)))

  /** The second run: only the documents the first left pending are fetched, then all are backed up. */
  async function expectResumed(pendingIds: string[]) {
    postman.faults.clear()
    postman.requests.length = 0
    const next = await run()
    expect(next.failed).toEqual([])
    expect(next.stopped).toBeUndefined()
    expect(fetchedIds().sort()).toEqual([...pendingIds].sort())
    const entries = Object.values((await manifest()).files)
    expect(entries).toHaveLength(COUNT)
    expect(entries.filter((e) => e.pending)).toEqual([])
  }

  it('stops fetching when the signal aborts, commits what it has once, and the next run continues', async () => {
    postman.faults.latencyMs = 50
    const controller = new AbortController()
    const result = await run({
      signal: controller.signal,
      onProgress: ({ done }) => {
        if (done === 4) controller.abort()
      }
    })
    expect(result.stopped).toEqual({ reason: 'signal', message: expect.stringMatching(/cancelled/) })
    const backedUp = result.files.filter((f) => f.status === 'ok')
    expect(backedUp.length).toBeGreaterThanOrEqual(4)
    expect(backedUp.length).toBeLessThan(COUNT)
    expect(result.failed.every((f) => f.reason === 'not-reached')).toBe(true)
    expect(result.failed.length + backedUp.length).toBe(COUNT)
    expect(failureMessage(result)).toMatch(
      new RegExp(`${backedUp.length} of ${COUNT} documents backed up; the next run continues`)
    )
    // One commit with the documents it had, and the rest recorded as pending.
    expect(await commits()).toBe(2)
    const recorded = await manifest()
    const pending = Object.values(recorded.files).filter((e) => e.pending === 'not-reached')
    expect(pending.map((e) => e.id).sort()).toEqual(result.failed.map((f) => f.id).sort())
    expect(pending.every((e) => e.sha === '')).toBe(true)

    await expectResumed(result.failed.map((f) => f.id))
  })

  it('stops after max-duration the same way', async () => {
    // Each document takes 800 ms to fetch (the list is quick), two at a time: 10 documents need 4 s,
    // the run may take 2 s.
    postman.faults.add({ method: 'GET', path: /^\/collections\/./, fault: { kind: 'delay', ms: 800 }, times: COUNT })
    const result = await run({ maxDuration: '2s' })
    expect(result.stopped?.reason).toBe('max-duration')
    expect(result.failed.length).toBeGreaterThan(0)
    expect(result.failed.length).toBeLessThan(COUNT)
    expect(await commits()).toBe(2)
    await expectResumed(result.failed.map((f) => f.id))
  })

  it('stops when Postman’s monthly quota runs out, keeping what it fetched', async () => {
    // The list call and four fetches fit in the month.
    postman.rateLimit.monthly = postman.rateLimit.monthlyUsed + 5
    const result = await run({ concurrency: 1 })
    expect(result.stopped?.reason).toBe('quota')
    expect(result.files.filter((f) => f.status === 'ok')).toHaveLength(4)
    expect(result.failed).toHaveLength(COUNT - 4)
    expect(await commits()).toBe(2)
    postman.rateLimit.monthly = Number.MAX_SAFE_INTEGER
    await expectResumed(result.failed.map((f) => f.id))
  })

  it('reads max-duration as a duration or minutes, and refuses anything else before any request', async () => {
    expect(parseDuration('90s')).toBe(90_000)
    expect(parseDuration('45m')).toBe(2_700_000)
    expect(parseDuration('2h')).toBe(7_200_000)
    expect(parseDuration('1h30m')).toBe(5_400_000)
    expect(parseDuration('30')).toBe(1_800_000)
    expect(parseDuration('')).toBeUndefined()
    postman.requests.length = 0
    await expect(run({ maxDuration: 'soon' })).rejects.toThrow(InputError)
    await expect(run({ maxDuration: 'soon' })).rejects.toThrow(/Option "maxDuration": "soon" is not a duration/)
    expect(postman.requests).toHaveLength(0)
  })
})
