// TreeWriter against the local GitHub server (real git behind it), through a real Octokit with
// the retry and throttling plugins: the git state and the requests made are both asserted.
import { randomBytes } from 'node:crypto'
import { Octokit } from '@octokit/core'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { GitHubApiError, GitHubNotFoundError, GitHubPermissionError } from '../../src/errors.js'
import { TREE_REQUEST_BUDGET_BYTES, TreeWriter, type FileChange } from '../../src/github/tree-writer.js'
import { gitBlobSha } from '../../src/git-blob-sha.js'
import type { GitHubServer } from '../../test-servers/github/server.js'
import { octokitFor, READ_TOKEN, resetGitHub, startGitHub, TOKEN } from '../helpers/github.js'
const MANIFEST = 'backups/.postman-backup.json'
/** A run that changes files on a named branch, manifest read included: 6 requests. */
const NAMED_BRANCH_RUN = [
  'GET /branches/main 200',
  'GET /git/trees/:sha?recursive=1 200',
  'GET /git/blobs/:sha 200',
  'POST /git/trees 201',
  'POST /git/commits 201',
  'PATCH /git/refs/heads%2Fmain 200'
]

describe('TreeWriter', () => {
  let github: GitHubServer
  let n = 0
  let name: string
  let repo: string
  const writer = (token = TOKEN) => new TreeWriter(octokitFor(github, token, { unpacedWrites: true }))
  const target = (extra: { branch?: string; createBranch?: boolean; dryRun?: boolean; directory?: string } = {}) => ({
    owner: 'octo',
    repo: name,
    ...extra
  })
  /** "METHOD /route" of every request since the last reset, with SHAs and the repository prefix elided. */
  const calls = () =>
    github.requests.map(
      (r) =>
        `${r.method} ${r.path.replace(`/repos/${repo}`, '').replace(/[0-9a-f]{40}/g, ':sha') || '/'}${r.query} ${r.status}`
    )
  const writes = () => github.requests.filter((r) => r.method !== 'GET').map((r) => `${r.method} ${r.status}`)
  const treeBodies = () =>
    github.requests
      .filter((r) => r.method === 'POST' && r.path.endsWith('/git/trees'))
      .map((r) => JSON.parse(r.body ?? '{}') as { base_tree?: string; tree: Array<Record<string, unknown>> })
  const commitCount = async (branch = 'main') => Number((await github.git(repo, 'rev-list', '--count', branch)).trim())
  const show = (path: string, branch = 'main') => github.git(repo, 'show', `${branch}:${path}`)
  const collections = (count: number, version = 1): FileChange[] =>
    Array.from({ length: count }, (_, i) => ({
      path: `backups/Collection ${i}.postman_collection.json`,
      content: `${JSON.stringify({ i, version }, null, 2)}\n`
    }))

  beforeAll(async () => {
    github = await startGitHub()
  })
  afterAll(() => github.close())
  /** The server's tree request cap for one test (GitHub refusing a smaller request than usual). */
  let defaultTreeCap: number | undefined
  const capTreeRequests = (bytes: number) => {
    defaultTreeCap ??= github.limits.treeRequestBytes
    github.limits.treeRequestBytes = bytes
  }
  afterEach(() => {
    if (defaultTreeCap !== undefined) github.limits.treeRequestBytes = defaultTreeCap
  })
  beforeEach(async () => {
    name = `tree-${++n}`
    repo = `octo/${name}`
    await github.createRepo(repo, { files: { 'README.md': 'x\n', [MANIFEST]: '{"version":1}\n' } })
    resetGitHub(github)
  })

  it('writes many files in one commit with 6 requests on a named branch, then sends only the changes, then nothing', async () => {
    const w = writer()
    const snapshot = await w.readBranch(target({ branch: 'main' }))
    expect(snapshot).toMatchObject({
      owner: 'octo',
      repo: name,
      branch: 'main',
      truncated: false,
      htmlUrl: `http://127.0.0.1:${github.port}/${repo}`
    })
    expect(snapshot.headSha).toBe((await github.git(repo, 'rev-parse', 'main')).trim())
    expect([...snapshot.files.keys()].sort()).toEqual(['README.md', MANIFEST])
    expect((await w.readFile(snapshot, MANIFEST))?.toString('utf8')).toBe('{"version":1}\n')

    const files = [...collections(40), { path: MANIFEST, content: '{"version":2}\n' }]
    const result = await w.commitFiles(snapshot, { message: 'Back up workspace', files })
    expect(result).toMatchObject({ changed: true, branch: 'main', retries: 0 })
    expect(result.commitSha).toBe((await github.git(repo, 'rev-parse', 'main')).trim())
    expect(result.commitUrl).toBe(`${snapshot.htmlUrl}/commit/${result.commitSha}`)
    expect(result.files.filter((f) => f.status === 'created')).toHaveLength(40)
    expect(result.files.find((f) => f.path === MANIFEST)).toEqual({
      path: MANIFEST,
      status: 'updated',
      blobSha: gitBlobSha('{"version":2}\n')
    })
    expect(calls()).toEqual(NAMED_BRANCH_RUN)
    expect(await commitCount()).toBe(2)
    expect(await show('backups/Collection 7.postman_collection.json')).toBe(files[7].content)
    expect(await show(MANIFEST)).toBe('{"version":2}\n')
    // The tree request carries only the changed entries, inline, on top of the branch's tree.
    const [body] = treeBodies()
    expect(body.base_tree).toBe(snapshot.treeSha)
    expect(body.tree).toHaveLength(41)
    expect(body.tree[0]).toEqual({ path: files[0].path, mode: '100644', type: 'blob', content: files[0].content })
    // No author or committer: GitHub signs workflow-token commits (Verified).
    const commitBody = JSON.parse(github.requests.find((r) => r.path.endsWith('/git/commits'))?.body ?? '{}') as Record<
      string,
      unknown
    >
    expect(Object.keys(commitBody).sort()).toEqual(['message', 'parents', 'tree'])
    expect(commitBody.parents).toEqual([snapshot.headSha])

    // Second run: one collection changed, one deleted, the rest unchanged.
    github.requests.length = 0
    const again = await w.readBranch(target({ branch: 'main' }))
    const next = collections(40)
    next[3] = { ...next[3], content: '{"changed":true}\n' }
    const second = await w.commitFiles(again, {
      message: 'Back up workspace',
      files: next.slice(0, 39),
      deletions: [next[39].path, 'never/existed.json']
    })
    expect(second.changed).toBe(true)
    expect(treeBodies()).toEqual([
      {
        base_tree: again.treeSha,
        tree: [
          { path: next[3].path, mode: '100644', type: 'blob', content: '{"changed":true}\n' },
          { path: next[39].path, mode: '100644', type: 'blob', sha: null }
        ]
      }
    ])
    expect(second.files.filter((f) => f.status !== 'unchanged')).toEqual([
      { path: next[3].path, status: 'updated', blobSha: gitBlobSha('{"changed":true}\n') },
      { path: next[39].path, status: 'deleted', blobSha: gitBlobSha(files[39].content) }
    ])
    expect(github.requests).toHaveLength(5)
    expect(await commitCount()).toBe(3)
    expect(await github.git(repo, 'ls-tree', '--name-only', 'main', next[39].path)).toBe('')

    // Third run, nothing changed: reads only, no commit.
    github.requests.length = 0
    const third = await w.commitFiles(await w.readBranch(target({ branch: 'main' })), {
      message: 'Back up workspace',
      files: next.slice(0, 39),
      deletions: [next[39].path]
    })
    expect(third).toEqual({ changed: false, branch: 'main', files: expect.any(Array), retries: 0 })
    expect(third.files.every((f) => f.status === 'unchanged')).toBe(true)
    expect(writes()).toEqual([])
    expect(github.requests).toHaveLength(2)
    expect(await commitCount()).toBe(3)
  })

  it('takes 7 requests when the branch is not named (the repository tells the default branch)', async () => {
    const w = writer()
    const snapshot = await w.readBranch(target())
    expect(snapshot).toMatchObject({ branch: 'main', defaultBranch: 'main' })
    await w.readFile(snapshot, MANIFEST)
    await w.commitFiles(snapshot, { message: 'Back up', files: collections(10) })
    expect(calls()).toEqual(['GET / 200', ...NAMED_BRANCH_RUN])
    expect(await commitCount()).toBe(2)
  })

  it('writes nested paths with spaces and unicode', async () => {
    const w = writer()
    const files = [
      {
        path: 'Postman collections/Zürich API/日本 コレクション.postman_collection.json',
        content: '{"name":"日本"}\n'
      },
      { path: 'a b/c  d/e f.json', content: 'ä\r\nb\n' },
      { path: 'emoji/🚀 launch.json', content: '"🚀"\n' }
    ]
    await w.commitFiles(await w.readBranch(target({ branch: 'main' })), { message: 'Unicode', files })
    for (const file of files) expect(await show(file.path)).toBe(file.content)
    const snapshot = await w.readBranch(target({ branch: 'main' }))
    for (const file of files) {
      expect(snapshot.files.get(file.path)).toBe(gitBlobSha(file.content))
      expect((await w.readFile(snapshot, file.path))?.toString('utf8')).toBe(file.content)
    }
    github.requests.length = 0
    expect((await w.commitFiles(snapshot, { message: 'Unicode', files })).changed).toBe(false)
    expect(writes()).toEqual([])
  })

  it('rebuilds on top when someone pushes between our read and our ref update, keeping their change', async () => {
    let pushed = false
    github.hooks.beforeRefUpdate = async (update) => {
      if (pushed) return
      pushed = true
      await github.pushCommit(
        update.repository,
        'main',
        { 'theirs.txt': 'theirs\n', 'README.md': 'their edit\n' },
        'Someone else'
      )
    }
    const w = writer()
    const snapshot = await w.readBranch(target({ branch: 'main' }))
    const result = await w.commitFiles(snapshot, { message: 'Back up', files: collections(5) })
    expect(result).toMatchObject({ changed: true, retries: 1 })
    expect(await github.git(repo, 'log', '--format=%s', 'main')).toBe('Back up\nSomeone else\nInitial commit\n')
    expect(await show('theirs.txt')).toBe('theirs\n')
    expect(await show('README.md')).toBe('their edit\n')
    expect(await show(collections(5)[4].path)).toBe(collections(5)[4].content)
    expect(writes()).toEqual(['POST 201', 'POST 201', 'PATCH 422', 'POST 201', 'POST 201', 'PATCH 200'])
    // The rebuilt tree sits on their tree and still sends only our files.
    const [, rebuilt] = treeBodies()
    expect(rebuilt.base_tree).toBe((await github.git(repo, 'rev-parse', 'main~1^{tree}')).trim())
    expect(rebuilt.tree).toHaveLength(5)
  })

  it('gives up with a clear error when the branch keeps moving', async () => {
    let k = 0
    github.hooks.beforeRefUpdate = async (update) => {
      await github.pushCommit(update.repository, 'main', { 'busy.txt': `${++k}\n` }, 'Busy')
    }
    const w = writer()
    const error = await w
      .commitFiles(await w.readBranch(target({ branch: 'main' })), { message: 'Back up', files: collections(2) })
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(GitHubApiError)
    expect((error as Error).message).toMatch(
      /Branch main of octo\/tree-\d+ kept moving .*4 tries.*our commit was not added/
    )
    expect(writes().filter((w) => w.startsWith('PATCH'))).toEqual(['PATCH 422', 'PATCH 422', 'PATCH 422', 'PATCH 422'])
    expect(await github.git(repo, 'log', '--format=%s', 'main')).not.toMatch(/Back up/)
  })

  it('does not retry a refused ref update when the branch did not move', async () => {
    github.faults.add({
      method: 'PATCH',
      path: /\/git\/refs\//,
      fault: { kind: 'status', status: 422, body: { message: 'Protected branch update failed for refs/heads/main.' } }
    })
    const w = writer()
    await expect(
      w.commitFiles(await w.readBranch(target({ branch: 'main' })), { message: 'Back up', files: collections(2) })
    ).rejects.toThrow(/updating branch main: the branch is protected .*Protected branch update failed.*`pullRequest`/)
    expect(writes().filter((w) => w.startsWith('PATCH'))).toEqual(['PATCH 422'])
  })

  describe('an empty repository', () => {
    beforeEach(async () => {
      name = `tree-empty-${n}`
      repo = `octo/${name}`
      await github.createRepo(repo)
      github.requests.length = 0
    })

    it('gets its first commit from the contents API and the rest in a second commit', async () => {
      const w = writer()
      const snapshot = await w.readBranch(target())
      expect(snapshot).toMatchObject({ branch: 'main', headSha: null, treeSha: null, truncated: false })
      expect(snapshot.files.size).toBe(0)
      expect(await w.readFile(snapshot, MANIFEST)).toBeUndefined()
      const files = [...collections(3), { path: MANIFEST, content: '{}\n' }]
      const result = await w.commitFiles(snapshot, { message: 'Back up', files })
      expect(result).toMatchObject({ changed: true, branch: 'main', retries: 0 })
      expect(result.files.every((f) => f.status === 'created')).toBe(true)
      expect(result.commitSha).toBe((await github.git(repo, 'rev-parse', 'main')).trim())
      expect(
        (await github.git(repo, 'ls-tree', '-r', '--name-only', 'main')).split('\n').filter(Boolean).sort()
      ).toEqual(files.map((f) => f.path).sort())
      expect(await commitCount()).toBe(2)
      expect(calls()).toEqual([
        'GET / 200',
        'GET /branches/main 404',
        'GET /git/ref/heads%2Fmain 409',
        // The smallest file goes first.
        `PUT /contents/${encodeURIComponent(MANIFEST)} 201`,
        'POST /git/trees 201',
        'POST /git/commits 201',
        'PATCH /git/refs/heads%2Fmain 200'
      ])
    })

    it('makes a single file in one commit on the named default branch', async () => {
      const w = writer()
      const snapshot = await w.readBranch(target({ branch: 'main' }))
      const result = await w.commitFiles(snapshot, { message: 'First', files: collections(1) })
      expect(result.changed).toBe(true)
      expect(await commitCount()).toBe(1)
      expect(await show(collections(1)[0].path)).toBe(collections(1)[0].content)
      expect(writes()).toEqual(['PUT 201'])
    })

    it('refuses another branch than the default one', async () => {
      await expect(writer().readBranch(target({ branch: 'backups', createBranch: true }))).rejects.toThrow(
        /is empty \(no commits\), so branch "backups" cannot be made from "main"/
      )
    })

    it('builds on a first commit someone made meanwhile, keeping it', async () => {
      const w = writer()
      const snapshot = await w.readBranch(target())
      const ours = collections(2)
      // They create the very file our first request creates: that request fails, and we rebuild on their commit.
      await github.pushCommit(
        repo,
        'main',
        { 'theirs.txt': 'theirs\n', [ours[0].path]: 'their version\n' },
        'Their first commit'
      )
      const result = await w.commitFiles(snapshot, { message: 'Back up', files: ours })
      expect(result).toMatchObject({ changed: true, retries: 1 })
      expect(result.files.map((f) => f.status)).toEqual(['updated', 'created'])
      expect(await github.git(repo, 'log', '--format=%s', 'main')).toBe('Back up\nTheir first commit\n')
      expect(await show('theirs.txt')).toBe('theirs\n')
      expect(await show(ours[0].path)).toBe(ours[0].content)
      expect(writes()).toEqual(['PUT 422', 'POST 201', 'POST 201', 'PATCH 200'])
    })
  })

  it('names a missing branch and suggests create-branch', async () => {
    const error = await writer()
      .readBranch(target({ branch: 'backups' }))
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(GitHubNotFoundError)
    expect((error as Error).message).toMatch(
      /Branch "backups" does not exist in octo\/tree-\d+\. .* turn on `createBranch` .* "main"/
    )
    expect(writes()).toEqual([])
  })

  it('creates a missing branch from the default branch when asked', async () => {
    const w = writer()
    const snapshot = await w.readBranch(target({ branch: 'backups/postman', createBranch: true }))
    expect(snapshot).toMatchObject({ branch: 'backups/postman', defaultBranch: 'main', branchCreated: true })
    expect(snapshot.headSha).toBe((await github.git(repo, 'rev-parse', 'main')).trim())
    const result = await w.commitFiles(snapshot, { message: 'Back up', files: collections(2) })
    expect(result).toMatchObject({ changed: true, branch: 'backups/postman' })
    expect(
      (await github.git(repo, 'ls-tree', '-r', '--name-only', 'backups/postman')).split('\n').filter(Boolean)
    ).toEqual(['README.md', MANIFEST, ...collections(2).map((f) => f.path)])
    expect(await commitCount('main')).toBe(1)
    expect(await commitCount('backups/postman')).toBe(2)
    expect(calls()).toEqual([
      'GET /branches/backups%2Fpostman 404',
      'GET / 200',
      'GET /git/ref/heads%2Fbackups%2Fpostman 404',
      'GET /branches/main 200',
      'POST /git/refs 201',
      'GET /git/trees/:sha?recursive=1 200',
      'POST /git/trees 201',
      'POST /git/commits 201',
      'PATCH /git/refs/heads%2Fbackups%2Fpostman 200'
    ])
  })

  it('writes nothing in a dry run, even for a branch it would create', async () => {
    const w = writer()
    const snapshot = await w.readBranch(target({ branch: 'new', createBranch: true, dryRun: true }))
    expect(snapshot).toMatchObject({ branch: 'new', branchCreated: true })
    const result = await w.commitFiles(snapshot, {
      message: 'Back up',
      files: [...collections(2), { path: MANIFEST, content: '{"version":1}\n' }],
      deletions: ['README.md'],
      dryRun: true
    })
    expect(result.changed).toBe(true)
    expect(result.commitSha).toBeUndefined()
    expect(result.files.map((f) => f.status)).toEqual(['created', 'created', 'unchanged', 'deleted'])
    expect(writes()).toEqual([])
    expect(await github.git(repo, 'branch', '--list', 'new')).toBe('')

    const existing = await w.commitFiles(await w.readBranch(target({ branch: 'main' })), {
      message: 'Back up',
      files: collections(1),
      dryRun: true
    })
    expect(existing.changed).toBe(true)
    expect(writes()).toEqual([])
    expect(await commitCount()).toBe(1)
  })

  it('names the permission when the token can only read', async () => {
    const w = writer(READ_TOKEN)
    const error = await w
      .commitFiles(await w.readBranch(target({ branch: 'main' })), { message: 'Back up', files: collections(2) })
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(GitHubPermissionError)
    expect((error as Error).message).toMatch(/contents: write.*`repo` scope.*Contents: Read and write/)
    expect(await commitCount()).toBe(1)
  })

  it('reads a file back byte for byte; binary content goes up as a blob', async () => {
    const binary = Buffer.concat([Buffer.from([0xff, 0xfe, 0x00, 0x80]), randomBytes(5000)])
    const w = writer()
    const snapshot = await w.readBranch(target({ branch: 'main' }))
    expect(await w.readFile(snapshot, 'not/there.json')).toBeUndefined()
    await w.commitFiles(snapshot, {
      message: 'Binary',
      files: [{ path: 'bin/data.bin', content: binary }, ...collections(1)]
    })
    expect(writes()).toEqual(['POST 201', 'POST 201', 'POST 201', 'PATCH 200'])
    expect(github.requests.filter((r) => r.method === 'POST').map((r) => r.path.replace(`/repos/${repo}`, ''))).toEqual(
      ['/git/blobs', '/git/trees', '/git/commits']
    )
    expect((await github.git(repo, 'rev-parse', 'main:bin/data.bin')).trim()).toBe(gitBlobSha(binary))
    const read = await w.readFile(await w.readBranch(target({ branch: 'main' })), 'bin/data.bin')
    expect(read?.equals(binary)).toBe(true)
  })

  it('round-trips a file over the tree budget and a ~20 MB file (both blobs) byte for byte', async () => {
    const big = `${JSON.stringify({ data: 'x'.repeat(TREE_REQUEST_BUDGET_BYTES + 100_000) })}\n`
    const huge = `${JSON.stringify({ items: Array.from({ length: 200_000 }, (_, i) => ({ i, name: `item ${i} é`, pad: 'y'.repeat(60) })) })}\n`
    expect(Buffer.byteLength(huge)).toBeGreaterThan(19_000_000)
    const files = [
      { path: 'big/over-1mb.json', content: big },
      { path: 'big/twenty-mb.json', content: huge }
    ]
    const w = writer()
    await w.commitFiles(await w.readBranch(target({ branch: 'main' })), { message: 'Big', files })
    expect(github.requests.filter((r) => r.method === 'POST').map((r) => r.path.replace(`/repos/${repo}`, ''))).toEqual(
      ['/git/blobs', '/git/blobs', '/git/trees', '/git/commits']
    )
    const snapshot = await w.readBranch(target({ branch: 'main' }))
    for (const file of files) {
      expect((await github.git(repo, 'rev-parse', `main:${file.path}`)).trim()).toBe(gitBlobSha(file.content))
      expect((await w.readFile(snapshot, file.path))?.equals(Buffer.from(file.content, 'utf8'))).toBe(true)
    }
    github.requests.length = 0
    expect((await w.commitFiles(snapshot, { message: 'Big', files })).changed).toBe(false)
    expect(writes()).toEqual([])
  }, 120_000)

  it('sends a tree request GitHub refuses as too large again in halves, and keeps the smaller budget', async () => {
    // GitHub refusing below its documented cap: the server's cap under the writer's budget, over half of it.
    const cap = Math.floor(TREE_REQUEST_BUDGET_BYTES * 0.6)
    capTreeRequests(cap)
    const files = Array.from({ length: 12 }, (_, i) => ({
      path: `backups/part-${i}.json`,
      content: `${JSON.stringify({ i, data: 'y'.repeat(Math.floor(TREE_REQUEST_BUDGET_BYTES / 14)) })}\n`
    }))
    const w = writer()
    const session = w.openCommit(await w.readBranch(target({ branch: 'main' })))
    for (const file of files) await session.add(file)
    const result = await session.finish({ message: 'Parts', files: [] })
    expect(result.changed).toBe(true)
    expect(await commitCount()).toBe(2)
    for (const file of files) expect(await show(file.path)).toBe(file.content)
    const trees = github.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/git/trees'))
    // One refusal: after it every request, the open ones filled before it too, fits the halved budget.
    expect(trees.filter((r) => r.status === 422)).toHaveLength(1)
    const accepted = trees.filter((r) => r.status === 201)
    for (const r of accepted) expect(r.bodyBytes).toBeLessThanOrEqual(cap)
    const bases = accepted.map((r) => (JSON.parse(r.body ?? '{}') as { base_tree?: string }).base_tree)
    expect(new Set(bases).size).toBe(accepted.length)
    expect(writes().filter((w) => w.startsWith('POST') && w.endsWith('201'))).toHaveLength(accepted.length + 1)
  })

  it('uploads a lone file as a blob when even its own tree request is refused', async () => {
    const content = `${JSON.stringify({ data: 'z'.repeat(Math.floor(TREE_REQUEST_BUDGET_BYTES * 0.8)) })}\n`
    capTreeRequests(Math.floor(TREE_REQUEST_BUDGET_BYTES / 2))
    const w = writer()
    await w.commitFiles(await w.readBranch(target({ branch: 'main' })), {
      message: 'Lone',
      files: [
        { path: 'backups/lone.json', content },
        { path: 'backups/small.json', content: '{}\n' }
      ]
    })
    expect(await show('backups/lone.json')).toBe(content)
    expect(await show('backups/small.json')).toBe('{}\n')
    // Refused with both files inline; then the big one as a blob, and one tree request naming it.
    expect(writes()).toEqual(['POST 422', 'POST 201', 'POST 201', 'POST 201', 'PATCH 200'])
    const posts = github.requests.filter((r) => r.method === 'POST').map((r) => r.path.replace(`/repos/${repo}`, ''))
    expect(posts).toEqual(['/git/trees', '/git/blobs', '/git/trees', '/git/commits'])
  })

  it('fails with the refusal when even a small tree request is refused: not a matter of size', async () => {
    capTreeRequests(50)
    const w = writer()
    const error = await w
      .commitFiles(await w.readBranch(target({ branch: 'main' })), { message: 'No', files: collections(2) })
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(GitHubApiError)
    expect((error as Error).message).toMatch(/too large|timed out/i)
    expect(await commitCount()).toBe(1)
  })

  it('reads a ~20 MB blob through any Octokit: a plain one hands such answers over as text', async () => {
    const huge = `${JSON.stringify({ items: Array.from({ length: 200_000 }, (_, i) => ({ i, pad: 'z'.repeat(80) })) })}\n`
    expect(Buffer.byteLength(huge)).toBeGreaterThan(19_000_000)
    await github.pushCommit(repo, 'main', { 'big/plain.json': huge })
    const plain = new TreeWriter(new Octokit({ auth: TOKEN, baseUrl: github.url }))
    const snapshot = await plain.readBranch(target({ branch: 'main' }))
    expect((await plain.readFile(snapshot, 'big/plain.json'))?.equals(Buffer.from(huge, 'utf8'))).toBe(true)
  }, 60_000)

  it("refuses to write when GitHub truncated even a single folder's file list", async () => {
    const sha = (await github.git(repo, 'rev-parse', 'main^{tree}')).trim()
    // Both the recursive read and the folder-by-folder read that follows it are truncated.
    github.faults.add({
      method: 'GET',
      path: /\/git\/trees\//,
      times: 2,
      fault: { kind: 'status', status: 200, body: { sha, url: 'x', tree: [], truncated: true } }
    })
    const w = writer()
    const snapshot = await w.readBranch(target({ branch: 'main' }))
    expect(snapshot.truncated).toBe(true)
    await expect(w.commitFiles(snapshot, { message: 'Back up', files: collections(1) })).rejects.toThrow(
      /truncated the file list of octo\/tree-\d+ branch main .*nothing was written/
    )
    await expect(w.readFile(snapshot, MANIFEST)).rejects.toThrow(/truncated/)
    expect(writes()).toEqual([])
  })

  it('refuses to replace a folder with a file or to write below a file', async () => {
    const w = writer()
    const snapshot = await w.readBranch(target({ branch: 'main' }))
    await expect(w.commitFiles(snapshot, { message: 'm', files: [{ path: 'backups', content: 'x' }] })).rejects.toThrow(
      /backups on main is a folder, not a file/
    )
    await expect(
      w.commitFiles(snapshot, { message: 'm', files: [{ path: 'README.md/x.json', content: 'x' }] })
    ).rejects.toThrow(/README.md on main is a file/)
    await expect(w.commitFiles(snapshot, { message: 'm', files: [{ path: '../x', content: 'x' }] })).rejects.toThrow(
      /"\.\." segments/
    )
    await expect(
      w.commitFiles(snapshot, { message: 'm', files: [{ path: 'a', content: 'x' }], deletions: ['a'] })
    ).rejects.toThrow(/both written and deleted/)
    expect(writes()).toEqual([])
  })

  it('writes exactly one changed file with the contents API, and anything more with the Git Data API', async () => {
    const w = writer()
    const files = collections(3)
    await w.commitFiles(await w.readBranch(target({ branch: 'main', directory: 'backups' })), { message: 'm', files })
    github.requests.length = 0
    const next = files.map((f, i) => (i === 1 ? { ...f, content: '{"changed":1}\n' } : f))
    const one = await w.commitFiles(await w.readBranch(target({ branch: 'main', directory: 'backups' })), {
      message: 'One',
      files: next
    })
    expect(one).toMatchObject({ changed: true, strategy: 'contents' })
    expect(one.commitSha).toBe((await github.git(repo, 'rev-parse', 'main')).trim())
    expect(writes()).toEqual(['PUT 200'])
    expect(await show(next[1].path)).toBe(next[1].content)
    github.requests.length = 0
    const removal = await w.commitFiles(await w.readBranch(target({ branch: 'main', directory: 'backups' })), {
      message: 'Removal',
      files: next.slice(0, 2),
      deletions: [next[2].path]
    })
    expect(removal).toMatchObject({ changed: true, strategy: 'git-data' })
    expect(writes()).toEqual(['POST 201', 'POST 201', 'PATCH 200'])
  })

  it('keeps an executable file executable when it changes', async () => {
    const octokit = octokitFor(github, TOKEN, { unpacedWrites: true })
    const head = (await github.git(repo, 'rev-parse', 'main')).trim()
    const baseTree = (await github.git(repo, 'rev-parse', 'main^{tree}')).trim()
    const tree = await octokit.request('POST /repos/{owner}/{repo}/git/trees', {
      owner: 'octo',
      repo: name,
      base_tree: baseTree,
      tree: [{ path: 'run.sh', mode: '100755', type: 'blob', content: 'echo 1\n' }]
    })
    const commit = await octokit.request('POST /repos/{owner}/{repo}/git/commits', {
      owner: 'octo',
      repo: name,
      message: 'script',
      tree: tree.data.sha,
      parents: [head]
    })
    await octokit.request('PATCH /repos/{owner}/{repo}/git/refs/{ref}', {
      owner: 'octo',
      repo: name,
      ref: 'heads/main',
      sha: commit.data.sha
    })
    const w = writer()
    await w.commitFiles(await w.readBranch(target({ branch: 'main' })), {
      message: 'Back up',
      files: [{ path: 'run.sh', content: 'echo 2\n' }]
    })
    expect(await github.git(repo, 'ls-tree', 'main', 'run.sh')).toMatch(/^100755 blob /)
    expect(await show('run.sh')).toBe('echo 2\n')
  })

  it('says the repository is missing or invisible', async () => {
    await expect(writer().readBranch({ owner: 'octo', repo: 'nope', branch: 'main' })).rejects.toThrow(
      /404 while reading repository octo\/nope.*(github-api-url|githubApiUrl)/
    )
  })
})
