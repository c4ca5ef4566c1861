// Pull requests on the local GitHub server: GitHub's rules for opening them (one open pull request per head and
// base, something to merge, the Actions setting for workflow tokens, the pull-requests permission), the list
// filters, updates, and the merge helper tests use to play the reviewer.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { startGitHubServer, type GitHubServer } from '../../test-servers/github/server.js'

/** An answer body, read field by field in expectations. */
type Json = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any
const WORKFLOW = 'ghs_pulls_workflow'
const PAT = 'ghp_pulls_classic'
const NO_PULLS = 'ghs_pulls_contents_only'
const READ = 'ghs_pulls_read'

let server: GitHubServer

async function call(method: string, path: string, body?: unknown, token: string | null = PAT) {
  const headers: Record<string, string> = { accept: 'application/vnd.github+json' }
  if (token) headers.authorization = `Bearer ${token}`
  if (body !== undefined) headers['content-type'] = 'application/json'
  const res = await fetch(`${server.url}${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body)
  })
  return { status: res.status, headers: res.headers, body: (await res.json()) as Json }
}

beforeAll(async () => {
  server = await startGitHubServer()
  server.addToken(WORKFLOW, { repos: '*', permission: 'write' })
  server.addToken(PAT, { repos: '*', permission: 'write', kind: 'classic' })
  server.addToken(NO_PULLS, { repos: '*', permission: 'write', pullRequests: 'read' })
  server.addToken(READ, { repos: '*', permission: 'read', kind: 'fine-grained' })
})
afterAll(async () => {
  await server.close()
})

describe('opening a pull request', () => {
  let repo = ''
  let feature = ''
  beforeAll(async () => {
    repo = 'octo/open'
    await server.createRepo(repo, { files: { 'README.md': '# open\n' } })
    feature = await server.pushCommit(repo, 'postman-backup/main', { 'a.json': '{"a":1}\n' }, 'Back up A')
  })

  it('is refused to a workflow token while "Allow GitHub Actions to create and approve pull requests" is off', async () => {
    expect(server.repoSettings(repo).actionsCanCreatePullRequests).toBe(false)
    const res = await call(
      'POST',
      `/repos/${repo}/pulls`,
      { title: 't', head: 'postman-backup/main', base: 'main' },
      WORKFLOW
    )
    expect(res.status).toBe(403)
    expect(res.body).toMatchObject({
      message: 'GitHub Actions is not permitted to create or approve pull requests.',
      documentation_url: 'https://docs.github.com/rest/pulls/pulls#create-a-pull-request'
    })
    expect(server.pullRequests(repo)).toEqual([])
  })

  it('needs the pull-requests permission, not only contents', async () => {
    server.repoSettings(repo).actionsCanCreatePullRequests = true
    try {
      const res = await call(
        'POST',
        `/repos/${repo}/pulls`,
        { title: 't', head: 'postman-backup/main', base: 'main' },
        NO_PULLS
      )
      expect(res.status).toBe(403)
      expect(res.body.message).toBe('Resource not accessible by integration')
      expect(res.headers.get('x-accepted-github-permissions')).toBe('pull_requests=write')
      const read = await call(
        'POST',
        `/repos/${repo}/pulls`,
        { title: 't', head: 'postman-backup/main', base: 'main' },
        READ
      )
      expect(read.status).toBe(403)
      expect(read.body.message).toBe('Resource not accessible by personal access token')
    } finally {
      server.repoSettings(repo).actionsCanCreatePullRequests = false
    }
  })

  it('opens one with a personal access token, shaped like GitHub’s', async () => {
    const res = await call('POST', `/repos/${repo}/pulls`, {
      title: 'Back up 1 Postman collection',
      head: 'octo:postman-backup/main',
      base: 'main',
      body: 'A: 1 request added'
    })
    expect(res.status).toBe(201)
    expect(res.headers.get('location')).toBe(`${server.url}/repos/${repo}/pulls/1`)
    const main = (await server.git(repo, 'rev-parse', 'main')).trim()
    expect(res.body).toMatchObject({
      number: 1,
      state: 'open',
      title: 'Back up 1 Postman collection',
      body: 'A: 1 request added',
      html_url: `http://127.0.0.1:${server.port}/${repo}/pull/1`,
      head: { ref: 'postman-backup/main', sha: feature, label: 'octo:postman-backup/main' },
      base: { ref: 'main', sha: main, label: 'octo:main' },
      user: { login: 'test-user', type: 'User' },
      merged: false,
      commits: 1,
      additions: 1,
      deletions: 0,
      changed_files: 1
    })
    expect(res.body.created_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/)
  })

  it('refuses a second open pull request for the same head and base', async () => {
    const res = await call('POST', `/repos/${repo}/pulls`, {
      title: 'again',
      head: 'postman-backup/main',
      base: 'main'
    })
    expect(res.status).toBe(422)
    expect(res.body).toMatchObject({
      message: 'Validation Failed',
      errors: [
        {
          resource: 'PullRequest',
          code: 'custom',
          message: 'A pull request already exists for octo:postman-backup/main.'
        }
      ]
    })
  })

  it('refuses a head with nothing new, and unknown branches', async () => {
    await server.pushCommit(repo, 'same', {})
    await server.git(repo, 'update-ref', 'refs/heads/same', 'main')
    const empty = await call('POST', `/repos/${repo}/pulls`, { title: 't', head: 'same', base: 'main' })
    expect(empty.status).toBe(422)
    expect(empty.body.errors).toEqual([
      { resource: 'PullRequest', code: 'custom', message: 'No commits between main and same' }
    ])
    // main is behind postman-backup/main: the reverse direction has nothing to merge either.
    const behind = await call('POST', `/repos/${repo}/pulls`, { title: 't', head: 'main', base: 'postman-backup/main' })
    expect(behind.body.errors[0].message).toBe('No commits between postman-backup/main and main')
    const noHead = await call('POST', `/repos/${repo}/pulls`, { title: 't', head: 'nope', base: 'main' })
    expect([noHead.status, noHead.body.errors]).toEqual([
      422,
      [{ resource: 'PullRequest', field: 'head', code: 'invalid' }]
    ])
    const noBase = await call('POST', `/repos/${repo}/pulls`, { title: 't', head: 'postman-backup/main', base: 'nope' })
    expect(noBase.body.errors).toEqual([{ resource: 'PullRequest', field: 'base', code: 'invalid' }])
    const otherOwner = await call('POST', `/repos/${repo}/pulls`, {
      title: 't',
      head: 'someone:postman-backup/main',
      base: 'main'
    })
    expect(otherOwner.body.errors).toEqual([{ resource: 'PullRequest', field: 'head', code: 'invalid' }])
    const missing = await call('POST', `/repos/${repo}/pulls`, { head: 'postman-backup/main' })
    expect(missing.body.errors).toEqual([
      { resource: 'PullRequest', field: 'base', code: 'missing_field' },
      { resource: 'PullRequest', field: 'title', code: 'missing_field' }
    ])
  })

  it('lets a workflow token open one once the setting is on', async () => {
    await server.pushCommit(repo, 'other', { 'b.json': '{}' })
    server.repoSettings(repo).actionsCanCreatePullRequests = true
    const res = await call('POST', `/repos/${repo}/pulls`, { title: 'Other', head: 'other', base: 'main' }, WORKFLOW)
    expect(res.status).toBe(201)
    expect(res.body).toMatchObject({ number: 2, user: { login: 'github-actions[bot]', type: 'Bot' } })
    expect(res.body.user.url).toBe(`${server.url}/users/github-actions%5Bbot%5D`)
  })

  it('can be switched on when the repository is created', async () => {
    await server.createRepo('octo/allowed', { files: { a: 'a' }, settings: { actionsCanCreatePullRequests: true } })
    await server.pushCommit('octo/allowed', 'x', { b: 'b' })
    const res = await call('POST', '/repos/octo/allowed/pulls', { title: 't', head: 'x', base: 'main' }, WORKFLOW)
    expect(res.status).toBe(201)
  })
})

describe('listing, reading and updating pull requests', () => {
  const repo = 'octo/list'
  beforeAll(async () => {
    await server.createRepo(repo, { files: { 'README.md': '#\n' } })
    await server.pushCommit(repo, 'release', {})
    for (const branch of ['one', 'two']) {
      await server.pushCommit(repo, branch, { [`${branch}.json`]: '{}' })
      expect((await call('POST', `/repos/${repo}/pulls`, { title: branch, head: branch, base: 'main' })).status).toBe(
        201
      )
    }
    await server.pushCommit(repo, 'three', { 'three.json': '{}' })
    expect(
      (await call('POST', `/repos/${repo}/pulls`, { title: 'three', head: 'three', base: 'release' })).status
    ).toBe(201)
  })

  const titles = async (query: string) =>
    (await call('GET', `/repos/${repo}/pulls${query}`, undefined, null)).body.map((p: { title: string }) => p.title)

  it('filters by state, head (owner:branch) and base, newest first', async () => {
    expect(await titles('')).toEqual(['three', 'two', 'one'])
    expect(await titles('?head=octo:two')).toEqual(['two'])
    expect(await titles('?head=OCTO:two&base=main')).toEqual(['two'])
    expect(await titles('?head=elsewhere:two')).toEqual([])
    // As on GitHub, a head without its owner filters nothing.
    expect(await titles('?head=two')).toEqual(['three', 'two', 'one'])
    expect(await titles('?base=release')).toEqual(['three'])
    expect(await titles('?direction=asc')).toEqual(['one', 'two', 'three'])
    expect(await titles('?state=closed')).toEqual([])
    const bad = await call('GET', `/repos/${repo}/pulls?state=merged`)
    expect(bad.status).toBe(422)
  })

  it('pages with a Link header', async () => {
    const res = await call('GET', `/repos/${repo}/pulls?per_page=2`)
    expect(res.body.map((p: { number: number }) => p.number)).toEqual([3, 2])
    expect(res.headers.get('link')).toContain('rel="next"')
    const next = await call('GET', `/repos/${repo}/pulls?per_page=2&page=2`)
    expect(next.body.map((p: { number: number }) => p.number)).toEqual([1])
  })

  it('follows the head branch as it moves', async () => {
    const moved = await server.pushCommit(repo, 'one', { 'one.json': '{"more":true}' })
    const res = await call('GET', `/repos/${repo}/pulls/1`)
    expect(res.body).toMatchObject({ head: { sha: moved }, commits: 2 })
    expect((await call('GET', `/repos/${repo}/pulls?head=octo:one`)).body[0].head.sha).toBe(moved)
  })

  it('updates title and body, closes and reopens', async () => {
    const before = await call('GET', `/repos/${repo}/pulls/2`)
    const updated = await call('PATCH', `/repos/${repo}/pulls/2`, { title: 'Two, renamed', body: 'changelog' })
    expect(updated.status).toBe(200)
    expect(updated.body).toMatchObject({ number: 2, title: 'Two, renamed', body: 'changelog', state: 'open' })
    expect(updated.body.updated_at >= before.body.updated_at).toBe(true)
    const closed = await call('PATCH', `/repos/${repo}/pulls/2`, { state: 'closed' })
    expect(closed.body).toMatchObject({ state: 'closed', merged: false })
    expect(closed.body.closed_at).not.toBeNull()
    expect(await titles('?state=closed')).toEqual(['Two, renamed'])
    // A new pull request may be opened for the head once the old one is closed; then the old one cannot reopen.
    const again = await call('POST', `/repos/${repo}/pulls`, { title: 'two again', head: 'two', base: 'main' })
    expect(again.status).toBe(201)
    const reopen = await call('PATCH', `/repos/${repo}/pulls/2`, { state: 'open' })
    expect(reopen.status).toBe(422)
    expect(reopen.body.errors[0].message).toBe('A pull request already exists for octo:two.')
    await call('PATCH', `/repos/${repo}/pulls/${again.body.number}`, { state: 'closed' })
    expect((await call('PATCH', `/repos/${repo}/pulls/2`, { state: 'open' })).body).toMatchObject({
      state: 'open',
      closed_at: null
    })
  })

  it('answers 404 for an unknown number and 403 to a token that may not write pull requests', async () => {
    expect((await call('GET', `/repos/${repo}/pulls/99`)).status).toBe(404)
    expect((await call('PATCH', `/repos/${repo}/pulls/99`, { title: 'x' })).status).toBe(404)
    const denied = await call('PATCH', `/repos/${repo}/pulls/1`, { title: 'x' }, READ)
    expect(denied.status).toBe(403)
    expect((await call('PATCH', `/repos/${repo}/pulls/1`, { state: 'merged' })).status).toBe(422)
  })

  it('merges through mergePullRequest, as a reviewer would', async () => {
    const sha = await server.mergePullRequest(repo, 1)
    expect((await server.git(repo, 'rev-parse', 'main')).trim()).toBe(sha)
    expect((await server.git(repo, 'show', 'main:one.json')).trim()).toBe('{"more":true}')
    const res = await call('GET', `/repos/${repo}/pulls/1`)
    expect(res.body).toMatchObject({ state: 'closed', merged: true, merge_commit_sha: sha })
    await expect(server.mergePullRequest(repo, 1)).rejects.toThrow('No open pull request #1')
  })
})
