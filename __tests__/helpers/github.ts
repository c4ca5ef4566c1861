// The local GitHub server (real git repositories behind it) as the writer tests use it: a write
// token and a read-only token for every repository, a clean slate before each test, and a server of
// its own for a test that needs one. Not a test itself: jest runs only *.test.ts.
import { execFile } from 'node:child_process'
import { Octokit } from '@octokit/core'
import {
  createOctokit,
  OCTOKIT_PLUGINS,
  octokitPluginOptions,
  type CreateOctokitOptions
} from '../../src/github/octokit.js'
import { startGitHubServer, type GitHubServer } from '../../test-servers/github/server.js'

/** May write to every repository of a server from startGitHub. */
export const TOKEN = 'ghs_writerTestToken000000000000000000'
/** May read every repository of a server from startGitHub. */
export const READ_TOKEN = 'ghs_writerReadToken00000000000000000'

/** A server that knows TOKEN (write) and READ_TOKEN (read) for every repository. */
export async function startGitHub(): Promise<GitHubServer> {
  const github = await startGitHubServer()
  github.addToken(TOKEN, { repos: '*', permission: 'write' })
  github.addToken(READ_TOKEN, { repos: '*', permission: 'read' })
  return github
}

/**
 * Stands in for plugin-throttling's `write` and `notifications` groups (Bottleneck groups, shared by
 * every Octokit of the process), which space writes 1 s (3 s) apart as GitHub asks of real clients:
 * each write goes at once. Only `key(id).schedule(options, job)` is called on them.
 */
const UNPACED = { key: () => ({ schedule: async (_options: unknown, job: () => unknown) => job() }) }

/**
 * A real Octokit (retry, throttling, timeouts: createOctokit) on `github`, with `token`.
 * `unpacedWrites`: the same plugins in the same order, but writes are not spaced 1 s apart, for a
 * test that is not about pacing (the rate-limit handlers stay; the local server's secondary limit too).
 */
export function octokitFor(
  github: GitHubServer,
  token = TOKEN,
  options: { requestTimeout?: number; unpacedWrites?: boolean; retryAfterBaseMs?: number } = {}
) {
  const { unpacedWrites = false, ...limits } = options
  if (!unpacedWrites && limits.retryAfterBaseMs !== undefined)
    throw new Error('test bug: retryAfterBaseMs needs unpacedWrites (createOctokit takes no retry options)')
  const octokitOptions = { token, baseUrl: github.url, ...limits }
  return unpacedWrites ? unpacedOctokit(octokitOptions) : createOctokit(octokitOptions)
}

/**
 * createOctokit's Octokit (the same plugins in the same order, the same options) but with writes not
 * spaced 1 s apart; the CLI's `createOctokit` in tests that are not about pacing. `retryAfterBaseMs`:
 * plugin-retry waits 1, 4, 9 times this (default 1000 ms) before its retries, for a test that is about
 * that a request is retried, not how long it waits first.
 */
export function unpacedOctokit(options: CreateOctokitOptions & { retryAfterBaseMs?: number }): Octokit {
  const plugins = octokitPluginOptions(options.logger)
  return new (Octokit.plugin(...OCTOKIT_PLUGINS))({
    auth: options.token,
    baseUrl: options.baseUrl,
    userAgent: 'postman-backup',
    requestTimeout: options.requestTimeout,
    maxAnswerBytes: options.maxAnswerBytes,
    ...plugins,
    retry: {
      ...plugins.retry,
      ...(options.retryAfterBaseMs !== undefined && { retryAfterBaseValue: options.retryAfterBaseMs })
    },
    // Typed as Bottleneck groups, of which only key().schedule() is used.
    throttle: { ...plugins.throttle, write: UNPACED, notifications: UNPACED } as typeof plugins.throttle
  })
}

/**
 * Forgets what earlier tests left on a shared server: recorded requests, faults, hooks, and the secondary
 * rate limit's recent writes (many tests in a minute on one server is not what one real run does).
 */
export function resetGitHub(github: GitHubServer): void {
  github.requests.length = 0
  github.faults.clear()
  github.hooks.beforeRefUpdate = undefined
  github.resetLimits()
}

/** Runs `test` against a server of its own (for faults and settings no other test should meet), closed afterwards. */
export async function withOwnGitHub(test: (github: GitHubServer) => Promise<void>): Promise<void> {
  const github = await startGitHub()
  try {
    await test(github)
  } finally {
    await github.close()
  }
}

/**
 * Creates `fullName` holding `files` in one initial commit on `branch`, as `github.createRepo(name, { files })`
 * does, but with a single `git fast-import` instead of a git process per file: a fixture of thousands of
 * files takes well under a second instead of many.
 */
export async function createRepoWithFiles(
  github: GitHubServer,
  fullName: string,
  files: Record<string, string | Buffer>,
  branch = 'main'
): Promise<void> {
  await github.createRepo(fullName, { defaultBranch: branch })
  const quote = (path: string) => `"${path.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`
  const data = (bytes: Buffer) => [Buffer.from(`data ${bytes.length}\n`), bytes, Buffer.from('\n')]
  const chunks: Buffer[] = [
    Buffer.from(`commit refs/heads/${branch}\n`),
    Buffer.from('committer Test Fixture <test-fixture@users.noreply.github.com> 1700000000 +0000\n'),
    ...data(Buffer.from('Initial commit\n'))
  ]
  for (const [path, content] of Object.entries(files)) {
    chunks.push(Buffer.from(`M 100644 inline ${quote(path)}\n`))
    chunks.push(...data(Buffer.isBuffer(content) ? content : Buffer.from(content, 'utf8')))
  }
  await new Promise<void>((resolve, reject) => {
    const child = execFile(
      'git',
      ['fast-import', '--quiet'],
      { env: { ...process.env, GIT_DIR: github.gitDir(fullName) } },
      (error, _stdout, stderr) => (error ? reject(new Error(`git fast-import: ${stderr || error.message}`)) : resolve())
    )
    child.stdin?.end(Buffer.concat(chunks))
  })
}
