// The local GitHub server (real git repositories behind it) as the writer tests use it: a write
// token and a read-only token for every repository, a clean slate before each test, and a server of
// its own for a test that needs one. Not a test itself: jest runs only *.test.ts.
import { createOctokit } from '../../src/github/octokit.js'
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

/** A real Octokit (retry, throttling, timeouts: createOctokit) on `github`, with `token`. */
export function octokitFor(github: GitHubServer, token = TOKEN, options: { requestTimeout?: number } = {}) {
  return createOctokit({ token, baseUrl: github.url, ...options })
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
