// The local Postman API and GitHub API servers started together, as the end-to-end tests, the fault
// suite, `npm run servers` and `npm run demo` use them: a key the Postman server accepts, a write
// and a read token for every repository, and the runner's view of an action run against both.
// Every real limit is on (test-servers/github/limits.ts, test-servers/postman/rate-limit.ts) unless
// `options.postman` / `options.github` say otherwise.
import { randomBytes } from 'node:crypto'
import { actionEnv, runAction, type ActionRun, type GitHubContext, type RunActionOptions } from './actions-runner.js'
import {
  startGitHubServer,
  type CreateRepoOptions,
  type GitHubServer,
  type GitHubServerOptions
} from './github/server.js'
import { startPostmanServer, type PostmanServer, type PostmanServerOptions } from './postman/server.js'

export interface ServersOptions {
  /** The API key the Postman server accepts (default a fresh `PMAK-local-…`). */
  apiKey?: string
  /** A token that may write to every repository (default a fresh `ghs_localWrite…`). */
  token?: string
  /** A token that may read every repository (default a fresh `ghs_localRead…`). */
  readToken?: string
  /** Options of the Postman server (its limits: `rateLimit`); `apiKey` above wins. */
  postman?: Omit<PostmanServerOptions, 'apiKey'>
  /** Options of the GitHub server (its limits: `limits`, a GHES `prefix`). */
  github?: GitHubServerOptions
  /** Repositories to create, by full name. */
  repos?: Record<string, CreateRepoOptions>
}

export interface Servers {
  postman: PostmanServer
  github: GitHubServer
  apiKey: string
  token: string
  readToken: string
  /** The action's inputs for these servers: the key, the Postman URL, then `extra`. */
  inputs(extra?: Record<string, string>): Record<string, string>
  /** The `github.*` context of a run on `repository` (with the write token unless `token` is given). */
  context(repository: string, token?: string): GitHubContext
  /** The INPUT_* variables the runner would set for `inputs` (action.yml defaults filled in). */
  actionEnv(repository: string, extra?: Record<string, string>, token?: string): Record<string, string>
  /** Runs dist/index.js as the runner would, against these servers. */
  runAction(
    repository: string,
    extra?: Record<string, string>,
    options?: RunActionOptions & { token?: string }
  ): Promise<ActionRun>
  /** Forgets the rate-limit windows of both servers (a server shared by many tests, between tests). */
  resetLimits(): void
  close(): Promise<void>
}

const fresh = (prefix: string) => `${prefix}${randomBytes(12).toString('hex')}`

export async function startServers(options: ServersOptions = {}): Promise<Servers> {
  const apiKey = options.apiKey ?? fresh('PMAK-local-')
  const token = options.token ?? fresh('ghs_localWrite')
  const readToken = options.readToken ?? fresh('ghs_localRead')
  const postman = await startPostmanServer({ ...options.postman, apiKey })
  let github: GitHubServer
  try {
    github = await startGitHubServer(options.github)
  } catch (error) {
    await postman.close()
    throw error
  }
  github.addToken(token, { repos: '*', permission: 'write' })
  github.addToken(readToken, { repos: '*', permission: 'read' })
  for (const [name, repo] of Object.entries(options.repos ?? {})) await github.createRepo(name, repo)

  const inputs = (extra: Record<string, string> = {}) => ({
    'postman-api-key': apiKey,
    'postman-api-url': postman.url,
    ...extra
  })
  const context = (repository: string, as = token): GitHubContext => ({
    repository,
    token: as,
    api_url: github.url
  })
  return {
    postman,
    github,
    apiKey,
    token,
    readToken,
    inputs,
    context,
    actionEnv: (repository, extra, as) => actionEnv(inputs(extra), context(repository, as)),
    runAction: (repository, extra, runOptions = {}) => {
      const { token: as, ...rest } = runOptions
      return runAction(inputs(extra), context(repository, as), rest)
    },
    resetLimits() {
      postman.rateLimit.resetWindows()
      github.resetLimits()
    },
    async close() {
      await Promise.allSettled([postman.close(), github.close()])
    }
  }
}
