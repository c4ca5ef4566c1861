// GitHub's refusals by repository rules, as the writers meet them on the local GitHub server (branch
// protection, rulesets, secret scanning push protection) and as GitHub words them: a typed error that
// says what to do, at once (no retry loop), and never the secret.
import { randomBytes } from 'node:crypto'
import { RequestError } from '@octokit/request-error'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { GitHubApiError, GitHubProtectedBranchError, PushProtectionError } from '../../src/errors.js'
import { parsePushProtection, ruleRefusalOf, translateGitHubError } from '../../src/github/request-errors.js'
import { TreeWriter, type FileChange } from '../../src/github/tree-writer.js'
import { gitBlobSha } from '../../src/git-blob-sha.js'
import { renameOptions, specOf } from '../../src/options/table.js'
import type { GitHubServer } from '../../test-servers/github/server.js'
import { octokitFor, resetGitHub, startGitHub } from '../helpers/github.js'

/** A GitHub-token-shaped value, made at run time (a literal one would trip push protection on this repository). */
const plantedToken = () =>
  [
    'ghp',
    randomBytes(27)
      .toString('base64')
      .replace(/[^A-Za-z0-9]/g, 'x')
      .slice(0, 36)
  ].join('_')

const CONTEXT = { repository: 'octo/r', action: 'updating branch main', baseUrl: 'https://api.github.com', write: true }

function githubError(status: number, data: Record<string, unknown>): RequestError {
  return new RequestError(String(data.message), status, {
    request: { method: 'PATCH', url: 'https://api.github.com/repos/octo/r/git/refs/heads%2Fmain', headers: {} },
    response: { status, url: 'https://api.github.com/repos/octo/r/git/refs/heads%2Fmain', headers: {}, data }
  })
}

describe('translateGitHubError: repository rules', () => {
  it.each([
    [422, 'Changes must be made through a pull request.', 'https://docs.github.com/rest/git/refs#update-a-reference'],
    [
      409,
      'Could not update file: Changes must be made through a pull request.',
      'https://docs.github.com/articles/about-protected-branches'
    ],
    [
      422,
      'Repository rule violations found\n\nChanges must be made through a pull request.\n\n',
      'https://docs.github.com/rest/git/refs#update-a-reference'
    ],
    [
      409,
      'Repository rule violations found\n\nCannot update this protected ref.\n\n',
      'https://docs.github.com/rest/repos/contents'
    ],
    [422, 'GH013: Repository rule violations found for refs/heads/main.', 'https://docs.github.com/rest/git/refs'],
    [403, 'Protected branch update failed for refs/heads/main.', 'https://docs.github.com/rest'],
    [422, 'Required status check "ci" is expected.', 'https://docs.github.com/rest'],
    [
      422,
      'Something we do not know',
      'https://docs.github.com/repositories/configuring-branches-and-merges-in-your-repository/managing-rulesets/about-rulesets'
    ]
  ])('%d %j is a protected branch, and the message suggests `pullRequest`', (status, message, docs) => {
    const error = githubError(status, { message, documentation_url: docs, status: String(status) })
    expect(ruleRefusalOf(error)).toBe('protected-branch')
    const translated = translateGitHubError(error, CONTEXT)
    expect(translated).toBeInstanceOf(GitHubProtectedBranchError)
    expect(translated.message).toContain('the branch is protected in octo/r')
    expect(translated.message).toContain('Set `pullRequest` to commit to a branch of its own and open a pull request')
    // Each front end names the option in its own words.
    expect(renameOptions(translated.message, (key) => specOf(key).input)).toContain('Set `pull-request` to')
    expect(renameOptions(translated.message, (key) => specOf(key).flag?.split(' ')[0])).toContain(
      'Set `--pull-request` to'
    )
  })

  it.each([
    [422, 'Update is not a fast forward'],
    [422, 'Reference cannot be updated'],
    [409, 'main does not match 0123456789012345678901234567890123456789'],
    [422, 'Invalid request.\n\n"sha" wasn\'t supplied.']
  ])('%d %j is no rule refusal', (status, message) => {
    const error = githubError(status, { message, documentation_url: 'https://docs.github.com/rest/git/refs' })
    expect(ruleRefusalOf(error)).toBeUndefined()
    expect(translateGitHubError(error, CONTEXT)).toBeInstanceOf(GitHubApiError)
  })

  it('names the files push protection found a secret in, and never quotes the secret', () => {
    const secret = plantedToken()
    const blob = gitBlobSha(`{"token":"${secret}"}`)
    const other = 'f'.repeat(40)
    const message = [
      'GH013: Repository rule violations found for refs/heads/main.',
      '',
      '- GITHUB PUSH PROTECTION',
      '  —————————————————————————————————————————',
      '    Resolve the following violations before pushing again',
      '',
      '    - Push cannot contain secrets',
      '',
      '—— GitHub Personal Access Token ——————————————————',
      ' locations:',
      `  - blob: ${blob}`,
      '    path: Postman collections/Orders.postman_collection.json:12',
      `  - blob: ${other}`,
      // Some answers quote the match; it must not reach our message.
      `    snippet: "token": "${secret}"`,
      `—— ${secret} ——`,
      '     (?) To push, remove secret from the content or bypass push protection with a placeholder_id below.'
    ].join('\n')
    const error = githubError(409, {
      message,
      metadata: {
        secret_scanning: { bypass_placeholders: [{ placeholder_id: 'x', token_type: 'github_personal_access_token' }] }
      },
      documentation_url: 'https://docs.github.com/rest/git/blobs#create-a-blob',
      status: '409'
    })
    expect(ruleRefusalOf(error)).toBe('push-protection')
    const translated = translateGitHubError(error, {
      ...CONTEXT,
      action: 'writing 2 files to main',
      blobPaths: new Map([[other, 'Postman environments/Staging.postman_environment.json']])
    })
    expect(translated).toBeInstanceOf(PushProtectionError)
    const pushError = translated as PushProtectionError
    expect(pushError.locations).toEqual([
      { blobSha: blob, path: 'Postman collections/Orders.postman_collection.json', line: 12 },
      { blobSha: other, path: 'Postman environments/Staging.postman_environment.json' }
    ])
    expect(pushError.secretTypes).toEqual(['GitHub Personal Access Token'])
    expect(pushError.message).toContain(
      'found a secret (GitHub Personal Access Token) in "Postman collections/Orders.postman_collection.json" (line 12), "Postman environments/Staging.postman_environment.json"'
    )
    expect(pushError.message).toContain('set `secretScan` to "redact"')
    expect(pushError.message).toContain('allow-list')
    expect(pushError.message).toContain('remove the secret from the document in Postman')
    for (const text of [pushError.message, String((pushError.cause as Error).message), JSON.stringify(pushError)]) {
      expect(text).not.toContain(secret)
      expect(text).not.toContain(secret.slice(4, 20))
    }
  })

  it('reads the git push form of the locations (commit and path)', () => {
    const commit = 'a'.repeat(40)
    expect(
      parsePushProtection(
        `GH013: Repository rule violations found for refs/heads/main.\n—— Slack API Token ——\n locations:\n  - commit: ${commit}\n    path: env/.env:3\n`
      )
    ).toEqual({ locations: [{ path: 'env/.env', line: 3 }], secretTypes: ['Slack API Token'] })
  })
})

describe('TreeWriter.commitFiles against repository rules', () => {
  let github: GitHubServer
  let n = 0
  let name: string
  let repo: string
  const writer = () => new TreeWriter(octokitFor(github, undefined, { unpacedWrites: true }))
  const writes = () => github.requests.filter((r) => r.method !== 'GET').map((r) => `${r.method} ${r.status}`)
  const head = async () => (await github.git(repo, 'rev-parse', 'main')).trim()
  const files = (count: number, extra = ''): FileChange[] =>
    Array.from({ length: count }, (_, i) => ({
      path: `Postman collections/C${i}.postman_collection.json`,
      content: `{"i":${i}${extra}}\n`
    }))

  async function commit(changes: FileChange[]) {
    const w = writer()
    const snapshot = await w.readBranch({ owner: 'octo', repo: name, branch: 'main' })
    github.requests.length = 0
    return w.commitFiles(snapshot, { message: 'Back up', files: changes })
  }

  beforeAll(async () => {
    github = await startGitHub()
  })
  afterAll(() => github.close())
  beforeEach(async () => {
    name = `rules-${++n}`
    repo = `octo/${name}`
    await github.createRepo(repo, { files: { 'README.md': 'x\n' } })
    resetGitHub(github)
  })

  it.each([
    ['branch protection', 'branch-protection', 1, ['PUT 409']],
    ['branch protection', 'branch-protection', 3, ['POST 201', 'POST 201', 'PATCH 422']],
    ['a ruleset', 'ruleset', 1, ['PUT 409']],
    ['a ruleset', 'ruleset', 3, ['POST 201', 'POST 201', 'PATCH 422']]
  ] as const)(
    'a protected branch (%s), %d file(s): GitHubProtectedBranchError at once',
    async (_, kind, count, expected) => {
      github.protectBranch(repo, 'main', { kind })
      const before = await head()
      const refused = commit(files(count))
      await expect(refused).rejects.toThrow(GitHubProtectedBranchError)
      await expect(refused).rejects.toThrow(/the branch is protected in .*Set `pullRequest`/)
      // One refused write, not a retry loop that thinks the branch moved.
      expect(writes()).toEqual(expected)
      expect(await head()).toBe(before)
    }
  )

  it.each([
    ['the contents API', 1, false, ['PUT 409']],
    ['an inline tree', 3, false, ['POST 409']],
    ['an uploaded blob', 3, true, ['POST 409']]
  ])(
    'push protection through %s: PushProtectionError naming the file, not the secret',
    async (_, count, binary, expected) => {
      github.repoSettings(repo).pushProtection = true
      const secret = plantedToken()
      const changes = files(count)
      const leaking = changes[count - 1]
      // Bytes that are not UTF-8 go up as a blob of their own, where GitHub knows no path.
      leaking.content = binary
        ? Buffer.concat([Buffer.from([0xff, 0xfe, 0x0a]), Buffer.from(`{"token":"${secret}"}\n`)])
        : `{"token":"${secret}"}\n`
      const before = await head()
      const refused = commit(changes)
      await expect(refused).rejects.toThrow(PushProtectionError)
      const error = (await refused.catch((e: unknown) => e)) as PushProtectionError
      expect(error.message).toContain(leaking.path)
      expect(error.message).toContain('GitHub Personal Access Token')
      expect(error.message).not.toContain(secret)
      expect(error.secretTypes).toEqual(['GitHub Personal Access Token'])
      const [location] = error.locations
      expect(location.blobSha).toBe(gitBlobSha(leaking.content))
      // A tree request and PUT contents name the path; a blob only its SHA (the action says which file).
      expect(location.path).toBe(binary ? undefined : leaking.path)
      expect(writes()).toEqual(expected)
      expect(await head()).toBe(before)
    }
  )
})
