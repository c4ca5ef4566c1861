// Progress survives a run that cannot finish: when the caller's signal aborts (SIGTERM in the
// action and the CLI), when max-duration passes or when Postman's monthly quota runs out, the run
// commits what it has in one commit, records the rest as pending, and the next run continues
// without fetching again what was committed.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { backupWorkspace, type BackupWorkspaceOptions } from '../../src/backup/index.js'
import { failureMessage } from '../../src/backup/result.js'
import { parseDuration } from '../../src/backup/stop.js'
import { InputError } from '../../src/errors.js'
import type { Octokit } from '../../src/github/octokit.js'
import { MANIFEST_NAME, type Manifest } from '../../src/manifest.js'
import type { GitHubServer } from '../../test-servers/github/server.js'
import type { PostmanServer } from '../../test-servers/postman/server.js'
import { sampleCollection } from '../../test-servers/samples.js'
import { octokitFor } from '../helpers/github.js'
import { startServers, type Servers } from '../helpers/servers.js'

const KEY = 'PMAK-resume-test-00000000000000000'
const TOKEN = 'ghp_resumeTestToken000000000000000'
const DIR = 'Postman collections'
const COUNT = 10

describe('a run that cannot finish keeps its progress', () => {
  let servers: Servers
  let postman: PostmanServer
  let github: GitHubServer
  let octokit: Octokit
  let workspace: string
  let repo: string
  let ids: string[]
  let n = 0
  const run = (extra: Partial<BackupWorkspaceOptions> = {}) =>
    backupWorkspace({
      postmanApiKey: KEY,
      postmanApiUrl: postman.url,
      octokit,
      repository: repo,
      branch: 'main',
      workspace,
      collections: ['*'],
      // These tests count Postman calls; globals (by default with workspace and *) would add one.
      globals: false,
      concurrency: 2,
      ...extra
    })
  const commits = async () => Number((await github.git(repo, 'rev-list', '--count', 'main')).trim())
  const manifest = async () => JSON.parse(await github.git(repo, 'show', `main:${DIR}/${MANIFEST_NAME}`)) as Manifest
  const fetchedIds = () =>
    postman.requests
      .filter((r) => r.method === 'GET' && /^\/collections\/./.test(r.path))
      .map((r) => ids.find((id) => r.path.includes(id)))

  /** The second run: only the documents the first left pending are fetched, then all are backed up. */
  async function expectResumed(pendingIds: string[]) {
    postman.faults.latencyMs = 0
    postman.requests.length = 0
    const next = await run()
    expect(next.failed).toEqual([])
    expect(next.stopped).toBeUndefined()
    expect(fetchedIds().sort()).toEqual([...pendingIds].sort())
    const entries = Object.values((await manifest()).files)
    expect(entries).toHaveLength(COUNT)
    expect(entries.filter((e) => e.pending)).toEqual([])
  }

  beforeAll(async () => {
    servers = await startServers({ apiKey: KEY, token: TOKEN })
    ;({ postman, github } = servers)
    octokit = octokitFor(github, TOKEN, { unpacedWrites: true })
  })
  afterAll(() => servers.close())
  beforeEach(async () => {
    workspace = postman.addWorkspace({ name: `Resume ${++n}` })
    repo = `octo/resume-${n}`
    await github.createRepo(repo, { files: { 'README.md': 'x\n' } })
    postman.faults.clear()
    servers.resetLimits()
    ids = []
    for (let i = 0; i < COUNT; i++) ids.push(postman.addCollection(sampleCollection(`Doc ${i}`), { workspace }).id)
  })

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
    // Each fetch takes 300 ms, two at a time: 10 documents need 1.5 s, the run may take 1 s.
    postman.faults.latencyMs = 300
    const result = await run({ maxDuration: '1s' })
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
