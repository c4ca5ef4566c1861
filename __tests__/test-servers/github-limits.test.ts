// The local GitHub server enforces GitHub's real limits, on by default and scaled down per test: tree
// request size (422 "Sorry, your request timed out…"), truncated tree reads, the secondary rate limit
// on content-creating requests, and the 100 MB file limit. Answers are checked against GitHub's
// OpenAPI description like every other route.
import { describe, expect, it } from '@jest/globals'
import { createOpenApiValidator } from '../../test-servers/github/openapi.js'
import {
  DEFAULT_LIMITS,
  startGitHubServer,
  TREE_TOO_LARGE_MESSAGE,
  type GitHubLimits,
  type GitHubServer
} from '../../test-servers/github/server.js'
import { createRepoWithFiles } from '../helpers/github.js'

const TOKEN = 'ghs_limits_write'
const OTHER = 'ghs_limits_other'
const MB = 1024 * 1024
const validator = createOpenApiValidator()

interface Answer {
  status: number
  body: any // eslint-disable-line @typescript-eslint/no-explicit-any
  headers: Headers
  bytes: number
}

async function api(server: GitHubServer, method: string, path: string, body?: unknown, token = TOKEN): Promise<Answer> {
  const res = await fetch(`${server.url}${path}`, {
    method,
    headers: {
      accept: 'application/vnd.github+json',
      authorization: `Bearer ${token}`,
      ...(body === undefined ? {} : { 'content-type': 'application/json' })
    },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body)
  })
  const text = await res.text()
  return { status: res.status, body: JSON.parse(text), headers: res.headers, bytes: Buffer.byteLength(text) }
}

async function withServer(
  limits: Partial<GitHubLimits>,
  test: (server: GitHubServer, repo: string) => Promise<void>,
  files: Record<string, string> = { 'README.md': '# limits\n' }
): Promise<void> {
  const server = await startGitHubServer({ limits })
  try {
    server.addToken(TOKEN, { repos: '*', permission: 'write' })
    server.addToken(OTHER, { repos: '*', permission: 'write' })
    // One git fast-import, not a git process per file (up to 151 files here).
    await createRepoWithFiles(server, 'octo/limits', files)
    await test(server, '/repos/octo/limits')
  } finally {
    await server.close()
  }
}

/** A tree request of inline files whose JSON body is about `bytes` long. */
function treeBody(base: string, bytes: number, files = 4) {
  const each = Math.floor(bytes / files)
  return {
    base_tree: base,
    tree: Array.from({ length: files }, (_, i) => ({
      path: `big/${i}.json`,
      mode: '100644',
      type: 'blob',
      content: 'x'.repeat(each)
    }))
  }
}

const bodySize = (body: unknown) => Buffer.byteLength(JSON.stringify(body))

/** The answer matches the description (`documented: false`: a status GitHub sends on every route but does not list, checked against basic-error). */
function expectValid(operation: string, answer: Answer, documented = true) {
  const result = validator.validate(operation, answer.status, answer.body)
  expect(result.errors).toEqual([])
  expect(result.documented).toBe(documented)
}

describe('GitHub limits: defaults', () => {
  it('are on by default at GitHub figures', () => {
    expect(DEFAULT_LIMITS).toEqual({
      treeRequestBytes: 7 * MB,
      treeRequestEntries: 100_000,
      treeReadEntries: 100_000,
      treeReadBytes: 7 * MB,
      writesPerWindow: 80,
      writeWindowSeconds: 60,
      writesPerHour: 500,
      fileBytes: 100 * MB,
      requestBytes: 160 * MB
    })
  })

  it('refuses a tree request over 7 MB with GitHub 422 and accepts one just under', async () => {
    await withServer({}, async (server, repo) => {
      expect(server.limits.treeRequestBytes).toBe(7 * MB)
      const base = (await server.git('octo/limits', 'rev-parse', 'main^{tree}')).trim()
      const over = treeBody(base, 7 * MB + 1024)
      expect(bodySize(over)).toBeGreaterThan(7 * MB)
      const refused = await api(server, 'POST', `${repo}/git/trees`, over)
      expect(refused.status).toBe(422)
      expect(refused.body).toEqual({
        message: TREE_TOO_LARGE_MESSAGE,
        documentation_url: 'https://docs.github.com/rest/git/trees#create-a-tree',
        status: '422'
      })
      expectValid('git/create-tree', refused)
      const under = treeBody(base, 7 * MB - 4096)
      expect(bodySize(under)).toBeLessThan(7 * MB)
      expect((await api(server, 'POST', `${repo}/git/trees`, under)).status).toBe(201)
    })
  })

  it('lets 80 writes a minute through, then answers the secondary rate limit', async () => {
    await withServer({}, async (server, repo) => {
      for (let i = 0; i < 80; i++) {
        const blob = await api(server, 'POST', `${repo}/git/blobs`, { content: `blob ${i}` })
        expect(blob.status).toBe(201)
      }
      const limited = await api(server, 'POST', `${repo}/git/blobs`, { content: 'one too many' })
      expect(limited.status).toBe(403)
      expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(50)
      expect(Number(limited.headers.get('retry-after'))).toBeLessThanOrEqual(60)
    })
  })
})

describe('GitHub limits: POST git/trees', () => {
  it('answers 422 over a 2 MB cap, whatever the content, and counts entries too', async () => {
    await withServer({ treeRequestBytes: 2 * MB, treeRequestEntries: 50 }, async (server, repo) => {
      const base = (await server.git('octo/limits', 'rev-parse', 'main^{tree}')).trim()
      const refused = await api(server, 'POST', `${repo}/git/trees`, treeBody(base, 2 * MB + 100))
      expect([refused.status, refused.body.message]).toEqual([422, TREE_TOO_LARGE_MESSAGE])
      expectValid('git/create-tree', refused)
      const fits = await api(server, 'POST', `${repo}/git/trees`, treeBody(base, 2 * MB - 1000))
      expect(fits.status).toBe(201)
      const many = {
        base_tree: base,
        tree: Array.from({ length: 51 }, (_, i) => ({ path: `f${i}`, mode: '100644', type: 'blob', content: 'x' }))
      }
      expect((await api(server, 'POST', `${repo}/git/trees`, many)).body.message).toBe(TREE_TOO_LARGE_MESSAGE)
      many.tree.pop()
      expect((await api(server, 'POST', `${repo}/git/trees`, many)).status).toBe(201)
      // A test can lift or tighten the cap mid-way.
      server.limits.treeRequestBytes = 1000
      expect((await api(server, 'POST', `${repo}/git/trees`, many)).status).toBe(422)
    })
  })
})

describe('GitHub limits: GET git/trees', () => {
  const files: Record<string, string> = { 'README.md': '# limits\n' }
  for (let i = 0; i < 120; i++) files[`dir/file-${String(i).padStart(3, '0')}.json`] = `{"i":${i}}\n`
  for (let i = 0; i < 30; i++) files[`other/f${i}.json`] = '{}\n'

  it('truncates recursive reads past the entry cap, with a partial list in tree order', async () => {
    await withServer(
      { treeReadEntries: 100 },
      async (server, repo) => {
        const all = (await server.git('octo/limits', 'ls-tree', '-r', '-t', '--name-only', 'main')).trim().split('\n')
        expect(all).toHaveLength(153)
        const read = await api(server, 'GET', `${repo}/git/trees/main?recursive=1`)
        expect(read.status).toBe(200)
        expect(read.body.truncated).toBe(true)
        expect(read.body.tree.map((e: { path: string }) => e.path)).toEqual(all.slice(0, 100))
        expectValid('git/get-tree', read)
        // A subtree under the cap reads completely.
        const dirSha = (await server.git('octo/limits', 'rev-parse', 'main:other')).trim()
        const other = await api(server, 'GET', `${repo}/git/trees/${dirSha}?recursive=1`)
        expect([other.body.truncated, other.body.tree.length]).toEqual([false, 30])
      },
      files
    )
  })

  it('applies the entry cap to one tree read non-recursively too', async () => {
    await withServer(
      { treeReadEntries: 100 },
      async (server, repo) => {
        const root = await api(server, 'GET', `${repo}/git/trees/main`)
        expect([root.body.truncated, root.body.tree.length]).toEqual([false, 3])
        const dirSha = (await server.git('octo/limits', 'rev-parse', 'main:dir')).trim()
        const dir = await api(server, 'GET', `${repo}/git/trees/${dirSha}`)
        expect([dir.body.truncated, dir.body.tree.length]).toEqual([true, 100])
        expectValid('git/get-tree', dir)
        server.limits.treeReadEntries = 120
        const whole = await api(server, 'GET', `${repo}/git/trees/${dirSha}`)
        expect([whole.body.truncated, whole.body.tree.length]).toEqual([false, 120])
      },
      files
    )
  })

  it('truncates recursive reads past the byte cap, never non-recursive ones', async () => {
    await withServer(
      { treeReadBytes: 16 * 1024 },
      async (server, repo) => {
        const read = await api(server, 'GET', `${repo}/git/trees/main?recursive=1`)
        expect(read.body.truncated).toBe(true)
        expect(read.body.tree.length).toBeGreaterThan(10)
        expect(read.body.tree.length).toBeLessThan(153)
        expect(read.bytes).toBeLessThan(16 * 1024 + 1024)
        const dirSha = (await server.git('octo/limits', 'rev-parse', 'main:dir')).trim()
        const dir = await api(server, 'GET', `${repo}/git/trees/${dirSha}`)
        expect([dir.body.truncated, dir.body.tree.length]).toEqual([false, 120])
        expect(dir.bytes).toBeGreaterThan(16 * 1024)
      },
      files
    )
  })
})

describe('GitHub limits: secondary rate limit', () => {
  it('counts content-creating requests per token in a sliding window and says when to retry', async () => {
    await withServer({ writesPerWindow: 5, writeWindowSeconds: 2 }, async (server, repo) => {
      const statuses: number[] = []
      for (let i = 0; i < 5; i++)
        statuses.push((await api(server, 'POST', `${repo}/git/blobs`, { content: `${i}` })).status)
      // Reads are not content-creating.
      for (let i = 0; i < 10; i++) statuses.push((await api(server, 'GET', `${repo}/branches/main`)).status)
      const limited = await api(server, 'POST', `${repo}/git/blobs`, { content: 'six' })
      expect(statuses).toEqual([...Array(5).fill(201), ...Array(10).fill(200)])
      expect(limited.status).toBe(403)
      expect(limited.body).toEqual({
        message: expect.stringMatching(
          /^You have exceeded a secondary rate limit\. Please wait a few minutes before you try again\. If you reach out to GitHub Support for help, please include the request ID /
        ),
        documentation_url:
          'https://docs.github.com/rest/using-the-rest-api/rate-limits-for-the-rest-api#about-secondary-rate-limits',
        status: '403'
      })
      expectValid('git/create-blob', limited)
      const retryAfter = Number(limited.headers.get('retry-after'))
      expect(retryAfter).toBeGreaterThanOrEqual(1)
      expect(retryAfter).toBeLessThanOrEqual(2)
      // Every write method counts; another token has its own budget.
      const put = await api(server, 'PUT', `${repo}/contents/a.json`, { message: 'm', content: 'e30=' })
      expect(put.status).toBe(403)
      expectValid('repos/create-or-update-file-contents', put, false)
      expect((await api(server, 'PATCH', `${repo}/git/refs/heads/main`, { sha: 'a'.repeat(40) })).status).toBe(403)
      expect((await api(server, 'POST', `${repo}/git/blobs`, { content: 'x' }, OTHER)).status).toBe(201)
      // Waiting as told is enough.
      await new Promise((resolve) => setTimeout(resolve, retryAfter * 1000))
      expect((await api(server, 'POST', `${repo}/git/blobs`, { content: 'seven' })).status).toBe(201)
    })
  })

  it('has an hourly budget as well, and resetLimits forgets both', async () => {
    await withServer({ writesPerHour: 3 }, async (server, repo) => {
      for (let i = 0; i < 3; i++)
        expect((await api(server, 'POST', `${repo}/git/blobs`, { content: `${i}` })).status).toBe(201)
      const limited = await api(server, 'POST', `${repo}/git/blobs`, { content: 'four' })
      expect(limited.status).toBe(403)
      expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(3500)
      server.resetLimits()
      expect((await api(server, 'POST', `${repo}/git/blobs`, { content: 'four' })).status).toBe(201)
    })
  })
})

describe('GitHub limits: file size', () => {
  it('refuses blobs and contents over the file limit with 422 too_large', async () => {
    await withServer({ fileBytes: MB }, async (server, repo) => {
      const exact = Buffer.alloc(MB, 'a').toString('base64')
      expect((await api(server, 'POST', `${repo}/git/blobs`, { content: exact, encoding: 'base64' })).status).toBe(201)
      const over = Buffer.alloc(MB + 1, 'a').toString('base64')
      const blob = await api(server, 'POST', `${repo}/git/blobs`, { content: over, encoding: 'base64' })
      expect(blob.status).toBe(422)
      expect(blob.body).toMatchObject({
        message: "Blob is 1.00 MB; this exceeds GitHub's file size limit of 1.00 MB",
        errors: [{ resource: 'Blob', field: 'content', code: 'too_large' }],
        documentation_url: 'https://docs.github.com/rest/git/blobs#create-a-blob'
      })
      expectValid('git/create-blob', blob)
      const utf8 = await api(server, 'POST', `${repo}/git/blobs`, { content: 'é'.repeat(MB / 2 + 1) })
      expect(utf8.status).toBe(422)
      const put = await api(server, 'PUT', `${repo}/contents/big.json`, { message: 'big', content: over })
      expect(put.status).toBe(422)
      expect(put.body.message).toMatch(/^File big\.json is 1\.00 MB; this exceeds GitHub's file size limit/)
      expectValid('repos/create-or-update-file-contents', put)
      expect(await server.git('octo/limits', 'ls-tree', '--name-only', 'main')).toBe('README.md\n')
    })
  })

  it('answers 413 to a body over the request limit without reading it', async () => {
    await withServer({ requestBytes: 64 * 1024 }, async (server, repo) => {
      const refused = await api(server, 'POST', `${repo}/git/blobs`, { content: 'x'.repeat(128 * 1024) })
      expect(refused.status).toBe(413)
      expect(refused.body).toMatchObject({ message: 'Payload Too Large', status: '413' })
      expect(server.requests.at(-1)?.status).toBe(413)
      expect(server.requests.at(-1)?.body).toBeUndefined()
      expect((await api(server, 'POST', `${repo}/git/blobs`, { content: 'small' })).status).toBe(201)
    })
  })

  it('takes a 100 MB file (a ~134 MB base64 body) and refuses one byte more, by default', async () => {
    await withServer({}, async (server, repo) => {
      const limit = 100 * MB
      const file = Buffer.alloc(limit + 1, 0x61)
      const accepted = await api(server, 'POST', `${repo}/git/blobs`, {
        content: file.subarray(0, limit).toString('base64'),
        encoding: 'base64'
      })
      expect(accepted.status).toBe(201)
      expect(server.requests.at(-1)?.bodyBytes).toBeGreaterThan(134 * 1000 * 1000)
      expect(server.requests.at(-1)?.body).toBeUndefined() // not kept in memory twice
      expect(await server.git('octo/limits', 'cat-file', '-s', accepted.body.sha)).toBe(`${limit}\n`)
      const refused = await api(server, 'POST', `${repo}/git/blobs`, {
        content: file.toString('base64'),
        encoding: 'base64'
      })
      expect(refused.status).toBe(422)
      expect(refused.body.errors).toEqual([{ resource: 'Blob', field: 'content', code: 'too_large' }])
    })
  }, 60_000)
})
