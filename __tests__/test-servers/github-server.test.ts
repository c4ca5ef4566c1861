import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { promisify } from 'node:util'
import { getOctokit } from '@actions/github'
import { secondaryRateLimit, startGitHubServer, type GitHubServer } from '../../test-servers/github/server.js'

const exec = promisify(execFile)

const WRITE = 'ghs_write_token'
const READ = 'ghs_read_token'
const NARROW = 'ghp_only_octo_elsewhere'
const b64 = (s: string | Buffer) => Buffer.from(s).toString('base64')

interface Answer {
  status: number
  body: any // eslint-disable-line @typescript-eslint/no-explicit-any
  text: string
  headers: Headers
}

function client(server: () => GitHubServer) {
  return async function api(
    method: string,
    path: string,
    opts: { token?: string | null; body?: unknown; accept?: string; auth?: string } = {}
  ): Promise<Answer> {
    const headers: Record<string, string> = { accept: opts.accept ?? 'application/vnd.github+json' }
    const token = opts.token === undefined ? WRITE : opts.token
    if (opts.auth) headers.authorization = opts.auth
    else if (token !== null) headers.authorization = `token ${token}`
    if (opts.body !== undefined) headers['content-type'] = 'application/json'
    const res = await fetch(`${server().url}${path}`, {
      method,
      headers,
      body: opts.body === undefined ? undefined : JSON.stringify(opts.body)
    })
    const text = await res.text()
    let body: unknown = text
    try {
      body = JSON.parse(text)
    } catch {
      // not JSON (raw media type)
    }
    return { status: res.status, body, text, headers: res.headers }
  }
}

let server: GitHubServer
const api = client(() => server)
let counter = 0
/** A fresh repository per test keeps tests independent while sharing one server. */
async function repo(
  options: Parameters<GitHubServer['createRepo']>[1] = { files: { 'README.md': '# backups\n' } }
): Promise<string> {
  const name = `octo/repo-${++counter}`
  await server.createRepo(name, options)
  return name
}

beforeAll(async () => {
  server = await startGitHubServer()
  server.addToken(WRITE, { repos: '*', permission: 'write' })
  server.addToken(READ, { repos: '*', permission: 'read' })
  server.addToken(NARROW, { repos: ['octo/elsewhere'], permission: 'write' })
})
afterAll(() => server.close())

describe('GitHub server: repositories, auth and headers', () => {
  it('answers GET repo with GitHub fields, case-insensitively, with the caller permissions', async () => {
    const name = await repo({ files: { a: 'a' }, private: true, defaultBranch: 'trunk' })
    const { status, body } = await api('GET', `/repos/${name.toUpperCase()}`)
    expect(status).toBe(200)
    expect(body).toMatchObject({
      full_name: name,
      name: name.split('/')[1],
      owner: { login: 'octo', type: 'User' },
      private: true,
      visibility: 'private',
      default_branch: 'trunk',
      permissions: { push: true, pull: true, admin: false },
      html_url: `http://127.0.0.1:${server.port}/${name}`,
      url: `${server.url}/repos/${name}`
    })
    expect((await api('GET', `/repos/${name}`, { token: READ })).body.permissions.push).toBe(false)
  })

  it('refuses unknown tokens with 401 Bad credentials, with token or Bearer scheme', async () => {
    const name = await repo()
    for (const auth of ['token nope', 'Bearer nope', 'Basic Zm9vOmJhcg==']) {
      const { status, body } = await api('GET', `/repos/${name}`, { auth })
      expect(status).toBe(401)
      expect(body).toEqual({
        message: 'Bad credentials',
        documentation_url: 'https://docs.github.com/rest',
        status: '401'
      })
    }
    expect((await api('GET', `/repos/${name}`, { auth: `Bearer ${WRITE}` })).status).toBe(200)
  })

  it('hides private repositories from tokens without access (404) and lets anyone read public ones', async () => {
    const priv = await repo({ files: { a: 'a' }, private: true })
    const pub = await repo({ files: { a: 'a' } })
    const notFound = await api('GET', `/repos/${priv}/contents/a`, { token: NARROW })
    expect(notFound.status).toBe(404)
    expect(notFound.body).toEqual({
      message: 'Not Found',
      documentation_url: 'https://docs.github.com/rest/repos/contents#get-repository-content',
      status: '404'
    })
    expect((await api('GET', `/repos/${priv}`, { token: null })).status).toBe(404)
    expect((await api('GET', `/repos/${pub}/contents/a`, { token: null })).status).toBe(200)
    expect((await api('GET', `/repos/${pub}/contents/a`, { token: NARROW })).status).toBe(200)
    const anonymousWrite = await api('PUT', `/repos/${pub}/contents/b`, {
      token: null,
      body: { message: 'm', content: b64('b') }
    })
    expect(anonymousWrite.status).toBe(401)
    expect(anonymousWrite.body.message).toBe('Requires authentication')
    const foreignWrite = await api('PUT', `/repos/${pub}/contents/b`, {
      token: NARROW,
      body: { message: 'm', content: b64('b') }
    })
    expect(foreignWrite.status).toBe(403)
  })

  it('answers 403 Resource not accessible by integration to a read token on every write route', async () => {
    const name = await repo()
    const head = (await server.git(name, 'rev-parse', 'main')).trim()
    const writes: Array<[string, string, unknown]> = [
      ['PUT', `/repos/${name}/contents/x.json`, { message: 'm', content: b64('x') }],
      ['POST', `/repos/${name}/git/blobs`, { content: 'x' }],
      ['POST', `/repos/${name}/git/trees`, { tree: [{ path: 'x', mode: '100644', type: 'blob', content: 'x' }] }],
      ['POST', `/repos/${name}/git/commits`, { message: 'm', tree: '4b825dc642cb6eb9a060e54bf8d69288fbee4904' }],
      ['POST', `/repos/${name}/git/refs`, { ref: 'refs/heads/x', sha: head }],
      ['PATCH', `/repos/${name}/git/refs/heads/main`, { sha: head }]
    ]
    for (const [method, path, body] of writes) {
      const answer = await api(method, path, { token: READ, body })
      expect([method, path, answer.status, answer.body.message]).toEqual([
        method,
        path,
        403,
        'Resource not accessible by integration'
      ])
      expect(answer.body.documentation_url).toMatch(/^https:\/\/docs\.github\.com\/rest\//)
    }
    expect((await server.git(name, 'rev-parse', 'main')).trim()).toBe(head)
  })

  it('answers unknown routes and methods with GitHub 404 JSON', async () => {
    const name = await repo()
    const expected = { message: 'Not Found', documentation_url: 'https://docs.github.com/rest', status: '404' }
    expect((await api('GET', '/definitely/not/a/route')).body).toEqual(expected)
    const del = await api('DELETE', `/repos/${name}/git/blobs`)
    expect([del.status, del.body]).toEqual([404, expected])
    const missing = await api('GET', '/repos/octo/no-such-repo')
    expect([missing.status, missing.body.message]).toEqual([404, 'Not Found'])
  })

  it('sends rate-limit headers that count down per token', async () => {
    const name = await repo()
    const first = await api('GET', `/repos/${name}`, { token: READ })
    const second = await api('GET', `/repos/${name}`, { token: READ })
    for (const h of ['x-ratelimit-limit', 'x-ratelimit-remaining', 'x-ratelimit-reset', 'x-ratelimit-used']) {
      expect(first.headers.get(h)).toMatch(/^\d+$/)
    }
    expect(first.headers.get('x-ratelimit-resource')).toBe('core')
    expect(first.headers.get('x-ratelimit-limit')).toBe('5000')
    expect(Number(second.headers.get('x-ratelimit-remaining'))).toBe(
      Number(first.headers.get('x-ratelimit-remaining')) - 1
    )
    expect(Number(second.headers.get('x-ratelimit-used'))).toBe(Number(first.headers.get('x-ratelimit-used')) + 1)
    expect(Number(first.headers.get('x-ratelimit-reset'))).toBeGreaterThan(Date.now() / 1000)
    // Another token has its own budget.
    server.addToken('ghs_fresh', { repos: '*', permission: 'read' })
    const other = await api('GET', `/repos/${name}`, { token: 'ghs_fresh' })
    expect(Number(other.headers.get('x-ratelimit-remaining'))).toBe(4999)
  })

  it('answers 403 with x-ratelimit-remaining 0 once a token used up its primary rate limit', async () => {
    const name = await repo()
    server.addToken('ghs_tiny', { repos: '*', permission: 'write', rateLimit: 2 })
    expect((await api('GET', `/repos/${name}`, { token: 'ghs_tiny' })).status).toBe(200)
    expect((await api('GET', `/repos/${name}`, { token: 'ghs_tiny' })).status).toBe(200)
    const limited = await api('GET', `/repos/${name}`, { token: 'ghs_tiny' })
    expect(limited.status).toBe(403)
    expect(limited.body.message).toMatch(/^API rate limit exceeded/)
    expect(limited.headers.get('x-ratelimit-remaining')).toBe('0')
  })

  it('injects secondary rate limits through faults with a retry-after header', async () => {
    const name = await repo()
    server.faults.add({ method: 'PUT', path: `/repos/${name}/contents/a.json`, fault: secondaryRateLimit(7) })
    const limited = await api('PUT', `/repos/${name}/contents/a.json`, { body: { message: 'm', content: b64('a') } })
    expect(limited.status).toBe(403)
    expect(limited.headers.get('retry-after')).toBe('7')
    expect(limited.body.message).toMatch(/\bsecondary rate\b/i) // what @octokit/plugin-throttling looks for
    expect(limited.headers.get('x-ratelimit-limit')).toBe('5000')
    expect(
      (await api('PUT', `/repos/${name}/contents/a.json`, { body: { message: 'm', content: b64('a') } })).status
    ).toBe(201)
    expect(secondaryRateLimit(3, 429)).toMatchObject({ kind: 'status', status: 429, headers: { 'retry-after': '3' } })
  })

  it('records requests without the prefix, with their status and body', async () => {
    const name = await repo()
    const before = server.requests.length
    await api('PUT', `/repos/${name}/contents/r.txt`, { body: { message: 'record me', content: b64('r') } })
    const recorded = server.requests.slice(before)
    expect(recorded).toHaveLength(1)
    expect(recorded[0]).toMatchObject({ method: 'PUT', path: `/repos/${name}/contents/r.txt`, status: 201 })
    expect(JSON.parse(recorded[0].body!)).toEqual({ message: 'record me', content: b64('r') })
    expect(recorded[0].headers.authorization).toBe(`token ${WRITE}`)
  })
})

describe('GitHub server: contents API', () => {
  it('reads a file: base64 wrapped at 60 characters, sha = git blob sha, GitHub URLs', async () => {
    const content = JSON.stringify(
      { info: { name: 'Collection' }, item: Array.from({ length: 20 }, (_, i) => ({ name: `request ${i}` })) },
      null,
      2
    )
    const name = await repo({ files: { 'collections/api.postman_collection.json': content } })
    const { status, body } = await api('GET', `/repos/${name}/contents/collections/api.postman_collection.json`)
    expect(status).toBe(200)
    const lines = (body.content as string).split('\n')
    expect(body.content.endsWith('\n')).toBe(true)
    expect(lines.slice(0, -2).every((l) => l.length === 60)).toBe(true)
    expect(Buffer.from(body.content, 'base64').toString('utf8')).toBe(content)
    expect(body.sha).toBe((await server.git(name, 'rev-parse', 'main:collections/api.postman_collection.json')).trim())
    expect(body).toMatchObject({
      type: 'file',
      encoding: 'base64',
      name: 'api.postman_collection.json',
      path: 'collections/api.postman_collection.json',
      size: Buffer.byteLength(content),
      url: `${server.url}/repos/${name}/contents/collections/api.postman_collection.json?ref=main`,
      git_url: `${server.url}/repos/${name}/git/blobs/${body.sha}`,
      html_url: `http://127.0.0.1:${server.port}/${name}/blob/main/collections/api.postman_collection.json`
    })
    expect(body._links).toEqual({ self: body.url, git: body.git_url, html: body.html_url })
    // The download URL serves the bytes.
    expect(await (await fetch(body.download_url)).text()).toBe(content)
  })

  it('gives private files a download_url that works without the API token, as raw.githubusercontent.com links do', async () => {
    const name = await repo({ files: { 'secret.json': '{"s":1}' }, private: true })
    const { body } = await api('GET', `/repos/${name}/contents/secret.json`)
    expect(body.download_url).toMatch(/\?token=DL[0-9A-F]+$/)
    const viaLink = await fetch(body.download_url)
    expect([viaLink.status, await viaLink.text()]).toEqual([200, '{"s":1}'])
    const withoutToken = await fetch(body.download_url.replace(/\?token=.*$/, ''))
    expect(withoutToken.status).toBe(404)
  })

  it('lists directories as arrays, or as an object with entries for the object media type', async () => {
    const name = await repo({ files: { 'dir/a.json': 'a', 'dir/sub/b.json': 'b', 'top.txt': 't' } })
    const list = await api('GET', `/repos/${name}/contents/dir`)
    expect(list.status).toBe(200)
    expect(list.body.map((e: { name: string; type: string; path: string }) => [e.name, e.type, e.path])).toEqual([
      ['a.json', 'file', 'dir/a.json'],
      ['sub', 'dir', 'dir/sub']
    ])
    const root = await api('GET', `/repos/${name}/contents`)
    expect(root.body.map((e: { name: string }) => e.name)).toEqual(['dir', 'top.txt'])
    expect((await api('GET', `/repos/${name}/contents/`)).body).toEqual(root.body)
    const object = await api('GET', `/repos/${name}/contents/dir`, { accept: 'application/vnd.github.object+json' })
    expect(object.body).toMatchObject({ type: 'dir', path: 'dir', name: 'dir' })
    expect(object.body.entries).toHaveLength(2)
  })

  it('reads other refs (branch with slashes, commit sha) and answers GitHub 404s', async () => {
    const name = await repo({ files: { 'a.txt': 'main version' } })
    const first = (await server.git(name, 'rev-parse', 'main')).trim()
    await server.pushCommit(name, 'backups/postman', { 'a.txt': 'branch version' })
    const branch = await api('GET', `/repos/${name}/contents/a.txt?ref=${encodeURIComponent('backups/postman')}`)
    expect(Buffer.from(branch.body.content, 'base64').toString()).toBe('branch version')
    const bySha = await api('GET', `/repos/${name}/contents/a.txt?ref=${first}`)
    expect(Buffer.from(bySha.body.content, 'base64').toString()).toBe('main version')
    const noFile = await api('GET', `/repos/${name}/contents/missing.json`)
    expect([noFile.status, noFile.body.message]).toEqual([404, 'Not Found'])
    const noRef = await api('GET', `/repos/${name}/contents/a.txt?ref=nope`)
    expect([noRef.status, noRef.body.message]).toEqual([404, 'No commit found for the ref nope'])
    const empty = await repo({})
    const onEmpty = await api('GET', `/repos/${empty}/contents/a.txt`)
    expect([onEmpty.status, onEmpty.body.message]).toEqual([404, 'This repository is empty.'])
  })

  it('treats files over 1 MB as GitHub does: 403 too_large, or encoding "none" with the object media type, raw bytes with raw', async () => {
    const big = Buffer.alloc(1024 * 1024 + 10, 'x')
    const name = await repo({ files: { 'big.json': big, 'small.json': '{}' } })
    const refused = await api('GET', `/repos/${name}/contents/big.json`)
    expect(refused.status).toBe(403)
    expect(refused.body).toEqual({
      message:
        'This API returns blobs up to 1 MB in size. The requested blob is too large to fetch via the API, but you can use the Git Data API to request blobs up to 100 MB in size.',
      errors: [{ resource: 'Blob', field: 'data', code: 'too_large' }],
      documentation_url: 'https://docs.github.com/rest/repos/contents#get-repository-content',
      status: '403'
    })
    const object = await api('GET', `/repos/${name}/contents/big.json`, { accept: 'application/vnd.github.object' })
    expect(object.status).toBe(200)
    expect(object.body).toMatchObject({ type: 'file', encoding: 'none', content: '', size: big.length })
    const raw = await api('GET', `/repos/${name}/contents/big.json`, { accept: 'application/vnd.github.raw+json' })
    expect(raw.status).toBe(200)
    expect(raw.text).toBe(big.toString())
    expect(raw.headers.get('content-type')).toMatch(/^application\/vnd\.github\.raw/)
    // The Git Data API serves it (up to 100 MB).
    const blob = await api('GET', `/repos/${name}/git/blobs/${object.body.sha}`)
    expect(Buffer.from(blob.body.content, 'base64').equals(big)).toBe(true)
    expect((await api('GET', `/repos/${name}/contents/small.json`)).status).toBe(200)

    const lenient = await startGitHubServer({ largeFileContents: 'empty' })
    try {
      await lenient.createRepo('octo/big', { files: { 'big.json': big } })
      const res = await fetch(`${lenient.url}/repos/octo/big/contents/big.json`)
      expect(res.status).toBe(200)
      expect(await res.json()).toMatchObject({ encoding: 'none', content: '' })
    } finally {
      await lenient.close()
    }
  })

  it('PUT creates a file: 201, a real commit by github-actions[bot] holding exactly the content sent', async () => {
    const name = await repo()
    const content = '{\n  "info": { "name": "API" }\n}\n'
    const { status, body } = await api('PUT', `/repos/${name}/contents/collections/api.json`, {
      body: { message: 'Back up API', content: b64(content) }
    })
    expect(status).toBe(201)
    const head = (await server.git(name, 'rev-parse', 'main')).trim()
    expect(body.commit.sha).toBe(head)
    expect(body.commit.message).toBe('Back up API')
    expect(body.commit.parents).toHaveLength(1)
    expect(body.commit.author).toMatchObject({
      name: 'github-actions[bot]',
      email: '41898282+github-actions[bot]@users.noreply.github.com'
    })
    expect(body.commit.author.date).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/)
    expect(body.content).toMatchObject({ path: 'collections/api.json', type: 'file', size: Buffer.byteLength(content) })
    expect(await server.git(name, 'show', 'main:collections/api.json')).toBe(content)
    expect(body.content.sha).toBe((await server.git(name, 'rev-parse', 'main:collections/api.json')).trim())
    expect(await server.git(name, 'log', '-1', '--format=%an <%ae>|%cn <%ce>|%s', 'main')).toBe(
      'github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com>|github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com>|Back up API\n'
    )
    // A real repository: plain git works on it, and it is consistent.
    const { stdout } = await exec('git', ['-C', server.gitDir(name), 'log', '--oneline', 'main'])
    expect(stdout.trim().split('\n')).toHaveLength(2)
    await server.git(name, 'fsck', '--strict')
  })

  it('PUT updates with the right sha (200), takes author/committer from the request, and refuses stale or missing shas', async () => {
    const name = await repo({ files: { 'a.json': 'v1' } })
    const sha = (await server.git(name, 'rev-parse', 'main:a.json')).trim()
    const missing = await api('PUT', `/repos/${name}/contents/a.json`, { body: { message: 'm', content: b64('v2') } })
    expect([missing.status, missing.body.message]).toEqual([422, 'Invalid request.\n\n"sha" wasn\'t supplied.'])
    const stale = await api('PUT', `/repos/${name}/contents/a.json`, {
      body: { message: 'm', content: b64('v2'), sha: 'a'.repeat(40) }
    })
    expect([stale.status, stale.body.message]).toEqual([409, `a.json does not match ${'a'.repeat(40)}`])
    const ok = await api('PUT', `/repos/${name}/contents/a.json`, {
      body: {
        message: 'update',
        content: b64('v2'),
        sha,
        committer: { name: 'Backup Bot', email: 'bot@example.com' },
        author: { name: 'Ada', email: 'ada@example.com', date: '2024-01-02T03:04:05Z' }
      }
    })
    expect(ok.status).toBe(200)
    expect(ok.body.commit.author).toEqual({ name: 'Ada', email: 'ada@example.com', date: '2024-01-02T03:04:05Z' })
    expect(await server.git(name, 'log', '-1', '--format=%an <%ae> %aI|%cn <%ce>', 'main')).toBe(
      'Ada <ada@example.com> 2024-01-02T03:04:05+00:00|Backup Bot <bot@example.com>\n'
    )
    expect(await server.git(name, 'show', 'main:a.json')).toBe('v2')
    expect(await server.git(name, 'rev-list', '--count', 'main')).toBe('2\n')
  })

  it('PUT answers GitHub errors for a missing branch, bad input and a file in the way', async () => {
    const name = await repo({ files: { 'a.json': 'v1' } })
    const head = (await server.git(name, 'rev-parse', 'main')).trim()
    const noBranch = await api('PUT', `/repos/${name}/contents/b.json`, {
      body: { message: 'm', content: b64('b'), branch: 'nope' }
    })
    expect([noBranch.status, noBranch.body.message]).toEqual([404, 'Branch nope not found'])
    const noMessage = await api('PUT', `/repos/${name}/contents/b.json`, { body: { content: b64('b') } })
    expect([noMessage.status, noMessage.body.message]).toEqual([422, 'Invalid request.\n\n"message" wasn\'t supplied.'])
    const badBase64 = await api('PUT', `/repos/${name}/contents/b.json`, { body: { message: 'm', content: '***' } })
    expect(badBase64.status).toBe(422)
    const inTheWay = await api('PUT', `/repos/${name}/contents/a.json/child.json`, {
      body: { message: 'm', content: b64('c') }
    })
    expect(inTheWay.status).toBe(409)
    expect(inTheWay.body.message).toMatch(/^Sorry, a file exists where you’re trying to create a subdirectory/)
    const badPath = await api('PUT', `/repos/${name}/contents/a//b.json`, { body: { message: 'm', content: b64('c') } })
    expect(badPath.status).toBe(422)
    expect((await server.git(name, 'rev-parse', 'main')).trim()).toBe(head)
  })

  it('PUT on an empty repository creates the first commit and the branch', async () => {
    const name = await repo({})
    expect(await server.git(name, 'for-each-ref')).toBe('')
    const { status, body } = await api('PUT', `/repos/${name}/contents/backup/env.json`, {
      body: { message: 'first', content: b64('{}') }
    })
    expect(status).toBe(201)
    expect(body.commit.parents).toEqual([])
    expect(await server.git(name, 'rev-list', '--count', 'main')).toBe('1\n')
    expect(await server.git(name, 'show', 'main:backup/env.json')).toBe('{}')
    expect((await server.git(name, 'symbolic-ref', 'HEAD')).trim()).toBe('refs/heads/main')
    expect((await api('GET', `/repos/${name}/contents/backup/env.json`)).status).toBe(200)
    // Another branch name on an empty repository becomes the first branch (and the default).
    const other = await repo({})
    expect(
      (
        await api('PUT', `/repos/${other}/contents/x.json`, {
          body: { message: 'first', content: b64('x'), branch: 'backups' }
        })
      ).status
    ).toBe(201)
    expect((await api('GET', `/repos/${other}`)).body.default_branch).toBe('backups')
  })

  it('detects concurrent writes to one branch as GitHub does: each PUT lands or gets 409 "is at X but expected Y"', async () => {
    const name = await repo({ files: { 'shared.json': 'v0' } })
    const puts = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        api('PUT', `/repos/${name}/contents/files/${i}.json`, {
          body: { message: `file ${i}`, content: b64(String(i)) }
        })
      )
    )
    const landed = puts.flatMap((p, i) => (p.status === 201 ? [`${i}.json`] : []))
    for (const p of puts.filter((p) => p.status !== 201)) {
      expect([p.status, p.body.message]).toEqual([
        409,
        expect.stringMatching(/^is at [0-9a-f]{40} but expected [0-9a-f]{40}$/)
      ])
    }
    expect(landed.length).toBeGreaterThanOrEqual(1)
    // Exactly the files of the successful writes are on the branch, one linear commit each.
    expect(await server.git(name, 'rev-list', '--count', 'main')).toBe(`${1 + landed.length}\n`)
    expect((await server.git(name, 'ls-tree', '--name-only', 'main:files')).trim().split('\n').sort()).toEqual(
      landed.sort()
    )
    const sha = (await server.git(name, 'rev-parse', 'main:shared.json')).trim()
    const racing = await Promise.all(
      Array.from({ length: 4 }, (_, i) =>
        api('PUT', `/repos/${name}/contents/shared.json`, {
          body: { message: `race ${i}`, content: b64(`v${i + 1}`), sha }
        })
      )
    )
    expect(racing.map((r) => r.status).sort()).toEqual([200, 409, 409, 409])
    await server.git(name, 'fsck', '--strict')
  })

  it('lets a test push in between a read and a ref update (hooks.beforeRefUpdate) to get the real race answers', async () => {
    const name = await repo({ files: { 'a.json': 'a' } })
    const before = (await server.git(name, 'rev-parse', 'main')).trim()
    let theirs = ''
    server.hooks.beforeRefUpdate = async (update) => {
      server.hooks.beforeRefUpdate = undefined
      expect(update).toMatchObject({ repository: name, ref: 'refs/heads/main', expected: before })
      theirs = await server.pushCommit(name, 'main', { 'other.json': 'theirs' })
    }
    const put = await api('PUT', `/repos/${name}/contents/b.json`, { body: { message: 'mine', content: b64('b') } })
    expect([put.status, put.body.message]).toEqual([409, `is at ${theirs} but expected ${before}`])
    expect((await server.git(name, 'rev-parse', 'main')).trim()).toBe(theirs)
    // The retry (re-read, re-send) lands on top of their commit.
    expect(
      (await api('PUT', `/repos/${name}/contents/b.json`, { body: { message: 'mine', content: b64('b') } })).status
    ).toBe(201)
    expect(await server.git(name, 'log', '--format=%s', 'main')).toBe(
      'mine\nCommit pushed by someone else\nInitial commit\n'
    )

    const head = (await server.git(name, 'rev-parse', 'main')).trim()
    const tree = await api('POST', `/repos/${name}/git/trees`, {
      body: { base_tree: head, tree: [{ path: 'c.json', mode: '100644', type: 'blob', content: 'c' }] }
    })
    const commit = await api('POST', `/repos/${name}/git/commits`, {
      body: { message: 'c', tree: tree.body.sha, parents: [head] }
    })
    server.hooks.beforeRefUpdate = async () => {
      server.hooks.beforeRefUpdate = undefined
      await server.pushCommit(name, 'main', { 'd.json': 'd' })
    }
    const patch = await api('PATCH', `/repos/${name}/git/refs/heads/main`, { body: { sha: commit.body.sha } })
    expect([patch.status, patch.body.message]).toEqual([422, 'Reference cannot be updated'])
  })
})

describe('GitHub server: Git Data API', () => {
  it('moves a branch with blob + tree + commit + ref update, and git sees exactly that', async () => {
    const name = await repo({ files: { 'keep.json': 'keep', 'old.json': 'old', 'dir/x.json': 'x' } })
    const ref = await api('GET', `/repos/${name}/git/ref/heads/main`)
    expect(ref.status).toBe(200)
    const base = ref.body.object.sha
    expect(ref.body).toMatchObject({
      ref: 'refs/heads/main',
      object: { type: 'commit', sha: (await server.git(name, 'rev-parse', 'main')).trim() }
    })
    const baseCommit = await api('GET', `/repos/${name}/git/commits/${base}`)
    expect(baseCommit.body.tree.sha).toBe((await server.git(name, 'rev-parse', 'main^{tree}')).trim())
    const blob = await api('POST', `/repos/${name}/git/blobs`, {
      body: { content: b64(Buffer.from([0, 1, 2, 255])), encoding: 'base64' }
    })
    expect(blob.status).toBe(201)
    expect(blob.headers.get('location')).toBe(blob.body.url)
    const text = await api('POST', `/repos/${name}/git/blobs`, { body: { content: 'héllo', encoding: 'utf-8' } })
    const tree = await api('POST', `/repos/${name}/git/trees`, {
      body: {
        base_tree: baseCommit.body.tree.sha,
        tree: [
          { path: 'bin/data.bin', mode: '100644', type: 'blob', sha: blob.body.sha },
          { path: 'hello.txt', mode: '100644', type: 'blob', sha: text.body.sha },
          { path: 'inline.json', mode: '100644', type: 'blob', content: '{"inline":true}' },
          { path: 'old.json', mode: '100644', type: 'blob', sha: null },
          { path: 'dir', mode: '040000', type: 'tree', sha: null }
        ]
      }
    })
    expect(tree.status).toBe(201)
    expect(tree.body.tree.map((e: { path: string }) => e.path)).toEqual([
      'bin',
      'hello.txt',
      'inline.json',
      'keep.json'
    ])
    const commit = await api('POST', `/repos/${name}/git/commits`, {
      body: {
        message: 'Backup 2024-05-01',
        tree: tree.body.sha,
        parents: [base],
        author: { name: 'Postman Backup', email: 'backup@example.com' }
      }
    })
    expect(commit.status).toBe(201)
    expect(commit.body).toMatchObject({
      message: 'Backup 2024-05-01',
      tree: { sha: tree.body.sha },
      parents: [{ sha: base }]
    })
    // Creating objects does not move the branch...
    expect((await server.git(name, 'rev-parse', 'main')).trim()).toBe(base)
    const moved = await api('PATCH', `/repos/${name}/git/refs/heads/main`, { body: { sha: commit.body.sha } })
    expect(moved.status).toBe(200)
    expect(moved.body.object.sha).toBe(commit.body.sha)
    // ...the ref update does.
    expect((await server.git(name, 'rev-parse', 'main')).trim()).toBe(commit.body.sha)
    expect((await server.git(name, 'ls-tree', '-r', '--name-only', 'main')).trim().split('\n')).toEqual([
      'bin/data.bin',
      'hello.txt',
      'inline.json',
      'keep.json'
    ])
    expect(await server.git(name, 'show', 'main:hello.txt')).toBe('héllo')
    expect(await server.git(name, 'show', 'main:inline.json')).toBe('{"inline":true}')
    expect(await server.git(name, 'log', '-1', '--format=%an <%ae>|%cn|%P', 'main')).toBe(
      `Postman Backup <backup@example.com>|Postman Backup|${base}\n`
    )
    await server.git(name, 'fsck', '--strict')
  })

  it('refuses a non-fast-forward ref update unless forced', async () => {
    const name = await repo({ files: { 'a.json': '1' } })
    const base = (await server.git(name, 'rev-parse', 'main')).trim()
    const baseTree = (await server.git(name, 'rev-parse', 'main^{tree}')).trim()
    const theirs = await server.pushCommit(name, 'main', { 'a.json': '2' }, 'someone else')
    const tree = await api('POST', `/repos/${name}/git/trees`, {
      body: { base_tree: baseTree, tree: [{ path: 'b.json', mode: '100644', type: 'blob', content: 'mine' }] }
    })
    const mine = await api('POST', `/repos/${name}/git/commits`, {
      body: { message: 'mine', tree: tree.body.sha, parents: [base] }
    })
    const refused = await api('PATCH', `/repos/${name}/git/refs/heads/main`, { body: { sha: mine.body.sha } })
    expect([refused.status, refused.body.message]).toEqual([422, 'Update is not a fast forward'])
    expect(refused.body.documentation_url).toBe('https://docs.github.com/rest/git/refs#update-a-reference')
    expect((await server.git(name, 'rev-parse', 'main')).trim()).toBe(theirs)
    const forced = await api('PATCH', `/repos/${name}/git/refs/heads/main`, {
      body: { sha: mine.body.sha, force: true }
    })
    expect(forced.status).toBe(200)
    expect((await server.git(name, 'rev-parse', 'main')).trim()).toBe(mine.body.sha)
  })

  it('creates refs (422 when they exist or the object is unknown) and reads refs with slashes', async () => {
    const name = await repo()
    const head = (await server.git(name, 'rev-parse', 'main')).trim()
    const created = await api('POST', `/repos/${name}/git/refs`, {
      body: { ref: 'refs/heads/backups/postman', sha: head }
    })
    expect(created.status).toBe(201)
    expect(created.body).toMatchObject({
      ref: 'refs/heads/backups/postman',
      url: `${server.url}/repos/${name}/git/refs/heads/backups/postman`
    })
    expect((await server.git(name, 'rev-parse', 'backups/postman')).trim()).toBe(head)
    const again = await api('POST', `/repos/${name}/git/refs`, {
      body: { ref: 'refs/heads/backups/postman', sha: head }
    })
    expect([again.status, again.body.message]).toEqual([422, 'Reference already exists'])
    const unknown = await api('POST', `/repos/${name}/git/refs`, { body: { ref: 'refs/heads/x', sha: 'b'.repeat(40) } })
    expect([unknown.status, unknown.body.message]).toEqual([422, 'Object does not exist'])
    const badName = await api('POST', `/repos/${name}/git/refs`, { body: { ref: 'heads/x', sha: head } })
    expect([badName.status, badName.body.message]).toEqual([422, "Reference name must start with 'refs/'."])
    const read = await api('GET', `/repos/${name}/git/ref/${encodeURIComponent('heads/backups/postman')}`)
    expect(read.body.object.sha).toBe(head)
    expect((await api('GET', `/repos/${name}/git/ref/heads/backups/postman`)).status).toBe(200)
    const missing = await api('GET', `/repos/${name}/git/ref/heads/nope`)
    expect([missing.status, missing.body.message]).toEqual([404, 'Not Found'])
    const noRef = await api('PATCH', `/repos/${name}/git/refs/heads/nope`, { body: { sha: head } })
    expect([noRef.status, noRef.body.message]).toEqual([422, 'Reference does not exist'])
  })

  it('reads trees by sha or branch name, recursively, and commits', async () => {
    const name = await repo({ files: { 'a/b/c.json': 'c', 'top.json': 't' } })
    await server.pushCommit(name, 'feature/x', { 'f.json': 'f' })
    const flat = await api('GET', `/repos/${name}/git/trees/main`)
    expect(flat.body.tree.map((e: { path: string; type: string }) => `${e.type}:${e.path}`)).toEqual([
      'tree:a',
      'blob:top.json'
    ])
    const deep = await api('GET', `/repos/${name}/git/trees/feature/x?recursive=1`)
    expect(deep.body.tree.map((e: { path: string; type: string }) => `${e.type}:${e.path}`)).toEqual([
      'tree:a',
      'tree:a/b',
      'blob:a/b/c.json',
      'blob:f.json',
      'blob:top.json'
    ])
    expect(deep.body.truncated).toBe(false)
    const blobSha = (await server.git(name, 'rev-parse', 'main:top.json')).trim()
    expect(deep.body.tree.find((e: { path: string }) => e.path === 'top.json')).toEqual({
      path: 'top.json',
      mode: '100644',
      type: 'blob',
      sha: blobSha,
      size: 1,
      url: `${server.url}/repos/${name}/git/blobs/${blobSha}`
    })
    const ofBlob = await api('GET', `/repos/${name}/git/trees/${blobSha}`)
    expect([ofBlob.status, ofBlob.body.message]).toEqual([
      422,
      'Invalid object requested. SHA must identify a commit or a tree.'
    ])
    expect((await api('GET', `/repos/${name}/git/trees/${'c'.repeat(40)}`)).status).toBe(404)
    expect((await api('GET', `/repos/${name}/git/commits/${blobSha}`)).status).toBe(404)
    const branch = await api('GET', `/repos/${name}/branches/${encodeURIComponent('feature/x')}`)
    expect(branch.status).toBe(200)
    expect(branch.body).toMatchObject({
      name: 'feature/x',
      protected: false,
      commit: { sha: (await server.git(name, 'rev-parse', 'feature/x')).trim() }
    })
    expect(branch.body.commit.commit.message).toBe('Commit pushed by someone else')
    const noBranch = await api('GET', `/repos/${name}/branches/nope`)
    expect([noBranch.status, noBranch.body.message]).toEqual([404, 'Branch not found'])
  })

  it('validates trees and commits like GitHub', async () => {
    const name = await repo()
    const head = (await server.git(name, 'rev-parse', 'main')).trim()
    const post = (path: string, body: unknown) => api('POST', `/repos/${name}${path}`, { body })
    expect((await post('/git/trees', { tree: [] })).body.message).toBe('Invalid tree info')
    expect((await post('/git/trees', { tree: [{ path: 'a', mode: '100644', type: 'blob' }] })).body.message).toBe(
      'Must supply either tree.sha or tree.content. Request will be rejected if both are present.'
    )
    expect(
      (await post('/git/trees', { tree: [{ path: 'a', mode: '100644', type: 'blob', sha: 'd'.repeat(40) }] })).body
        .message
    ).toBe(`tree.sha ${'d'.repeat(40)} is not a valid blob`)
    expect(
      (await post('/git/trees', { tree: [{ path: 'a', mode: '644', type: 'blob', content: 'x' }] })).body.message
    ).toBe('Must supply a valid tree.mode')
    expect(
      (
        await post('/git/trees', {
          base_tree: 'e'.repeat(40),
          tree: [{ path: 'a', mode: '100644', type: 'blob', content: 'x' }]
        })
      ).body.message
    ).toBe('base_tree is not a valid tree oid')
    expect((await post('/git/commits', { tree: 'e'.repeat(40) })).body.message).toBe(
      'Invalid request.\n\n"message" wasn\'t supplied.'
    )
    expect((await post('/git/commits', { message: 'm', tree: 'e'.repeat(40) })).body.message).toBe(
      'Tree SHA does not exist'
    )
    expect((await post('/git/commits', { message: 'm', tree: head })).body.message).toBe(
      'Tree SHA is not a tree object'
    )
    const tree = (await server.git(name, 'rev-parse', 'main^{tree}')).trim()
    expect((await post('/git/commits', { message: 'm', tree, parents: ['f'.repeat(40)] })).body.message).toBe(
      'Parent SHA does not exist or is not a commit object'
    )
    const blob = await post('/git/blobs', {})
    expect([blob.status, blob.body.errors]).toEqual([
      422,
      [{ resource: 'Blob', field: 'content', code: 'missing_field' }]
    ])
  })

  it('answers 409 Git Repository is empty. to every Git Data call on an empty repository', async () => {
    const name = await repo({})
    const sha = 'a'.repeat(40)
    const calls: Array<[string, string, unknown?]> = [
      ['GET', `/git/ref/heads/main`],
      ['GET', `/git/commits/${sha}`],
      ['GET', `/git/trees/main`],
      ['GET', `/git/blobs/${sha}`],
      ['POST', '/git/blobs', { content: 'x' }],
      ['POST', '/git/trees', { tree: [{ path: 'a', mode: '100644', type: 'blob', content: 'x' }] }],
      ['POST', '/git/commits', { message: 'm', tree: sha }],
      ['POST', '/git/refs', { ref: 'refs/heads/main', sha }],
      ['PATCH', '/git/refs/heads/main', { sha }]
    ]
    for (const [method, path, body] of calls) {
      const answer = await api(method, `/repos/${name}${path}`, { body })
      expect([method, path, answer.status, answer.body.message]).toEqual([
        method,
        path,
        409,
        'Git Repository is empty.'
      ])
    }
    const branch = await api('GET', `/repos/${name}/branches/main`)
    expect([branch.status, branch.body.message]).toEqual([404, 'Branch not found'])
    expect((await api('GET', `/repos/${name}`)).body).toMatchObject({ default_branch: 'main', size: 0 })
  })
})

describe('GitHub server: helpers, prefix and clients', () => {
  it('pushCommit adds and deletes files on top of a branch as another author', async () => {
    const name = await repo({ files: { 'a.json': 'a', 'b.json': 'b' } })
    const sha = await server.pushCommit(name, 'main', { 'a.json': null, 'c/d.json': 'd' }, 'rework')
    expect((await server.git(name, 'rev-parse', 'main')).trim()).toBe(sha)
    expect((await server.git(name, 'ls-tree', '-r', '--name-only', 'main')).trim().split('\n')).toEqual([
      'b.json',
      'c/d.json'
    ])
    expect(await server.git(name, 'log', '-1', '--format=%s|%an', 'main')).toBe('rework|Other Contributor\n')
    await expect(server.createRepo(name)).rejects.toThrow(/already exists/)
    expect(() => server.gitDir('octo/unknown')).toThrow(/No repository/)
  })

  it('works with getOctokit from @actions/github, including paths and refs with slashes', async () => {
    const name = await repo({ files: { 'collections/a b.json': 'v1' } })
    const [owner, repoName] = name.split('/')
    const octokit = getOctokit(WRITE, { baseUrl: server.url })
    const { data } = await octokit.rest.repos.getContent({ owner, repo: repoName, path: 'collections/a b.json' })
    expect(data).toMatchObject({ type: 'file', path: 'collections/a b.json' })
    const sha = (data as { sha: string }).sha
    const put = await octokit.rest.repos.createOrUpdateFileContents({
      owner,
      repo: repoName,
      path: 'collections/a b.json',
      message: 'v2',
      content: b64('v2'),
      sha
    })
    expect(put.status).toBe(200)
    expect(await server.git(name, 'show', 'main:collections/a b.json')).toBe('v2')
    const raw = await octokit.request('GET /repos/{owner}/{repo}/contents/{path}', {
      owner,
      repo: repoName,
      path: 'collections/a b.json',
      mediaType: { format: 'raw' }
    })
    expect(raw.data).toBe('v2')
    await octokit.rest.git.createRef({ owner, repo: repoName, ref: 'refs/heads/backups/x', sha: put.data.commit.sha! })
    const ref = await octokit.rest.git.getRef({ owner, repo: repoName, ref: 'heads/backups/x' })
    expect(ref.data.object.sha).toBe(put.data.commit.sha)
    await expect(
      octokit.rest.repos.createOrUpdateFileContents({
        owner,
        repo: repoName,
        path: 'collections/a b.json',
        message: 'v3',
        content: b64('v3'),
        sha
      })
    ).rejects.toMatchObject({
      status: 409,
      message: expect.stringMatching(/does not match/)
    })
  })

  it('serves everything under a GitHub Enterprise /api/v3 prefix', async () => {
    const ghes = await startGitHubServer({ prefix: '/api/v3' })
    try {
      ghes.addToken('t', { repos: '*', permission: 'write' })
      await ghes.createRepo('corp/backups', { files: { 'a.json': 'a' } })
      expect(ghes.url).toBe(`http://127.0.0.1:${ghes.port}/api/v3`)
      const octokit = getOctokit('t', { baseUrl: ghes.url })
      const { data } = await octokit.rest.repos.get({ owner: 'corp', repo: 'backups' })
      expect(data.url).toBe(`${ghes.url}/repos/corp/backups`)
      const put = await octokit.rest.repos.createOrUpdateFileContents({
        owner: 'corp',
        repo: 'backups',
        path: 'b.json',
        message: 'b',
        content: b64('b')
      })
      expect(put.status).toBe(201)
      expect(await ghes.git('corp/backups', 'show', 'main:b.json')).toBe('b')
      expect(ghes.requests.map((r) => `${r.method} ${r.path} ${r.status}`)).toEqual([
        'GET /repos/corp/backups 200',
        'PUT /repos/corp/backups/contents/b.json 201'
      ])
      const outside = await fetch(`http://127.0.0.1:${ghes.port}/repos/corp/backups`, {
        headers: { authorization: 'token t' }
      })
      expect(outside.status).toBe(404)
    } finally {
      await ghes.close()
    }
  })

  it('removes its temporary folders on close', async () => {
    const temp = await startGitHubServer()
    await temp.createRepo('octo/tmp', { files: { a: 'a' } })
    const dir = temp.gitDir('octo/tmp')
    expect(existsSync(dir)).toBe(true)
    await temp.close()
    expect(existsSync(dir)).toBe(false)
  })
})
