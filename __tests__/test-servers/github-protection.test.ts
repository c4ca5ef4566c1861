// Protected branches, rulesets and secret scanning push protection on the local GitHub server: direct writes to
// a protected branch are refused with GitHub's answers while other branches stay writable, and content holding a
// GitHub-token-shaped string is refused with GH013 when push protection is on. Every token-shaped string here is
// built at run time: a literal one in this repository would make GitHub refuse our own pushes.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import {
  BRANCH_PROTECTION_CONTENTS_MESSAGE,
  BRANCH_PROTECTION_REF_MESSAGE,
  RULESET_VIOLATION_MESSAGE,
  startGitHubServer,
  type GitHubServer
} from '../../test-servers/github/server.js'
import { blobSha } from '../../test-servers/github/protection.js'

/** An answer body, read field by field in expectations. */
type Json = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any
const WRITE = 'ghs_protection_write'
const b64 = (s: string | Buffer) => Buffer.from(s).toString('base64')
/** A token shape: prefix + body, joined at run time. */
const shaped = (prefix: string, length = 36) => [prefix, '_', 'aB3'.repeat(30).slice(0, length)].join('')

let server: GitHubServer

async function call(method: string, path: string, body?: unknown, token: string = WRITE) {
  const res = await fetch(`${server.url}${path}`, {
    method,
    headers: {
      accept: 'application/vnd.github+json',
      authorization: `Bearer ${token}`,
      ...(body === undefined ? {} : { 'content-type': 'application/json' })
    },
    body: body === undefined ? undefined : JSON.stringify(body)
  })
  return { status: res.status, body: (await res.json()) as Json }
}

const head = async (repo: string, branch: string) => (await server.git(repo, 'rev-parse', branch)).trim()

beforeAll(async () => {
  server = await startGitHubServer()
  server.addToken(WRITE, { repos: '*', permission: 'write' })
})
afterAll(async () => {
  await server.close()
})

describe.each([
  {
    kind: 'branch-protection' as const,
    ref: {
      status: 422,
      message: BRANCH_PROTECTION_REF_MESSAGE,
      docs: 'https://docs.github.com/articles/about-protected-branches'
    },
    contents: {
      status: 409,
      message: BRANCH_PROTECTION_CONTENTS_MESSAGE,
      docs: 'https://docs.github.com/articles/about-protected-branches'
    }
  },
  {
    kind: 'ruleset' as const,
    ref: {
      status: 422,
      message: RULESET_VIOLATION_MESSAGE,
      docs: 'https://docs.github.com/rest/git/refs#update-a-reference'
    },
    contents: {
      status: 409,
      message: RULESET_VIOLATION_MESSAGE,
      docs: 'https://docs.github.com/rest/repos/contents#create-or-update-file-contents'
    }
  }
])('a branch protected by $kind', ({ kind, ref, contents }) => {
  const repo = `octo/protected-${kind}`
  let side = ''
  beforeAll(async () => {
    await server.createRepo(repo, { files: { 'README.md': '#\n' } })
    side = await server.pushCommit(repo, 'side', { 'a.json': '{}' })
    server.protectBranch(repo, 'main', { kind })
  })

  it('is unprotected by default, and GET branches says which are protected', async () => {
    await server.createRepo(`${repo}-fresh`, { files: { a: 'a' } })
    expect((await call('GET', `/repos/${repo}-fresh/branches/main`)).body).toMatchObject({ protected: false })
    expect((await call('GET', `/repos/${repo}/branches/main`)).body).toMatchObject({
      protected: true,
      protection: { enabled: true }
    })
    expect((await call('GET', `/repos/${repo}/branches/side`)).body).toMatchObject({ protected: false })
  })

  it('refuses a ref update with GitHub’s answer and leaves the branch alone', async () => {
    const before = await head(repo, 'main')
    for (const force of [false, true]) {
      const res = await call('PATCH', `/repos/${repo}/git/refs/heads/main`, { sha: side, force })
      expect(res).toEqual({
        status: ref.status,
        body: { message: ref.message, documentation_url: ref.docs, status: String(ref.status) }
      })
    }
    expect(await head(repo, 'main')).toBe(before)
  })

  it('refuses a contents write to it, also without naming the branch (the default branch)', async () => {
    for (const body of [
      { message: 'm', content: b64('{}'), branch: 'main' },
      { message: 'm', content: b64('{}') }
    ]) {
      const res = await call('PUT', `/repos/${repo}/contents/new.json`, body)
      expect(res).toEqual({
        status: contents.status,
        body: { message: contents.message, documentation_url: contents.docs, status: String(contents.status) }
      })
    }
    expect(await server.git(repo, 'ls-tree', '--name-only', 'main')).toBe('README.md\n')
  })

  it('keeps other branches writable: create, commit, fast-forward', async () => {
    const created = await call('POST', `/repos/${repo}/git/refs`, { ref: 'refs/heads/postman-backup/main', sha: side })
    expect(created.status).toBe(201)
    const put = await call('PUT', `/repos/${repo}/contents/b.json`, {
      message: 'b',
      content: b64('{}'),
      branch: 'postman-backup/main'
    })
    expect(put.status).toBe(201)
    const moved = await call('PATCH', `/repos/${repo}/git/refs/heads/side`, { sha: put.body.commit.sha })
    expect(moved.status).toBe(200)
  })

  it('writes again once unprotected', async () => {
    server.unprotectBranch(repo, 'main')
    try {
      expect((await call('PATCH', `/repos/${repo}/git/refs/heads/main`, { sha: side })).status).toBe(200)
      expect((await call('GET', `/repos/${repo}/branches/main`)).body.protected).toBe(false)
    } finally {
      server.protectBranch(repo, 'main', { kind })
    }
  })
})

describe('push protection', () => {
  const repo = 'octo/push-protection'
  let protectedServer: GitHubServer
  const secret = shaped('ghp')

  beforeAll(async () => {
    await server.createRepo(repo, { files: { 'README.md': '#\n' } })
    protectedServer = await startGitHubServer({ pushProtection: true })
    protectedServer.addToken(WRITE, { repos: '*', permission: 'write' })
    await protectedServer.createRepo(repo, { files: { 'README.md': '#\n' } })
    await protectedServer.createRepo('octo/opted-out', { files: { a: 'a' }, settings: { pushProtection: false } })
  })
  afterAll(async () => {
    await protectedServer?.close()
  })

  const on = async (method: string, path: string, body: unknown, token: string = WRITE) => {
    const res = await fetch(`${protectedServer.url}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify(body)
    })
    return { status: res.status, body: (await res.json()) as Json }
  }

  it('is off by default: token-shaped content is stored', async () => {
    expect((await call('POST', `/repos/${repo}/git/blobs`, { content: secret })).status).toBe(201)
    const put = await call('PUT', `/repos/${repo}/contents/a.txt`, { message: 'm', content: b64(secret) })
    expect(put.status).toBe(201)
  })

  it('refuses a blob holding a token, base64 or utf-8, and stores nothing', async () => {
    const content = `line one\nconst token = "${secret}"\n`
    for (const body of [{ content: b64(content), encoding: 'base64' }, { content }]) {
      const res = await on('POST', `/repos/${repo}/git/blobs`, body)
      expect(res.status).toBe(409)
      const message = String(res.body.message)
      expect(message).toMatch(/^GH013: Repository rule violations found\.\n/)
      expect(message).toContain('- Push cannot contain secrets')
      expect(message).toContain('—— GitHub Personal Access Token ——')
      expect(message).toContain(`  - blob: ${blobSha(Buffer.from(content))}`)
      expect(message).not.toContain(secret)
      expect(res.body.metadata.secret_scanning.bypass_placeholders).toEqual([
        { placeholder_id: expect.any(String), token_type: 'github_personal_access_token' }
      ])
      expect(res.body).toMatchObject({
        documentation_url: 'https://docs.github.com/rest/git/blobs#create-a-blob',
        status: '409'
      })
    }
    const stored = await protectedServer
      .git(repo, 'cat-file', '-e', blobSha(Buffer.from(content)))
      .catch(() => 'missing')
    expect(stored).toBe('missing')
  })

  it('refuses a contents write naming the branch, the path and the line', async () => {
    const content = ['{', `  "auth": "token ${shaped('github_pat', 82)}"`, '}'].join('\n')
    const res = await on('PUT', `/repos/${repo}/contents/backups/api.json`, { message: 'm', content: b64(content) })
    expect(res.status).toBe(409)
    expect(res.body.message).toMatch(/^GH013: Repository rule violations found for refs\/heads\/main\.\n/)
    expect(res.body.message).toContain('    path: backups/api.json:2')
    expect(await protectedServer.git(repo, 'ls-tree', '--name-only', 'main')).toBe('README.md\n')
  })

  it('refuses a tree with inline content holding tokens, naming each type and path', async () => {
    const res = await on('POST', `/repos/${repo}/git/trees`, {
      tree: [
        { path: 'ok.json', mode: '100644', type: 'blob', content: '{}' },
        { path: 'a/app.json', mode: '100644', type: 'blob', content: `x\n\n${shaped('ghs')}` },
        { path: 'b.json', mode: '100644', type: 'blob', content: `${shaped('gho')} ${shaped('ghr')} ${shaped('ghu')}` }
      ]
    })
    expect(res.status).toBe(409)
    for (const text of [
      '—— GitHub Server-to-Server Token',
      'path: a/app.json:3',
      '—— GitHub OAuth Access Token',
      '—— GitHub Refresh Token',
      '—— GitHub User-to-Server Token',
      'path: b.json:1'
    ])
      expect(res.body.message).toContain(text)
    expect(res.body.metadata.secret_scanning.bypass_placeholders).toHaveLength(4)
  })

  it('only scans content: token-shaped credentials in headers, near misses and clean content pass', async () => {
    // The caller's own token is token-shaped; push protection never looks at headers.
    const ownToken = shaped('ghs')
    protectedServer.addToken(ownToken, { repos: '*', permission: 'write' })
    const clean = await on('POST', `/repos/${repo}/git/blobs`, { content: 'no secrets here' }, ownToken)
    expect(clean.status).toBe(201)
    for (const nearMiss of [shaped('ghp', 35), `x${shaped('ghp')}`, `${shaped('ghp')}9`, '{{githubToken}}']) {
      expect([nearMiss, (await on('POST', `/repos/${repo}/git/blobs`, { content: nearMiss })).status]).toEqual([
        nearMiss,
        201
      ])
    }
  })

  it('follows the repository’s own setting over the server’s', async () => {
    expect((await on('POST', '/repos/octo/opted-out/git/blobs', { content: secret })).status).toBe(201)
    server.repoSettings(repo).pushProtection = true
    try {
      expect((await call('POST', `/repos/${repo}/git/blobs`, { content: secret })).status).toBe(409)
    } finally {
      server.repoSettings(repo).pushProtection = undefined
    }
  })
})
