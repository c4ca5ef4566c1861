// The local GitHub server (real git repositories behind it) as the writer tests use it: a write
// token and a read-only token for every repository, a clean slate before each test, and a server of
// its own for a test that needs one. Not a test itself: jest runs only *.test.ts.
import { Octokit } from '@octokit/core'
import { createOctokit, OCTOKIT_PLUGINS, octokitPluginOptions } from '../../src/github/octokit.js'
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
  options: { requestTimeout?: number; unpacedWrites?: boolean } = {}
) {
  const { unpacedWrites = false, ...limits } = options
  if (!unpacedWrites) return createOctokit({ token, baseUrl: github.url, ...limits })
  const plugins = octokitPluginOptions()
  return new (Octokit.plugin(...OCTOKIT_PLUGINS))({
    auth: token,
    baseUrl: github.url,
    userAgent: 'postman-backup',
    ...limits,
    ...plugins,
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
