// Pull-request mode end to end in-process, against the local servers: a base branch that takes
// changes only through pull requests (a ruleset), the backup committed to its own branch, and the one
// pull request opened, then updated with each run's changelog, and left alone when nothing changed.
import { beforeEach, describe, expect, it } from '@jest/globals'
import { main, type CliIO } from '../../src/cli/main.js'
import { GitHubProtectedBranchError, InputError } from '../../src/errors.js'
import type { GitHubServer } from '../../test-servers/github/server.js'
import type { PostmanServer } from '../../test-servers/postman/server.js'
import { sampleCollection } from '../../test-servers/samples.js'
import { useBackupFixture } from '../helpers/backup-fixture.js'
import { unpacedOctokit } from '../helpers/github.js'

const KEY = 'PMAK-pull-request-mode-0000000000'
// A workflow token (ghs_): GitHub lets it open pull requests only with the repository setting on.
const TOKEN = ['ghs', 'pullRequestModeTest'.padEnd(36, '0')].join('_')
const HEAD = 'postman-backup/main'
const FILE = 'Postman collections/Orders.postman_collection.json'

describe('pull-request mode', () => {
  const fixture = useBackupFixture({
    apiKey: KEY,
    token: TOKEN,
    workspaceName: 'Reviewed',
    repoName: 'octo/reviewed',
    githubToken: true,
    // No branch: the base is the repository's default.
    defaults: { branch: undefined, collections: ['*'], environments: [], globals: false, pullRequest: true }
  })
  const { run } = fixture
  let postman: PostmanServer, github: GitHubServer, workspace: string, repo: string
  beforeEach(() => {
    ;({ postman, github, workspace, repo } = fixture)
  })
  beforeEach(() => {
    github.repoSettings(repo).actionsCanCreatePullRequests = true
    github.protectBranch(repo, 'main', { kind: 'ruleset' })
  })
  const sha = async (branch: string) => (await github.git(repo, 'rev-parse', `refs/heads/${branch}`)).trim()
  const count = async (branch: string) => Number((await github.git(repo, 'rev-list', '--count', branch)).trim())
  const pullWrites = () =>
    github.requests.filter((r) => r.method !== 'GET' && r.path.includes('/pulls')).map((r) => r.method)

  it('opens a pull request with the changelog, updates it with the next change, and leaves it alone otherwise', async () => {
    const orders = postman.addCollection(sampleCollection('Orders', 2), { workspace })
    const baseSha = await sha('main')

    // 1. First run: the head branch is made from main (the repository's default), the backup
    // committed to it, and the pull request opened with the changelog as its body.
    const first = await run()
    expect(first).toMatchObject({ changed: true, branch: HEAD })
    expect(first.pullRequest).toMatchObject({ number: 1, created: true, base: 'main', head: HEAD })
    expect(first.pullRequest?.url).toMatch(/\/octo\/reviewed-\d+\/pull\/1$/)
    expect(await sha('main')).toBe(baseSha)
    expect(await github.git(repo, 'show', `${HEAD}:${FILE}`)).toContain('"Orders"')
    const [pr] = github.pullRequests(repo)
    expect(pr).toMatchObject({ number: 1, state: 'open', head: HEAD, base: 'main' })
    expect(pr.title).toBe('Back up Postman collection Orders')
    expect(pr.body).toContain('**Orders** (collection)')
    expect(pr.body).toContain('created (2 requests in 1 folder, 1 variable)')
    // The file is linked on the backup's branch.
    expect(pr.body).toContain('/blob/postman-backup/main/')

    // 2. A change: one more commit on the head, the body says what changed this time.
    postman.updateCollection(orders.id, sampleCollection('Orders', 3))
    github.requests.length = 0
    const second = await run()
    expect(second.pullRequest).toMatchObject({ number: 1, created: false })
    expect(await count(HEAD)).toBe((await count('main')) + 2)
    expect(github.pullRequests(repo)).toHaveLength(1)
    expect(pr.body).toContain('request "Folder / Request 3" added')
    expect(pullWrites()).toEqual(['PATCH'])

    // 3. No change: no commit, and the pull request is not touched.
    github.requests.length = 0
    const headSha = await sha(HEAD)
    const third = await run()
    expect(third).toMatchObject({ changed: false, changes: [] })
    expect(third.pullRequest).toBeUndefined()
    expect(await sha(HEAD)).toBe(headSha)
    expect(pullWrites()).toEqual([])
    expect(pr.body).toContain('request "Folder / Request 3" added')

    // 4. After a merge the next change starts a new pull request from the merged base.
    await github.mergePullRequest(repo, 1)
    postman.updateCollection(orders.id, sampleCollection('Orders', 4))
    const fourth = await run()
    expect(fourth.pullRequest).toMatchObject({ number: 2, created: true })
    expect(github.pullRequests(repo).map((p) => [p.number, p.state])).toEqual([
      [1, 'closed'],
      [2, 'open']
    ])
  })

  it('plans a dry run against base before the head exists, and writes nothing', async () => {
    postman.addCollection(sampleCollection('Orders', 2), { workspace })
    github.requests.length = 0
    const result = await run({ dryRun: true, branch: 'main' })
    expect(result).toMatchObject({ changed: true, dryRun: true, branch: 'main' })
    expect(result.pullRequest).toEqual({ created: true, base: 'main', head: HEAD })
    expect(github.requests.filter((r) => r.method !== 'GET')).toEqual([])
    expect(github.pullRequests(repo)).toEqual([])
  })

  it('refuses a direct write to the protected branch, suggesting pullRequest', async () => {
    postman.addCollection(sampleCollection('Orders', 2), { workspace })
    const direct = run({ pullRequest: false, branch: 'main' })
    await expect(direct).rejects.toThrow(GitHubProtectedBranchError)
    await expect(direct).rejects.toThrow(/protected.*`pullRequest`/)
  })

  it('commits to the named pull-request-branch, and refuses a local folder', async () => {
    postman.addCollection(sampleCollection('Orders', 2), { workspace })
    const result = await run({ pullRequestBranch: 'backups/postman' })
    expect(result.branch).toBe('backups/postman')
    expect(github.pullRequests(repo)[0]).toMatchObject({ head: 'backups/postman', base: 'main' })
    await expect(
      run({
        writer: {
          readBranch: () => Promise.reject(new Error('unused')),
          readFile: async () => undefined,
          commitFiles: () => Promise.reject(new Error('unused'))
        }
      })
    ).rejects.toThrow(InputError)
  })

  it('prints what changed and the pull request on the command line', async () => {
    const orders = postman.addCollection(sampleCollection('Orders', 2), { workspace })
    const cli = async (...extra: string[]) => {
      let stdout = ''
      let stderr = ''
      const io: CliIO = {
        stdout: { write: (text: string) => (stdout += text) },
        stderr: { write: (text: string) => (stderr += text) },
        env: { POSTMAN_API_KEY: KEY, GITHUB_TOKEN: TOKEN },
        isTTY: false,
        // Writes not spaced 1 s apart; the end-to-end runs of dist/index.js keep plugin-throttling's pacing.
        createOctokit: unpacedOctokit
      }
      const code = await main(
        [
          'backup',
          '--collection',
          orders.id,
          '--repo',
          repo,
          '--postman-api-url',
          postman.url,
          '--github-api-url',
          github.url,
          ...extra
        ],
        io
      )
      return { code, stdout, stderr }
    }
    const first = await cli('--pull-request')
    expect(first.stderr).not.toContain('postman-backup:')
    expect(first.code).toBe(0)
    expect(first.stdout).toMatch(/^Opened pull request #1: http.*\/pull\/1$/m)
    expect(first.stdout).toContain('What changed:\n  Orders: created (2 requests in 1 folder, 1 variable)')
    postman.updateCollection(orders.id, sampleCollection('Orders', 3))
    const dry = await cli('--pull-request', '--dry-run')
    expect(dry.stdout).toContain('Orders: request "Folder / Request 3" added')
    expect(dry.stdout).toMatch(/^Would update pull request #1: /m)
    const second = await cli('--pull-request')
    expect(second.stdout).toMatch(/^Updated pull request #1: /m)
  })
})
