// Bounded memory, seen from the requests: a run does not hold its documents until the commit. A
// large file goes up as a blob as soon as it is ready, and small ones leave in tree requests as soon
// as the few open ones are full, while later documents are still being fetched; one commit at the end.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { backupWorkspace } from '../../src/backup/index.js'
import { serializeDocument } from '../../src/backup/document.js'
import type { Octokit } from '../../src/github/octokit.js'
import { OPEN_TREE_REQUESTS, TreeWriter } from '../../src/github/tree-writer.js'
import type { GitHubServer } from '../../test-servers/github/server.js'
import type { PostmanServer } from '../../test-servers/postman/server.js'
import { sampleCollection } from '../../test-servers/samples.js'
import { octokitFor } from '../helpers/github.js'
import { startServers, type Servers } from '../helpers/servers.js'

const KEY = 'PMAK-memory-test-00000000000000000'
const TOKEN = 'ghp_memoryTestToken000000000000000'

describe('documents leave the run as they are ready', () => {
  let servers: Servers
  let postman: PostmanServer
  let github: GitHubServer
  let octokit: Octokit

  beforeAll(async () => {
    servers = await startServers({ apiKey: KEY, token: TOKEN })
    ;({ postman, github } = servers)
    octokit = octokitFor(github, TOKEN, { unpacedWrites: true })
  })
  afterAll(() => servers.close())

  it('uploads blobs and tree requests while fetching continues, then commits once', async () => {
    const workspace = postman.addWorkspace({ name: 'Memory' })
    const repo = 'octo/memory'
    await github.createRepo(repo, { files: { 'README.md': 'x\n' } })
    // The writer's limits scaled down (as the documents are), so that a few MB show the bounds.
    const limits = { treeRequestBytes: 200 * 1024, maxQueuedBytes: 400 * 1024 }
    const ids: string[] = []
    for (let i = 0; i < 12; i++) {
      // Every third one is over the tree request budget; the others fill more requests than are held open.
      ids.push(postman.addCollection(sampleCollection(`Doc ${i}`, i % 3 === 0 ? 1000 : 300), { workspace }).id)
    }
    const sizes = new Map(
      ids.map((id) => {
        const doc = postman.readCollection(id) as { info: { name: string } }
        return [doc.info.name, Buffer.byteLength(serializeDocument(doc))]
      })
    )
    expect([...sizes.values()].filter((s) => s > limits.treeRequestBytes)).toHaveLength(4)
    const smallBytes = [...sizes.values()].filter((s) => s <= limits.treeRequestBytes).reduce((a, b) => a + b)
    expect(smallBytes).toBeGreaterThan(OPEN_TREE_REQUESTS * limits.treeRequestBytes)
    const posts = (suffix: string) => github.requests.filter((r) => r.method === 'POST' && r.path.endsWith(suffix))
    const writes = (suffix: string) => posts(suffix).length
    // What GitHub had received when each document was ready.
    const seen: Array<{ done: number; ready: number; sent: number; blobs: number; trees: number; commits: number }> = []
    let ready = 0
    github.requests.length = 0
    const result = await backupWorkspace({
      postmanApiKey: KEY,
      postmanApiUrl: postman.url,
      writer: new TreeWriter(octokit, limits),
      repository: repo,
      branch: 'main',
      workspace,
      collections: ['*'],
      concurrency: 1,
      onProgress: ({ done, name }) => {
        ready += sizes.get(name) ?? 0
        const sent = [...posts('/git/blobs'), ...posts('/git/trees')].reduce((a, r) => a + r.bodyBytes, 0)
        seen.push({
          done,
          ready,
          sent,
          blobs: writes('/git/blobs'),
          trees: writes('/git/trees'),
          commits: writes('/git/commits')
        })
      }
    })
    expect(result).toMatchObject({ changed: true, changedFiles: 12, failed: [] })
    // Whenever a document was ready, all but a bounded amount had left: the queue waiting for the
    // write pacing, the open tree requests and the first file (kept while it might be the only
    // change). No commit before the end.
    const held = limits.maxQueuedBytes + OPEN_TREE_REQUESTS * limits.treeRequestBytes + Math.max(...sizes.values())
    for (const s of seen) expect(s.ready - s.sent).toBeLessThanOrEqual(held)
    expect(seen[seen.length - 1].ready).toBeGreaterThan(held)
    // Before the last document was ready, big files were already blobs and small ones in trees.
    const beforeLast = seen[seen.length - 2]
    expect(beforeLast.blobs).toBeGreaterThanOrEqual(1)
    expect(beforeLast.trees).toBeGreaterThanOrEqual(1)
    expect(seen.every((s) => s.commits === 0)).toBe(true)
    expect(writes('/git/blobs')).toBe(4)
    expect(writes('/git/commits')).toBe(1)
    for (const r of posts('/git/trees')) expect(r.bodyBytes).toBeLessThanOrEqual(limits.treeRequestBytes)
    expect(Number((await github.git(repo, 'rev-list', '--count', 'main')).trim())).toBe(2)

    // Unchanged next run: nothing sent at all.
    github.requests.length = 0
    const again = await backupWorkspace({
      postmanApiKey: KEY,
      postmanApiUrl: postman.url,
      octokit,
      repository: repo,
      branch: 'main',
      workspace,
      collections: ['*']
    })
    expect(again.changed).toBe(false)
    expect(github.requests.filter((r) => r.method !== 'GET')).toEqual([])
  })

  it('rebuilds the commit from blob SHAs when the branch moves, without the files’ bytes', async () => {
    const workspace = postman.addWorkspace({ name: 'Moving' })
    const repo = 'octo/moving'
    await github.createRepo(repo, { files: { 'README.md': 'x\n' } })
    for (let i = 0; i < 6; i++)
      postman.addCollection(sampleCollection(`Doc ${i}`, i % 3 === 0 ? 3600 : 600), { workspace })
    let pushed = false
    github.hooks.beforeRefUpdate = async () => {
      if (pushed) return
      pushed = true
      await github.pushCommit(repo, 'main', { 'elsewhere.txt': 'someone else\n' })
    }
    github.requests.length = 0
    try {
      const result = await backupWorkspace({
        postmanApiKey: KEY,
        postmanApiUrl: postman.url,
        octokit,
        repository: repo,
        branch: 'main',
        workspace,
        collections: ['*']
      })
      expect(result).toMatchObject({ changed: true, changedFiles: 6 })
    } finally {
      github.hooks.beforeRefUpdate = undefined
    }
    const files = (await github.git(repo, 'ls-tree', '-r', '--name-only', 'main')).trim().split('\n')
    expect(files).toContain('elsewhere.txt')
    expect(files.filter((f) => f.startsWith('Postman collections/'))).toHaveLength(7)
    // The rebuild names blobs by SHA: no blob uploaded twice, and its tree requests stay small.
    expect(github.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/git/blobs'))).toHaveLength(2)
    const trees = github.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/git/trees'))
    expect(trees[trees.length - 1].bodyBytes).toBeLessThan(10_000)
    expect(github.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/git/commits'))).toHaveLength(2)
  })
})
