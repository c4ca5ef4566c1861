// The setup the backup tests share: a Postman and a GitHub server for the file, an Octokit whose writes
// are not paced, a fresh workspace and repository for each test, and `run(extra)` with the file's usual
// options. Not a test itself: jest runs only *.test.ts.
import { afterAll, beforeAll, beforeEach } from '@jest/globals'
import { backupWorkspace, type BackupWorkspaceOptions } from '../../src/backup/index.js'
import type { Octokit } from '../../src/github/octokit.js'
import { MANIFEST_NAME, type Manifest } from '../../src/manifest.js'
import type { GitHubServer } from '../../test-servers/github/server.js'
import type { PostmanServer } from '../../test-servers/postman/server.js'
import { octokitFor } from './github.js'
import { startServers, type Servers, type ServersOptions } from './servers.js'

export interface BackupFixtureOptions {
  apiKey: string
  token: string
  /** Options of the servers besides the key and the token (their limits). */
  servers?: Omit<ServersOptions, 'apiKey' | 'token'>
  /** Each test's workspace is `${workspaceName} ${n}`, its repository `${repoName}-${n}`. */
  workspaceName: string
  repoName: string
  /** false: the test creates the repository itself (with files of its own). */
  createRepo?: boolean
  /** Passes githubToken and githubApiUrl too (what the action passes besides the Octokit). */
  githubToken?: boolean
  /** Options of every run, over the common ones and under `run(extra)`'s. */
  defaults?: Partial<BackupWorkspaceOptions>
  /** Directory of the backup (manifest()); 'Postman collections' unless given. */
  directory?: string
}

export interface BackupFixture {
  readonly servers: Servers
  readonly postman: PostmanServer
  readonly github: GitHubServer
  /** Writes not spaced 1 s apart (plugin-throttling's pacing is octokit.test.ts's subject). */
  readonly octokit: Octokit
  /** This test's workspace and repository. */
  readonly workspace: string
  readonly repo: string
  /** backupWorkspace (the same as runBackup) with the common options, `defaults`, then `extra`. */
  run: (extra?: Partial<BackupWorkspaceOptions>) => ReturnType<typeof backupWorkspace>
  /** How many commits main has. */
  commits: () => Promise<number>
  /** A file on main. */
  show: (path: string) => Promise<string>
  /** Every path on main. */
  tree: () => Promise<string[]>
  /** The manifest on main. */
  manifest: () => Promise<Manifest>
}

/** Registers beforeAll, afterAll and beforeEach in the calling describe; read the rest in tests. */
export function useBackupFixture(options: BackupFixtureOptions): BackupFixture {
  let servers: Servers | undefined
  let octokit: Octokit | undefined
  let workspace = ''
  let repo = ''
  let n = 0
  const started = () => {
    if (!servers || !octokit) throw new Error('The servers start in beforeAll: read the fixture inside tests')
    return { servers, octokit }
  }
  const directory = options.directory ?? 'Postman collections'

  beforeAll(async () => {
    servers = await startServers({ ...options.servers, apiKey: options.apiKey, token: options.token })
    octokit = octokitFor(servers.github, options.token, { unpacedWrites: true })
  })
  afterAll(() => servers?.close())
  beforeEach(async () => {
    const { servers } = started()
    const { postman, github } = servers
    // Postman's 10 GET /collections in 10 s would make a later test wait out the window (limits.test.ts's subject).
    servers.resetLimits()
    postman.faults.clear()
    workspace = postman.addWorkspace({ name: `${options.workspaceName} ${++n}` })
    repo = `${options.repoName}-${n}`
    if (options.createRepo !== false) await github.createRepo(repo, { files: { 'README.md': 'x\n' } })
  })

  const git = (...args: string[]) => started().servers.github.git(repo, ...args)
  const fixture: BackupFixture = {
    get servers() {
      return started().servers
    },
    get postman() {
      return started().servers.postman
    },
    get github() {
      return started().servers.github
    },
    get octokit() {
      return started().octokit
    },
    get workspace() {
      return workspace
    },
    get repo() {
      return repo
    },
    run: (extra = {}) => {
      const { servers, octokit } = started()
      return backupWorkspace({
        postmanApiKey: options.apiKey,
        postmanApiUrl: servers.postman.url,
        ...(options.githubToken ? { githubToken: options.token, githubApiUrl: servers.github.url } : {}),
        octokit,
        repository: repo,
        branch: 'main',
        workspace,
        ...options.defaults,
        ...extra
      })
    },
    commits: async () => Number((await git('rev-list', '--count', 'main')).trim()),
    show: (path) => git('show', `main:${path}`),
    tree: async () => (await git('ls-tree', '-r', '--name-only', 'main')).trim().split('\n'),
    manifest: async () => JSON.parse(await git('show', `main:${directory}/${MANIFEST_NAME}`)) as Manifest
  }
  return fixture
}
