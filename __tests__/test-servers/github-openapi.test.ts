// Drives every route of the local GitHub server through its happy and unhappy answers and checks
// each body against GitHub's own OpenAPI description (test-servers/github/openapi-subset.json,
// from @octokit/openapi). Where they disagree, the server is wrong.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { startGitHubServer, type GitHubServer } from '../../test-servers/github/server.js'
import { createOpenApiValidator, toJsonSchema } from '../../test-servers/github/openapi.js'
import { extractSubset, OPERATIONS } from '../../scripts/openapi-github.js'

const WRITE = 'ghs_conformance_write'
const READ = 'ghs_conformance_read'
const TINY = 'ghs_conformance_tiny'
const REPO = '/repos/octo/conformance'
const EMPTY = '/repos/octo/empty'
const MISSING = '/repos/octo/missing'
const ZERO = 'a'.repeat(40)
const b64 = (s: string | Buffer) => Buffer.from(s).toString('base64')
/** A repository with pull requests, a protected branch, a ruleset and push protection (settings in beforeAll). */
const GUARDED = '/repos/octo/guarded'
/** A GitHub-token-shaped string, built at run time so that no such literal is ever committed. */
const tokenShaped = () => ['ghp', '_', 'Zq7'.repeat(12)].join('')

const validator = createOpenApiValidator()
let server: GitHubServer
/** GitHub's limits scaled down: tree requests of 4 KB, tree reads of 3 entries, files of 1 KB, 3 writes a minute. */
let strict: GitHubServer
const STRICT = '/repos/octo/strict'
/** The one token that spends the strict server's write budget. */
const BURST = 'ghs_conformance_burst'
/** SHAs of the fixture, filled in beforeAll. */
const fx = { head: '', tree: '', readmeBlob: '', dirTree: '', strictDir: '', guardedFeature: '' }

interface Case {
  name: string
  operation: string
  status: number
  method: string
  path: () => string
  body?: () => unknown
  token?: string | null
  accept?: string
  /** Response media type in the description (default application/json). */
  media?: string
  /** The server to ask (default the shared one); `strict` has GitHub's limits scaled down. */
  server?: () => GitHubServer
  /** Runs first, e.g. to spend a budget. */
  before?: () => Promise<void>
}

const covered = new Map<string, Set<number>>()

async function send(c: Case): Promise<{ status: number; body: unknown }> {
  const headers: Record<string, string> = { accept: c.accept ?? 'application/vnd.github+json' }
  const token = c.token === undefined ? WRITE : c.token
  if (token !== null) headers.authorization = `Bearer ${token}`
  const body = c.body?.()
  if (body !== undefined) headers['content-type'] = 'application/json'
  const res = await fetch(`${(c.server?.() ?? server).url}${c.path()}`, {
    method: c.method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body)
  })
  return { status: res.status, body: await res.json() }
}

const file = (path: string, content: string) => ({ path, mode: '100644', type: 'blob', content })

const cases: Case[] = [
  // repos/get
  { name: 'repository', operation: 'repos/get', status: 200, method: 'GET', path: () => REPO },
  { name: 'repository, anonymous', operation: 'repos/get', status: 200, method: 'GET', path: () => REPO, token: null },
  { name: 'empty repository', operation: 'repos/get', status: 200, method: 'GET', path: () => EMPTY },
  { name: 'missing repository', operation: 'repos/get', status: 404, method: 'GET', path: () => MISSING },
  { name: 'rate limited', operation: 'repos/get', status: 403, method: 'GET', path: () => REPO, token: TINY },
  { name: 'bad credentials', operation: 'repos/get', status: 401, method: 'GET', path: () => REPO, token: 'nope' },
  // repos/get-branch
  { name: 'branch', operation: 'repos/get-branch', status: 200, method: 'GET', path: () => `${REPO}/branches/main` },
  {
    name: 'missing branch',
    operation: 'repos/get-branch',
    status: 404,
    method: 'GET',
    path: () => `${REPO}/branches/nope`
  },
  // repos/get-content
  {
    name: 'file',
    operation: 'repos/get-content',
    status: 200,
    method: 'GET',
    path: () => `${REPO}/contents/README.md`
  },
  { name: 'directory', operation: 'repos/get-content', status: 200, method: 'GET', path: () => `${REPO}/contents/dir` },
  {
    name: 'root directory',
    operation: 'repos/get-content',
    status: 200,
    method: 'GET',
    path: () => `${REPO}/contents`
  },
  {
    name: 'file, object media type',
    operation: 'repos/get-content',
    status: 200,
    method: 'GET',
    path: () => `${REPO}/contents/README.md`,
    accept: 'application/vnd.github.object+json',
    media: 'application/vnd.github.object'
  },
  {
    name: 'directory, object media type',
    operation: 'repos/get-content',
    status: 200,
    method: 'GET',
    path: () => `${REPO}/contents/dir`,
    accept: 'application/vnd.github.object+json',
    media: 'application/vnd.github.object'
  },
  {
    name: 'file over 1 MB, object media type',
    operation: 'repos/get-content',
    status: 200,
    method: 'GET',
    path: () => `${REPO}/contents/big.json`,
    accept: 'application/vnd.github.v3.object',
    media: 'application/vnd.github.object'
  },
  { name: 'symlink', operation: 'repos/get-content', status: 200, method: 'GET', path: () => `${REPO}/contents/link` },
  {
    name: 'submodule',
    operation: 'repos/get-content',
    status: 200,
    method: 'GET',
    path: () => `${REPO}/contents/module`
  },
  {
    name: 'file over 1 MB',
    operation: 'repos/get-content',
    status: 403,
    method: 'GET',
    path: () => `${REPO}/contents/big.json`
  },
  {
    name: 'missing file',
    operation: 'repos/get-content',
    status: 404,
    method: 'GET',
    path: () => `${REPO}/contents/nope.json`
  },
  {
    name: 'missing ref',
    operation: 'repos/get-content',
    status: 404,
    method: 'GET',
    path: () => `${REPO}/contents/README.md?ref=nope`
  },
  {
    name: 'empty repository',
    operation: 'repos/get-content',
    status: 404,
    method: 'GET',
    path: () => `${EMPTY}/contents/README.md`
  },
  // repos/create-or-update-file-contents
  {
    name: 'create',
    operation: 'repos/create-or-update-file-contents',
    status: 201,
    method: 'PUT',
    path: () => `${REPO}/contents/backups/new.json`,
    body: () => ({ message: 'add', content: b64('{}'), committer: { name: 'Bot', email: 'bot@example.com' } })
  },
  {
    name: 'update',
    operation: 'repos/create-or-update-file-contents',
    status: 200,
    method: 'PUT',
    path: () => `${REPO}/contents/README.md`,
    body: () => ({ message: 'update', content: b64('# updated\n'), sha: fx.readmeBlob })
  },
  {
    name: 'first commit of an empty repository',
    operation: 'repos/create-or-update-file-contents',
    status: 201,
    method: 'PUT',
    path: () => '/repos/octo/empty-for-put/contents/a.json',
    body: () => ({ message: 'first', content: b64('{}') })
  },
  {
    name: 'missing branch',
    operation: 'repos/create-or-update-file-contents',
    status: 404,
    method: 'PUT',
    path: () => `${REPO}/contents/x.json`,
    body: () => ({ message: 'm', content: b64('x'), branch: 'nope' })
  },
  {
    name: 'sha mismatch',
    operation: 'repos/create-or-update-file-contents',
    status: 409,
    method: 'PUT',
    path: () => `${REPO}/contents/dir/a.json`,
    body: () => ({ message: 'm', content: b64('x'), sha: ZERO })
  },
  {
    name: 'sha missing',
    operation: 'repos/create-or-update-file-contents',
    status: 422,
    method: 'PUT',
    path: () => `${REPO}/contents/dir/a.json`,
    body: () => ({ message: 'm', content: b64('x') })
  },
  {
    name: 'read-only token',
    operation: 'repos/create-or-update-file-contents',
    status: 403,
    method: 'PUT',
    path: () => `${REPO}/contents/dir/a.json`,
    body: () => ({ message: 'm', content: b64('x') }),
    token: READ
  },
  // git/get-ref
  { name: 'ref', operation: 'git/get-ref', status: 200, method: 'GET', path: () => `${REPO}/git/ref/heads/main` },
  {
    name: 'missing ref',
    operation: 'git/get-ref',
    status: 404,
    method: 'GET',
    path: () => `${REPO}/git/ref/heads/nope`
  },
  {
    name: 'empty repository',
    operation: 'git/get-ref',
    status: 409,
    method: 'GET',
    path: () => `${EMPTY}/git/ref/heads/main`
  },
  // git/get-commit
  {
    name: 'commit',
    operation: 'git/get-commit',
    status: 200,
    method: 'GET',
    path: () => `${REPO}/git/commits/${fx.head}`
  },
  {
    name: 'missing commit',
    operation: 'git/get-commit',
    status: 404,
    method: 'GET',
    path: () => `${REPO}/git/commits/${ZERO}`
  },
  {
    name: 'empty repository',
    operation: 'git/get-commit',
    status: 409,
    method: 'GET',
    path: () => `${EMPTY}/git/commits/${ZERO}`
  },
  // git/get-tree
  { name: 'tree', operation: 'git/get-tree', status: 200, method: 'GET', path: () => `${REPO}/git/trees/${fx.tree}` },
  {
    name: 'tree of a branch, recursive',
    operation: 'git/get-tree',
    status: 200,
    method: 'GET',
    path: () => `${REPO}/git/trees/main?recursive=1`
  },
  {
    name: 'missing tree',
    operation: 'git/get-tree',
    status: 404,
    method: 'GET',
    path: () => `${REPO}/git/trees/${ZERO}`
  },
  {
    name: 'empty repository',
    operation: 'git/get-tree',
    status: 409,
    method: 'GET',
    path: () => `${EMPTY}/git/trees/main`
  },
  {
    name: 'a blob is not a tree',
    operation: 'git/get-tree',
    status: 422,
    method: 'GET',
    path: () => `${REPO}/git/trees/${fx.readmeBlob}`
  },
  // git/get-blob
  {
    name: 'blob',
    operation: 'git/get-blob',
    status: 200,
    method: 'GET',
    path: () => `${REPO}/git/blobs/${fx.readmeBlob}`
  },
  {
    name: 'missing blob',
    operation: 'git/get-blob',
    status: 404,
    method: 'GET',
    path: () => `${REPO}/git/blobs/${ZERO}`
  },
  {
    name: 'empty repository',
    operation: 'git/get-blob',
    status: 409,
    method: 'GET',
    path: () => `${EMPTY}/git/blobs/${ZERO}`
  },
  { name: 'malformed sha', operation: 'git/get-blob', status: 422, method: 'GET', path: () => `${REPO}/git/blobs/abc` },
  // git/create-blob
  {
    name: 'blob',
    operation: 'git/create-blob',
    status: 201,
    method: 'POST',
    path: () => `${REPO}/git/blobs`,
    body: () => ({ content: b64('blob'), encoding: 'base64' })
  },
  {
    name: 'read-only token',
    operation: 'git/create-blob',
    status: 403,
    method: 'POST',
    path: () => `${REPO}/git/blobs`,
    body: () => ({ content: 'x' }),
    token: READ
  },
  {
    name: 'missing repository',
    operation: 'git/create-blob',
    status: 404,
    method: 'POST',
    path: () => `${MISSING}/git/blobs`,
    body: () => ({ content: 'x' })
  },
  {
    name: 'empty repository',
    operation: 'git/create-blob',
    status: 409,
    method: 'POST',
    path: () => `${EMPTY}/git/blobs`,
    body: () => ({ content: 'x' })
  },
  {
    name: 'no content',
    operation: 'git/create-blob',
    status: 422,
    method: 'POST',
    path: () => `${REPO}/git/blobs`,
    body: () => ({ encoding: 'utf-8' })
  },
  // git/create-tree
  {
    name: 'tree',
    operation: 'git/create-tree',
    status: 201,
    method: 'POST',
    path: () => `${REPO}/git/trees`,
    body: () => ({
      base_tree: fx.tree,
      tree: [file('x/y.json', '{}'), { path: 'dir/a.json', mode: '100644', type: 'blob', sha: null }]
    })
  },
  {
    name: 'read-only token',
    operation: 'git/create-tree',
    status: 403,
    method: 'POST',
    path: () => `${REPO}/git/trees`,
    body: () => ({ tree: [file('a', 'a')] }),
    token: READ
  },
  {
    name: 'missing repository',
    operation: 'git/create-tree',
    status: 404,
    method: 'POST',
    path: () => `${MISSING}/git/trees`,
    body: () => ({ tree: [file('a', 'a')] })
  },
  {
    name: 'deleting everything',
    operation: 'git/create-tree',
    status: 404,
    method: 'POST',
    path: () => `${REPO}/git/trees`,
    body: () => ({ base_tree: fx.dirTree, tree: [{ path: 'a.json', mode: '100644', type: 'blob', sha: null }] })
  },
  {
    name: 'empty repository',
    operation: 'git/create-tree',
    status: 409,
    method: 'POST',
    path: () => `${EMPTY}/git/trees`,
    body: () => ({ tree: [file('a', 'a')] })
  },
  {
    name: 'invalid mode',
    operation: 'git/create-tree',
    status: 422,
    method: 'POST',
    path: () => `${REPO}/git/trees`,
    body: () => ({ tree: [{ path: 'a', mode: '1', type: 'blob', content: 'a' }] })
  },
  // git/create-commit
  {
    name: 'commit',
    operation: 'git/create-commit',
    status: 201,
    method: 'POST',
    path: () => `${REPO}/git/commits`,
    body: () => ({
      message: 'm',
      tree: fx.tree,
      parents: [fx.head],
      author: { name: 'A', email: 'a@example.com', date: '2024-05-01T10:00:00Z' }
    })
  },
  {
    name: 'missing repository',
    operation: 'git/create-commit',
    status: 404,
    method: 'POST',
    path: () => `${MISSING}/git/commits`,
    body: () => ({ message: 'm', tree: fx.tree })
  },
  {
    name: 'empty repository',
    operation: 'git/create-commit',
    status: 409,
    method: 'POST',
    path: () => `${EMPTY}/git/commits`,
    body: () => ({ message: 'm', tree: fx.tree })
  },
  {
    name: 'unknown tree',
    operation: 'git/create-commit',
    status: 422,
    method: 'POST',
    path: () => `${REPO}/git/commits`,
    body: () => ({ message: 'm', tree: ZERO })
  },
  // git/create-ref
  {
    name: 'ref',
    operation: 'git/create-ref',
    status: 201,
    method: 'POST',
    path: () => `${REPO}/git/refs`,
    body: () => ({ ref: 'refs/heads/backups/new', sha: fx.head })
  },
  {
    name: 'empty repository',
    operation: 'git/create-ref',
    status: 409,
    method: 'POST',
    path: () => `${EMPTY}/git/refs`,
    body: () => ({ ref: 'refs/heads/x', sha: ZERO })
  },
  {
    name: 'existing ref',
    operation: 'git/create-ref',
    status: 422,
    method: 'POST',
    path: () => `${REPO}/git/refs`,
    body: () => ({ ref: 'refs/heads/main', sha: fx.head })
  },
  // git/update-ref
  {
    name: 'fast forward',
    operation: 'git/update-ref',
    status: 200,
    method: 'PATCH',
    path: () => `${REPO}/git/refs/heads/side`,
    body: () => ({ sha: fx.head })
  },
  {
    name: 'empty repository',
    operation: 'git/update-ref',
    status: 409,
    method: 'PATCH',
    path: () => `${EMPTY}/git/refs/heads/main`,
    body: () => ({ sha: ZERO })
  },
  // GitHub's limits (test-servers/github/limits.ts), on the strict server.
  {
    name: 'tree request over the size cap',
    operation: 'git/create-tree',
    status: 422,
    method: 'POST',
    server: () => strict,
    path: () => `${STRICT}/git/trees`,
    body: () => ({ tree: [file('big.json', 'x'.repeat(5000))] })
  },
  {
    name: 'recursive tree read past the entry cap (truncated)',
    operation: 'git/get-tree',
    status: 200,
    method: 'GET',
    server: () => strict,
    path: () => `${STRICT}/git/trees/main?recursive=1`
  },
  {
    name: 'tree read past the entry cap (truncated)',
    operation: 'git/get-tree',
    status: 200,
    method: 'GET',
    server: () => strict,
    path: () => `${STRICT}/git/trees/${fx.strictDir}`
  },
  {
    name: 'blob over the file size limit',
    operation: 'git/create-blob',
    status: 422,
    method: 'POST',
    server: () => strict,
    path: () => `${STRICT}/git/blobs`,
    body: () => ({ content: 'x'.repeat(1025) })
  },
  {
    name: 'file over the file size limit',
    operation: 'repos/create-or-update-file-contents',
    status: 422,
    method: 'PUT',
    server: () => strict,
    path: () => `${STRICT}/contents/big.json`,
    body: () => ({ message: 'big', content: b64('x'.repeat(1025)) })
  },
  {
    name: 'secondary rate limit',
    operation: 'git/create-blob',
    status: 403,
    method: 'POST',
    server: () => strict,
    token: BURST,
    path: () => `${STRICT}/git/blobs`,
    body: () => ({ content: 'one too many' }),
    before: async () => {
      for (let i = 0; i < 3; i++) {
        const res = await fetch(`${strict.url}${STRICT}/git/blobs`, {
          method: 'POST',
          headers: { authorization: `Bearer ${BURST}`, 'content-type': 'application/json' },
          body: JSON.stringify({ content: `blob ${i}` })
        })
        expect(res.status).toBe(201)
      }
    }
  },
  // Protected branches, rulesets and push protection (test-servers/github/protection.ts).
  {
    name: 'protected branch',
    operation: 'repos/get-branch',
    status: 200,
    method: 'GET',
    path: () => `${GUARDED}/branches/main`
  },
  {
    name: 'branch protection refuses a direct update',
    operation: 'git/update-ref',
    status: 422,
    method: 'PATCH',
    path: () => `${GUARDED}/git/refs/heads/main`,
    body: () => ({ sha: fx.guardedFeature })
  },
  {
    name: 'a ruleset refuses a direct update',
    operation: 'git/update-ref',
    status: 422,
    method: 'PATCH',
    path: () => `${GUARDED}/git/refs/heads/release`,
    body: () => ({ sha: fx.guardedFeature })
  },
  {
    name: 'branch protection refuses a direct write',
    operation: 'repos/create-or-update-file-contents',
    status: 409,
    method: 'PUT',
    path: () => `${GUARDED}/contents/new.json`,
    body: () => ({ message: 'm', content: b64('{}') })
  },
  {
    name: 'a ruleset refuses a direct write',
    operation: 'repos/create-or-update-file-contents',
    status: 409,
    method: 'PUT',
    path: () => `${GUARDED}/contents/new.json`,
    body: () => ({ message: 'm', content: b64('{}'), branch: 'release' })
  },
  {
    name: 'push protection refuses a secret',
    operation: 'repos/create-or-update-file-contents',
    status: 409,
    method: 'PUT',
    path: () => `${GUARDED}/contents/leak.json`,
    body: () => ({ message: 'm', content: b64(`{"token":"${tokenShaped()}"}`), branch: 'feature' })
  },
  {
    name: 'push protection refuses a secret',
    operation: 'git/create-blob',
    status: 409,
    method: 'POST',
    path: () => `${GUARDED}/git/blobs`,
    body: () => ({ content: b64(tokenShaped()), encoding: 'base64' })
  },
  {
    name: 'push protection refuses a secret',
    operation: 'git/create-tree',
    status: 409,
    method: 'POST',
    path: () => `${GUARDED}/git/trees`,
    body: () => ({ tree: [file('leak.json', `{"token":"${tokenShaped()}"}`)] })
  },
  // Pull requests (test-servers/github/pulls.ts).
  {
    name: 'pull request',
    operation: 'pulls/create',
    status: 201,
    method: 'POST',
    path: () => `${GUARDED}/pulls`,
    body: () => ({ title: 'Back up', head: 'octo:feature', base: 'main', body: 'changes' })
  },
  {
    name: 'already exists',
    operation: 'pulls/create',
    status: 422,
    method: 'POST',
    path: () => `${GUARDED}/pulls`,
    body: () => ({ title: 'Back up', head: 'octo:feature', base: 'main' })
  },
  {
    name: 'workflow token where Actions may not open pull requests',
    operation: 'pulls/create',
    status: 403,
    method: 'POST',
    path: () => `${REPO}/pulls`,
    body: () => ({ title: 't', head: 'main', base: 'side' })
  },
  { name: 'open pull requests', operation: 'pulls/list', status: 200, method: 'GET', path: () => `${GUARDED}/pulls` },
  {
    name: 'filtered by head and base',
    operation: 'pulls/list',
    status: 200,
    method: 'GET',
    path: () => `${GUARDED}/pulls?state=all&head=octo:feature&base=main`
  },
  {
    name: 'invalid state',
    operation: 'pulls/list',
    status: 422,
    method: 'GET',
    path: () => `${GUARDED}/pulls?state=merged`
  },
  { name: 'pull request', operation: 'pulls/get', status: 200, method: 'GET', path: () => `${GUARDED}/pulls/1` },
  { name: 'missing', operation: 'pulls/get', status: 404, method: 'GET', path: () => `${GUARDED}/pulls/99` },
  {
    name: 'title and body',
    operation: 'pulls/update',
    status: 200,
    method: 'PATCH',
    path: () => `${GUARDED}/pulls/1`,
    body: () => ({ title: 'Back up 2 collections', body: 'new changelog' })
  },
  {
    name: 'closed',
    operation: 'pulls/update',
    status: 200,
    method: 'PATCH',
    path: () => `${GUARDED}/pulls/1`,
    body: () => ({ state: 'closed' })
  },
  {
    name: 'read-only token',
    operation: 'pulls/update',
    status: 403,
    method: 'PATCH',
    path: () => `${GUARDED}/pulls/1`,
    body: () => ({ title: 'x' }),
    token: READ
  },
  {
    name: 'invalid state',
    operation: 'pulls/update',
    status: 422,
    method: 'PATCH',
    path: () => `${GUARDED}/pulls/1`,
    body: () => ({ state: 'merged' })
  },
  {
    // main moved on with the PUT cases above, so going back to fx.head is not a fast forward.
    name: 'not a fast forward',
    operation: 'git/update-ref',
    status: 422,
    method: 'PATCH',
    path: () => `${REPO}/git/refs/heads/main`,
    body: () => ({ sha: fx.head, force: false })
  }
]

beforeAll(async () => {
  server = await startGitHubServer()
  server.addToken(WRITE, { repos: '*', permission: 'write' })
  server.addToken(READ, { repos: '*', permission: 'read' })
  server.addToken(TINY, { repos: '*', permission: 'read', rateLimit: 0 })
  await server.createRepo('octo/conformance', {
    files: { 'README.md': '# conformance\n', 'dir/a.json': '{"a":1}', 'big.json': Buffer.alloc(1024 * 1024 + 1, ' ') }
  })
  await server.createRepo('octo/empty')
  await server.createRepo('octo/empty-for-put')
  const git = (...args: string[]) => server.git('octo/conformance', ...args).then((s) => s.trim())
  // A symlink and a submodule entry, written through the API itself.
  const first = await git('rev-parse', 'main')
  const tree = await send({
    name: '',
    operation: '',
    status: 0,
    method: 'POST',
    path: () => `${REPO}/git/trees`,
    body: () => ({
      base_tree: first,
      tree: [
        { path: 'link', mode: '120000', type: 'blob', content: 'README.md' },
        { path: 'module', mode: '160000', type: 'commit', sha: first }
      ]
    })
  })
  const commit = await send({
    name: '',
    operation: '',
    status: 0,
    method: 'POST',
    path: () => `${REPO}/git/commits`,
    body: () => ({ message: 'links', tree: (tree.body as { sha: string }).sha, parents: [first] })
  })
  fx.head = (commit.body as { sha: string }).sha
  await server.git('octo/conformance', 'update-ref', 'refs/heads/main', fx.head)
  await server.git('octo/conformance', 'update-ref', 'refs/heads/side', first)
  fx.tree = await git('rev-parse', 'main^{tree}')
  fx.readmeBlob = await git('rev-parse', 'main:README.md')
  fx.dirTree = await git('rev-parse', 'main:dir')

  await server.createRepo('octo/guarded', {
    files: { 'README.md': '# guarded\n' },
    settings: { actionsCanCreatePullRequests: true, pushProtection: true }
  })
  await server.pushCommit('octo/guarded', 'release', {})
  fx.guardedFeature = await server.pushCommit('octo/guarded', 'feature', { 'backup.json': '{}' })
  server.protectBranch('octo/guarded', 'main')
  server.protectBranch('octo/guarded', 'release', { kind: 'ruleset' })

  strict = await startGitHubServer({
    limits: { treeRequestBytes: 4096, treeReadEntries: 3, fileBytes: 1024, writesPerWindow: 3 }
  })
  strict.addToken(WRITE, { repos: '*', permission: 'write' })
  strict.addToken(BURST, { repos: '*', permission: 'write' })
  await strict.createRepo('octo/strict', {
    files: { 'README.md': '#\n', 'dir/a.json': '{}', 'dir/b.json': '{}', 'dir/c.json': '{}', 'dir/d.json': '{}' }
  })
  fx.strictDir = (await strict.git('octo/strict', 'rev-parse', 'main:dir')).trim()
})
afterAll(async () => {
  await server.close()
  await strict?.close()
})

describe('local GitHub server against GitHub OpenAPI description', () => {
  it('uses a subset generated from @octokit/openapi', () => {
    expect(validator.subset.source.package).toBe('@octokit/openapi')
    expect(validator.subset.source.version).toMatch(/^23\./)
  })

  it('extracts operations with every component they reference, without examples (scripts/openapi-github.ts)', () => {
    const paths: Record<string, unknown> = {}
    OPERATIONS.forEach((operationId, i) => {
      paths[`/op/${i}`] = {
        get: {
          operationId,
          externalDocs: { url: `https://docs.github.com/rest/${i}` },
          responses: {
            '200': {
              description: 'ok',
              content: {
                'application/json': {
                  schema: { $ref: '#/components/schemas/thing' },
                  examples: { x: { $ref: '#/components/examples/unused' } }
                }
              }
            }
          }
        }
      }
    })
    const spec = {
      openapi: '3.0.3',
      info: { version: '1.2.3' },
      paths: {
        ...paths,
        '/other': { get: { operationId: 'other/op', responses: { '200': { $ref: '#/components/responses/unused' } } } }
      },
      components: {
        schemas: {
          thing: {
            type: 'object',
            description: 'a thing',
            properties: { description: { type: 'string' }, part: { $ref: '#/components/schemas/part' } },
            example: { a: 1 }
          },
          part: { type: 'string', nullable: true },
          unrelated: { type: 'integer' }
        },
        examples: { unused: { value: 1 } },
        responses: { unused: { description: 'x' } }
      }
    }
    const subset = extractSubset(spec, '9.9.9') as {
      source: { version: string }
      operations: Record<string, unknown>
      components: Record<string, Record<string, unknown>>
    }
    expect(subset.source.version).toBe('9.9.9')
    expect(Object.keys(subset.operations)).toEqual(OPERATIONS)
    expect(Object.keys(subset.components)).toEqual(['schemas'])
    // A property named "description" is kept; the schema's own description and example are dropped.
    expect(subset.components.schemas).toEqual({
      part: { type: 'string', nullable: true },
      thing: {
        type: 'object',
        properties: { description: { type: 'string' }, part: { $ref: '#/components/schemas/part' } }
      }
    })
    expect(toJsonSchema({ type: 'string', nullable: true })).toEqual({ type: ['string', 'null'] })
    expect(toJsonSchema({ nullable: true, oneOf: [{ type: 'object' }] })).toEqual({
      anyOf: [{ anyOf: [{ type: 'object' }] }, { type: 'null' }]
    })
  })

  it('rejects bodies that break the description (the check is not vacuous)', () => {
    const ref = {
      ref: 'refs/heads/main',
      node_id: 'x',
      url: 'http://127.0.0.1/x',
      object: { type: 'commit', sha: ZERO, url: 'http://127.0.0.1/y' }
    }
    expect(validator.validate('git/get-ref', 200, ref).valid).toBe(true)
    expect(validator.validate('git/get-ref', 200, { ...ref, object: { ...ref.object, sha: 'short' } }).valid).toBe(
      false
    )
    expect(validator.validate('git/get-ref', 200, { ref: 'refs/heads/main' }).valid).toBe(false)
    expect(validator.validate('repos/get-content', 200, { type: 'file', name: 'a' }).valid).toBe(false)
    expect(validator.validate('git/create-tree', 422, { message: 'Validation Failed' }).valid).toBe(false) // documentation_url is required
    expect(validator.validate('git/get-commit', 404, { message: 42 }).valid).toBe(false)
  })

  it.each(cases.map((c) => [`${c.operation} ${c.status} ${c.name}`, c] as const))('%s', async (_title, c) => {
    await c.before?.()
    const requestBody = c.body?.()
    if (requestBody !== undefined && c.status < 300) {
      const request = validator.validateRequest(c.operation, requestBody)
      expect(request.errors).toEqual([])
    }
    const { status, body } = await send(c)
    expect({ status, body }).toMatchObject({ status: c.status })
    if (c.name.includes('(truncated)')) expect(body).toMatchObject({ truncated: true, tree: { length: 3 } })
    if (c.name.includes('refuses'))
      expect(String((body as { message: string }).message)).toMatch(/pull request|secrets/)
    const result = validator.validate(c.operation, status, body, c.media)
    expect(result.errors).toEqual([])
    if (!covered.has(c.operation)) covered.set(c.operation, new Set())
    if (result.documented) covered.get(c.operation)!.add(status)
  })

  it('covers every status the description documents for these operations', () => {
    // Not produced by this server: renamed-repository redirects (301), trailing-slash redirects
    // (302), conditional requests (304), blobs over 100 MB (403 on git/get-blob).
    const notProduced: Record<string, number[]> = {
      'repos/get': [301],
      'repos/get-branch': [301],
      'repos/get-content': [302, 304],
      'git/get-blob': [403],
      'pulls/list': [304],
      'pulls/get': [304, 406, 500, 503]
    }
    for (const [operation, op] of Object.entries(validator.subset.operations)) {
      const documented = Object.keys(op.responses)
        .map(Number)
        .filter((s) => !(notProduced[operation] ?? []).includes(s))
      expect([operation, [...(covered.get(operation) ?? [])].sort()]).toEqual([operation, documented.sort()])
    }
  })
})
