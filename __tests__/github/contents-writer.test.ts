// The contents writer against the local GitHub server (real git behind it), through a real
// Octokit with the retry and throttling plugins.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { GitHubNotFoundError, GitHubPermissionError } from '../../src/errors.js'
import { ContentsWriter } from '../../src/github/contents-writer.js'
import { gitBlobSha } from '../../src/git-blob-sha.js'
import type { GitHubServer } from '../../test-servers/github/server.js'
import { octokitFor, READ_TOKEN, resetGitHub, startGitHub, TOKEN, withOwnGitHub } from '../helpers/github.js'

describe('ContentsWriter', () => {
  let github: GitHubServer
  let n = 0
  let repo: string
  // Writes not spaced 1 s apart: plugin-throttling's pacing is octokit.test.ts's subject, not this file's;
  // plugin-retry waits 50 ms instead of 1 s before a retry (that it retries is the subject here).
  const writer = (token = TOKEN) =>
    new ContentsWriter(octokitFor(github, token, { unpacedWrites: true, retryAfterBaseMs: 50 }))
  const write = (extra: Partial<Parameters<ContentsWriter['writeFile']>[0]> = {}, token?: string) =>
    writer(token).writeFile({
      owner: 'octo',
      repo: repo.split('/')[1],
      path: 'dir/a.json',
      content: '{"a":1}\n',
      message: 'Back up',
      ...extra
    })
  const writes = () => github.requests.filter((r) => r.method !== 'GET').map((r) => `${r.method} ${r.status}`)

  beforeAll(async () => {
    github = await startGitHub()
  })
  afterAll(() => github.close())
  beforeEach(async () => {
    repo = `octo/writer-${++n}`
    await github.createRepo(repo, { files: { 'README.md': 'x\n' } })
    resetGitHub(github)
  })

  it('creates, then updates, then sees the same bytes as unchanged without writing', async () => {
    const created = await write()
    expect(created).toMatchObject({
      changed: true,
      created: true,
      branch: 'main',
      path: 'dir/a.json',
      blobSha: gitBlobSha('{"a":1}\n')
    })
    expect(created.commitSha).toBe((await github.git(repo, 'rev-parse', 'main')).trim())
    expect(await github.git(repo, 'show', 'main:dir/a.json')).toBe('{"a":1}\n')

    const updated = await write({ content: '{"a":2}\n' })
    expect(updated).toMatchObject({ changed: true, created: false })
    expect(await github.git(repo, 'show', 'main:dir/a.json')).toBe('{"a":2}\n')

    github.requests.length = 0
    const same = await write({ content: '{"a":2}\n' })
    expect(same.changed).toBe(false)
    expect(same.commitSha).toBeUndefined()
    expect(writes()).toEqual([])
  })

  it('re-reads and retries when the branch moves between our read and our write (409)', async () => {
    await write()
    github.requests.length = 0
    let pushed = false
    github.hooks.beforeRefUpdate = async (update) => {
      if (pushed) return
      pushed = true
      await github.pushCommit(update.repository, 'main', { 'dir/a.json': '{"someone":"else"}\n' }, 'Someone else')
    }
    const result = await write({ content: '{"a":3}\n' })
    expect(result.changed).toBe(true)
    expect(await github.git(repo, 'show', 'main:dir/a.json')).toBe('{"a":3}\n')
    // Nothing lost: the other commit is in history, ours is on top.
    expect(await github.git(repo, 'log', '--format=%s', 'main')).toMatch(/^Back up\nSomeone else\n/)
    expect(writes().filter((w) => w.startsWith('PUT'))).toEqual(['PUT 409', 'PUT 200'])
  })

  it('retries when the file appears between our read and our write (422 sha missing)', async () => {
    let pushed = false
    github.hooks.beforeRefUpdate = async (update) => {
      if (pushed) return
      pushed = true
      await github.pushCommit(update.repository, 'main', { 'dir/a.json': 'other\n' })
    }
    const result = await write()
    expect(result.changed).toBe(true)
    expect(await github.git(repo, 'show', 'main:dir/a.json')).toBe('{"a":1}\n')
  })

  it('handles files over 1 MB (the default media type refuses them)', async () => {
    const big = `${JSON.stringify({ data: 'x'.repeat(1_500_000) })}\n`
    await write({ content: big })
    github.requests.length = 0
    expect((await write({ content: big })).changed).toBe(false)
    expect(writes()).toEqual([])
  })

  it('writes the first commit of an empty repository', async () => {
    repo = `octo/writer-empty-${n}`
    await github.createRepo(repo)
    const result = await write()
    expect(result).toMatchObject({ changed: true, created: true, branch: 'main' })
    expect(await github.git(repo, 'ls-tree', '-r', '--name-only', 'main')).toBe('dir/a.json\n')
  })

  it('names a missing branch and suggests create-branch', async () => {
    await expect(write({ branch: 'backups' })).rejects.toThrow(GitHubNotFoundError)
    await expect(write({ branch: 'backups' })).rejects.toThrow(
      /Branch "backups" does not exist .* turn on `createBranch` .* "main"/
    )
    expect(writes()).toEqual([])
  })

  it('creates a missing branch from the default branch when asked', async () => {
    const result = await write({ branch: 'backups/postman', createBranch: true })
    expect(result).toMatchObject({ changed: true, branchCreated: true, branch: 'backups/postman' })
    expect(await github.git(repo, 'ls-tree', '-r', '--name-only', 'backups/postman')).toBe('README.md\ndir/a.json\n')
  })

  it('writes nothing in a dry run', async () => {
    const result = await write({ dryRun: true, branch: 'new', createBranch: true })
    expect(result.changed).toBe(true)
    expect(result.commitSha).toBeUndefined()
    expect(writes()).toEqual([])
  })

  it('names the permission when the token can only read', async () => {
    const error = await write({}, READ_TOKEN).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(GitHubPermissionError)
    expect((error as Error).message).toMatch(/contents: write.*`repo` scope.*Contents: Read and write/)
    expect(await github.git(repo, 'rev-list', '--count', 'main')).toBe('1\n')
  })

  it('says the repository is missing or invisible, mentioning GHES', async () => {
    await expect(
      writer().writeFile({ owner: 'octo', repo: 'nope', path: 'a.json', content: 'x', message: 'm' })
    ).rejects.toThrow(/404 while reading repository octo\/nope.*(github-api-url|githubApiUrl)/)
  })

  it('refuses to overwrite a folder', async () => {
    await write()
    await expect(write({ path: 'dir' })).rejects.toThrow(/dir on main is a folder, not a file/)
  })
})

describe('GitHub request timeout', () => {
  it('aborts a stalled request and retries it with a fresh timer', () =>
    withOwnGitHub(async (github) => {
      await github.createRepo('octo/slow', { files: { 'a.json': '{}\n' } })
      github.faults.add({ method: 'GET', path: '/repos/octo/slow', fault: { kind: 'delay', ms: 3000 } })
      const octokit = octokitFor(github, TOKEN, { requestTimeout: 500, unpacedWrites: true, retryAfterBaseMs: 50 })
      const started = Date.now()
      const result = await new ContentsWriter(octokit).writeFile({
        owner: 'octo',
        repo: 'slow',
        path: 'a.json',
        content: '{}\n',
        message: 'm'
      })
      expect(result.changed).toBe(false)
      // One aborted attempt (500 ms), plugin-retry's first backoff (50 ms here), then success.
      expect(github.requests.filter((r) => r.path === '/repos/octo/slow')).toHaveLength(2)
      expect(Date.now() - started).toBeLessThan(2900)
    }))
})

describe('answers that are not what they claim', () => {
  it('retries a 200 HTML page from a proxy instead of misreading it', () =>
    withOwnGitHub(async (github) => {
      await github.createRepo('octo/html', { files: { 'a.json': '{}\n' } })
      github.faults.add({ method: 'GET', path: '/repos/octo/html', fault: { kind: 'html' } })
      const octokit = octokitFor(github, TOKEN, { unpacedWrites: true, retryAfterBaseMs: 50 })
      const result = await new ContentsWriter(octokit).writeFile({
        owner: 'octo',
        repo: 'html',
        path: 'b.json',
        content: '{}\n',
        message: 'm'
      })
      expect(result.changed).toBe(true)
      expect(github.requests.filter((r) => r.path === '/repos/octo/html').map((r) => r.status)).toEqual([200, 200])
    }))

  it('keeps a token that an error body echoes out of the thrown error', () =>
    withOwnGitHub(async (github) => {
      await github.createRepo('octo/echo', { files: { 'a.json': '{}\n' } })
      github.faults.add({
        method: 'PUT',
        path: /contents/,
        fault: { kind: 'status', status: 400, body: { message: `Bad request from token ${TOKEN}` } }
      })
      const error = await new ContentsWriter(octokitFor(github, TOKEN, { unpacedWrites: true }))
        .writeFile({ owner: 'octo', repo: 'echo', path: 'b.json', content: '{}\n', message: 'm' })
        .catch((e: unknown) => e)
      const seen = `${(error as Error).message} ${String((error as Error).stack)} ${JSON.stringify(error)} ${String(((error as Error).cause as Error)?.message)}`
      expect((error as Error).message).toMatch(/400/)
      expect(seen).not.toContain(TOKEN)
    }))
})

describe('ContentsWriter.keepExisting', () => {
  it('keeps a file the predicate prefers, without writing', () =>
    withOwnGitHub(async (github) => {
      await github.createRepo('octo/keep', { files: { 'a.json': '{"v":2}\n' } })
      const writer = new ContentsWriter(octokitFor(github, TOKEN, { unpacedWrites: true }))
      const seen: string[] = []
      const kept = await writer.writeFile({
        owner: 'octo',
        repo: 'keep',
        path: 'a.json',
        content: '{"v":1}\n',
        message: 'm',
        keepExisting: (current) => (seen.push(current.toString()), true)
      })
      expect(seen).toEqual(['{"v":2}\n'])
      expect(kept).toMatchObject({ changed: false, keptExisting: true })
      expect(github.requests.filter((r) => r.method !== 'GET')).toHaveLength(0)
      const replaced = await writer.writeFile({
        owner: 'octo',
        repo: 'keep',
        path: 'a.json',
        content: '{"v":3}\n',
        message: 'm',
        keepExisting: () => false
      })
      expect(replaced.changed).toBe(true)
      expect(await github.git('octo/keep', 'show', 'main:a.json')).toBe('{"v":3}\n')
    }))

  it('reports our own commit when the answer to a write was lost and the retry found it applied', () =>
    withOwnGitHub(async (github) => {
      await github.createRepo('octo/lost', { files: { 'a.json': '{}\n' } })
      github.faults.add({ method: 'PUT', path: /contents/, fault: { kind: 'truncate' } })
      const octokit = octokitFor(github, TOKEN, { unpacedWrites: true, retryAfterBaseMs: 50 })
      const result = await new ContentsWriter(octokit).writeFile({
        owner: 'octo',
        repo: 'lost',
        path: 'a.json',
        content: '{"new":1}\n',
        message: 'Back up lost'
      })
      const head = (await github.git('octo/lost', 'rev-parse', 'main')).trim()
      expect(result).toMatchObject({ changed: true, commitSha: head })
      expect(await github.git('octo/lost', 'rev-list', '--count', 'main')).toBe('2\n')
    }))
})
