// Pull-request mode's GitHub side against the local GitHub server (real git, GitHub's pull request
// answers and refusals): the head branch made from and brought back to base, the one open pull
// request created or updated, and the permission errors of workflow tokens and PATs.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import {
  GitHubNotFoundError,
  GitHubProtectedBranchError,
  GitHubPullRequestPermissionError,
  InputError
} from '../../src/errors.js'
import {
  defaultPullRequestBranch,
  findOpenPullRequest,
  openOrUpdatePullRequest,
  preparePullRequestBranch,
  type PullRequestTarget
} from '../../src/github/pull-request.js'
import { TreeWriter } from '../../src/github/tree-writer.js'
import { renameOptions, specOf } from '../../src/options/table.js'
import type { GitHubServer } from '../../test-servers/github/server.js'
import { octokitFor, resetGitHub, startGitHub, TOKEN } from '../helpers/github.js'

// Token-shaped values are built at run time: a literal one would trip push protection on this repository.
const PAT = ['ghp', 'pullRequestTestPat'.padEnd(36, '0')].join('_')
const NO_PULLS_TOKEN = ['ghs', 'pullRequestReadOnly'.padEnd(36, '0')].join('_')
const FILE = 'Postman collections/Orders.postman_collection.json'

describe('pull-request mode on GitHub', () => {
  let github: GitHubServer
  let n = 0
  let repo: string
  let target: PullRequestTarget
  const octokit = (token = TOKEN) => octokitFor(github, token, { unpacedWrites: true })
  const sha = async (branch: string) => (await github.git(repo, 'rev-parse', `refs/heads/${branch}`)).trim()
  const writes = () => github.requests.filter((r) => r.method !== 'GET').map((r) => `${r.method} ${r.status}`)

  /** What the pipeline does between the two calls: commit the backup to the head branch. */
  async function commitBackup(content: string, token = TOKEN) {
    const writer = new TreeWriter(octokit(token))
    const snapshot = await writer.readBranch({ owner: 'octo', repo: target.repo, branch: target.head })
    return writer.commitFiles(snapshot, {
      message: 'Back up Postman collection Orders',
      files: [{ path: FILE, content }]
    })
  }

  beforeAll(async () => {
    github = await startGitHub()
    github.addToken(PAT, { repos: '*', permission: 'write', kind: 'classic' })
    github.addToken(NO_PULLS_TOKEN, { repos: '*', permission: 'write', pullRequests: 'read' })
  })
  afterAll(() => github.close())
  beforeEach(async () => {
    const name = `pulls-${++n}`
    repo = `octo/${name}`
    await github.createRepo(repo, { files: { 'README.md': 'x\n' }, settings: { actionsCanCreatePullRequests: true } })
    target = { owner: 'octo', repo: name, base: 'main', head: defaultPullRequestBranch('main') }
    resetGitHub(github)
  })

  it('creates the branch and the pull request, then adds to both; an unchanged body is left alone', async () => {
    expect(target.head).toBe('postman-backup/main')
    const main = await sha('main')
    const first = await preparePullRequestBranch(octokit(), target)
    expect(first).toEqual({
      branch: 'postman-backup/main',
      base: 'main',
      state: 'created',
      baseSha: main,
      headSha: main
    })
    expect(await sha('postman-backup/main')).toBe(main)
    expect((await commitBackup('{"v":1}\n')).changed).toBe(true)
    const opened = await openOrUpdatePullRequest(octokit(), target, {
      title: 'Back up Postman',
      body: 'Orders: 1 request added'
    })
    expect(opened).toEqual({
      number: 1,
      url: `http://127.0.0.1:${github.port}/${repo}/pull/1`,
      created: true,
      updated: false
    })
    expect(github.pullRequests(repo)).toMatchObject([
      { number: 1, state: 'open', head: 'postman-backup/main', base: 'main', body: 'Orders: 1 request added' }
    ])
    // main itself is untouched: the backup waits in the pull request.
    expect(await sha('main')).toBe(main)

    // Second run: the open pull request keeps its branch; the new commit goes on top, the body follows.
    const head1 = await sha('postman-backup/main')
    const second = await preparePullRequestBranch(octokit(), target)
    expect(second).toMatchObject({ state: 'open', headSha: head1, pullRequest: { number: 1, url: opened.url } })
    await commitBackup('{"v":2}\n')
    github.requests.length = 0
    const updated = await openOrUpdatePullRequest(octokit(), target, {
      title: 'Back up Postman',
      body: 'Orders: 1 changed'
    })
    expect(updated).toEqual({ number: 1, url: opened.url, created: false, updated: true })
    expect(writes()).toEqual(['PATCH 200'])
    expect(github.pullRequests(repo)).toHaveLength(1)
    expect(github.pullRequests(repo)[0].body).toBe('Orders: 1 changed')
    expect(await github.git(repo, 'rev-list', '--count', 'main..postman-backup/main')).toBe('2\n')

    github.requests.length = 0
    const same = await openOrUpdatePullRequest(octokit(), target, {
      title: 'Back up Postman',
      body: 'Orders: 1 changed'
    })
    expect(same).toEqual({ number: 1, url: opened.url, created: false, updated: false })
    expect(writes()).toEqual([])
  })

  it('starts again from base once the pull request was merged', async () => {
    await preparePullRequestBranch(octokit(), target)
    await commitBackup('{"v":1}\n')
    await openOrUpdatePullRequest(octokit(), target, { title: 'Back up', body: 'one' })
    const merge = await github.mergePullRequest(repo, 1)

    const next = await preparePullRequestBranch(octokit(), target)
    expect(next).toEqual({ branch: target.head, base: 'main', state: 'fast-forwarded', baseSha: merge, headSha: merge })
    expect(await sha('postman-backup/main')).toBe(merge)
    await commitBackup('{"v":2}\n')
    const opened = await openOrUpdatePullRequest(octokit(), target, { title: 'Back up', body: 'two' })
    expect(opened).toMatchObject({ number: 2, created: true })
    // The new pull request holds this run's commit only.
    expect(await github.git(repo, 'rev-list', '--count', 'main..postman-backup/main')).toBe('1\n')
  })

  it('resets the branch of a closed pull request (squashed or turned down) to base, and keeps unreviewed commits', async () => {
    await preparePullRequestBranch(octokit(), target)
    await commitBackup('{"v":1}\n')
    const { number } = await openOrUpdatePullRequest(octokit(), target, { title: 'Back up', body: 'one' })
    await octokit().request('PATCH /repos/{owner}/{repo}/pulls/{pull_number}', {
      owner: 'octo',
      repo: target.repo,
      pull_number: number,
      state: 'closed'
    })
    // Base gets other commits (as a squash merge makes), so head cannot fast-forward.
    const main = await github.pushCommit(repo, 'main', { [FILE]: '{"v":1}\n' }, 'Back up (#1)')
    const reset = await preparePullRequestBranch(octokit(), target)
    expect(reset).toMatchObject({ state: 'reset', headSha: main })
    expect(await sha('postman-backup/main')).toBe(main)

    // A commit no pull request has held (say the run could not open one) is kept, diverged or not.
    const unreviewed = (await commitBackup('{"v":2}\n')).commitSha as string
    await github.pushCommit(repo, 'main', { 'README.md': 'y\n' })
    const kept = await preparePullRequestBranch(octokit(), target)
    expect(kept).toMatchObject({ state: 'kept', headSha: unreviewed })
    expect(await sha('postman-backup/main')).toBe(unreviewed)

    // Nothing to add and base unchanged: up to date, no write.
    const fresh = { ...target, head: 'postman-backup/other', base: 'main' }
    await preparePullRequestBranch(octokit(), fresh)
    github.requests.length = 0
    expect(await preparePullRequestBranch(octokit(), fresh)).toMatchObject({ state: 'up-to-date' })
    expect(writes()).toEqual([])
  })

  it('keeps the branch of an open pull request when base moved on', async () => {
    await preparePullRequestBranch(octokit(), target)
    const head = (await commitBackup('{"v":1}\n')).commitSha
    await openOrUpdatePullRequest(octokit(), target, { title: 'Back up', body: 'one' })
    await github.pushCommit(repo, 'main', { 'README.md': 'moved\n' })
    github.requests.length = 0
    expect(await preparePullRequestBranch(octokit(), target)).toMatchObject({ state: 'open', headSha: head })
    expect(writes()).toEqual([])
  })

  it('says what it would do in a dry run, and writes nothing', async () => {
    const plan = await preparePullRequestBranch(octokit(), target, { dryRun: true })
    expect(plan).toMatchObject({ state: 'created', headSha: await sha('main') })
    expect(writes()).toEqual([])
    expect(await github.git(repo, 'branch', '--list', 'postman-backup/*')).toBe('')
  })

  it('refuses a head that is the base, and a base that does not exist', async () => {
    await expect(preparePullRequestBranch(octokit(), { ...target, head: 'main' })).rejects.toThrow(InputError)
    await expect(preparePullRequestBranch(octokit(), { ...target, head: 'main' })).rejects.toThrow(
      /pullRequestBranch.*same as the branch/
    )
    await expect(preparePullRequestBranch(octokit(), { ...target, base: 'nope' })).rejects.toThrow(GitHubNotFoundError)
  })

  it('tells a workflow token without the repository setting how to allow it; a PAT needs no setting', async () => {
    github.repoSettings(repo).actionsCanCreatePullRequests = false
    await preparePullRequestBranch(octokit(), target)
    await commitBackup('{"v":1}\n')
    const refused = openOrUpdatePullRequest(octokit(), target, { title: 'Back up', body: 'one' })
    await expect(refused).rejects.toThrow(GitHubPullRequestPermissionError)
    const error = (await refused.catch((e: unknown) => e)) as Error
    expect(error.message).toContain('GitHub Actions is not permitted to create or approve pull requests.')
    expect(error.message).toContain('"Allow GitHub Actions to create and approve pull requests"')
    expect(error.message).toContain('Settings > Actions > General > Workflow permissions')
    expect(error.message).toContain('PAT with pull-requests: write')
    // The action names the token input by its own name.
    expect(renameOptions(error.message, (key) => specOf(key).input)).toContain('`github-token` a PAT')
    expect(github.pullRequests(repo)).toEqual([])

    // The same commit, a PAT: opened, by the PAT's user.
    const opened = await openOrUpdatePullRequest(octokit(PAT), target, { title: 'Back up', body: 'one' })
    expect(opened).toMatchObject({ number: 1, created: true })
    expect(github.pullRequests(repo)[0].user.login).toBe('test-user')
  })

  it('asks for permissions: pull-requests: write when the job lacks it', async () => {
    await preparePullRequestBranch(octokit(NO_PULLS_TOKEN), target)
    await commitBackup('{"v":1}\n', NO_PULLS_TOKEN)
    const refused = openOrUpdatePullRequest(octokit(NO_PULLS_TOKEN), target, { title: 'Back up', body: 'one' })
    await expect(refused).rejects.toThrow(GitHubPullRequestPermissionError)
    await expect(refused).rejects.toThrow(/Resource not accessible by integration.*`permissions: pull-requests: write`/)
    expect(await findOpenPullRequest(octokit(NO_PULLS_TOKEN), target)).toBeUndefined()
  })

  it('reports a protected head branch it must move as protected', async () => {
    await preparePullRequestBranch(octokit(), target)
    await github.pushCommit(repo, 'main', { 'README.md': 'moved\n' })
    github.protectBranch(repo, target.head)
    await expect(preparePullRequestBranch(octokit(), target)).rejects.toThrow(GitHubProtectedBranchError)
  })
})
