// The backup pipeline within GitHub's real limits, against the local server made as strict as
// GitHub (tree request cap, truncated tree reads): a change of several MB goes up in tree
// requests of at most TREE_REQUEST_BUDGET_BYTES each (big files as blobs) and still makes one
// commit; the branch is read only below `directory`, so the rest of a large repository does not
// matter, and a directory whose own tree is truncated is read folder by folder.
import { beforeEach, describe, expect, it } from '@jest/globals'
import { DocumentTooLargeError, prepareDocument, serializeDocument } from '../../src/backup/document.js'
import { TREE_REQUEST_BUDGET_BYTES } from '../../src/github/tree-writer.js'
import { silentLogger } from '../../src/logger.js'
import { MANIFEST_NAME } from '../../src/manifest.js'
import type { GitHubServer } from '../../test-servers/github/server.js'
import type { PostmanServer } from '../../test-servers/postman/server.js'
import { sampleCollection } from '../../test-servers/samples.js'
import { useBackupFixture } from '../helpers/backup-fixture.js'
import { createRepoWithFiles } from '../helpers/github.js'

const KEY = 'PMAK-limits-test-00000000000000000'
const TOKEN = 'ghp_limitsTestToken00000000000000000'
const MB = 1024 * 1024

describe('the backup pipeline within GitHub limits', () => {
  const fixture = useBackupFixture({
    apiKey: KEY,
    token: TOKEN,
    // GitHub's real failures start at about 2.5 MB of tree request; recursive reads list 300 entries at most.
    servers: { github: { limits: { treeRequestBytes: 2 * MB, treeReadEntries: 300 } } },
    workspaceName: 'Limits',
    repoName: 'octo/limits',
    // Each test makes its repository, with files of its own.
    createRepo: false,
    githubToken: true,
    defaults: {
      collections: ['*'],
      // These tests count Postman calls; globals (by default with workspace and *) would add one.
      globals: false
    }
  })
  const { run, commits, tree, show } = fixture
  let postman: PostmanServer, github: GitHubServer, workspace: string, repo: string
  beforeEach(() => {
    ;({ postman, github, workspace, repo } = fixture)
  })
  const requests = (method: string, suffix: string) =>
    github.requests.filter((r) => r.method === method && r.path.endsWith(suffix))
  const writes = () => github.requests.filter((r) => r.method !== 'GET')

  beforeEach(() => {
    github.requests.length = 0
  })

  it('writes several MB across many documents in one commit, tree requests within the budget, big files as blobs', async () => {
    await github.createRepo(repo, { files: { 'README.md': 'x\n' } })
    const ids: string[] = []
    for (let i = 0; i < 14; i++) ids.push(postman.addCollection(sampleCollection(`Part ${i}`, 600), { workspace }).id)
    const big = postman.addCollection(sampleCollection('Big one', 5000), { workspace })
    const sizes = [...ids, big.id].map((id) => Buffer.byteLength(serializeDocument(postman.readCollection(id))))
    expect(sizes.reduce((a, b) => a + b)).toBeGreaterThan(5 * MB)
    expect(Math.max(...sizes)).toBeGreaterThan(TREE_REQUEST_BUDGET_BYTES)

    const result = await run()
    expect(result).toMatchObject({ changed: true, collections: 15, changedFiles: 15 })
    expect(await commits()).toBe(2)
    const trees = requests('POST', '/git/trees')
    // Every small document inline: at least as many tree requests as budgets they fill.
    const inlineBytes = sizes.slice(0, -1).reduce((a, b) => a + b)
    expect(trees.length).toBeGreaterThan(1)
    expect(trees.length).toBeGreaterThanOrEqual(Math.ceil(inlineBytes / TREE_REQUEST_BUDGET_BYTES))
    for (const request of trees) expect(request.bodyBytes).toBeLessThanOrEqual(TREE_REQUEST_BUDGET_BYTES)
    // Built incrementally: each tree request on the tree the previous one made, one commit on the last.
    const bases = trees.map((r) => (JSON.parse(r.body as string) as { base_tree?: string }).base_tree)
    expect(bases[0]).toBe((await github.git(repo, 'rev-parse', 'main~1^{tree}')).trim())
    expect(new Set(bases).size).toBe(trees.length)
    expect(requests('POST', '/git/commits')).toHaveLength(1)
    expect(requests('PATCH', '/git/refs/heads%2Fmain')).toHaveLength(1)
    // Only the file over the budget went up as a blob.
    expect(requests('POST', '/git/blobs')).toHaveLength(1)
    expect(await show('Postman collections/Big one.postman_collection.json')).toBe(
      serializeDocument(postman.readCollection(big.id))
    )
    expect(await show('Postman collections/Part 7.postman_collection.json')).toBe(
      serializeDocument(postman.readCollection(ids[7]))
    )
    // Tree requests grow with the bytes sent, not with the number of documents.
    const sent = trees.reduce((sum, r) => sum + r.bodyBytes, 0)
    expect(trees.length).toBeLessThanOrEqual(Math.ceil(sent / (TREE_REQUEST_BUDGET_BYTES / 2)))
    expect(trees.length).toBeLessThan(14)

    github.requests.length = 0
    const again = await run()
    expect(again).toMatchObject({ changed: false, changedFiles: 0 })
    expect(writes()).toHaveLength(0)
  }, 120_000)

  it('reads only below directory in a large repository, folder by folder when its own tree is truncated', async () => {
    const files: Record<string, string> = { 'README.md': 'x\n' }
    // 600 unrelated files elsewhere: the whole repository's recursive tree would be truncated.
    for (let i = 0; i < 600; i++) files[`monorepo/pkg-${i % 20}/file-${i}.txt`] = `${i}\n`
    // And the backup directory itself holds more than one recursive read lists.
    for (let i = 0; i < 400; i++) files[`team/postman/archive/${i % 2 ? 'odd' : 'even'}/old-${i}.json`] = `{"i":${i}}\n`
    await createRepoWithFiles(github, repo, files)
    const directory = 'team/postman'
    const renamed = postman.addCollection(sampleCollection('Orders'), { workspace })
    postman.addCollection(sampleCollection('Payments'), { workspace })

    const first = await run({ directory })
    expect(first).toMatchObject({ changed: true, changedFiles: 2 })
    const rootTree = (await github.git(repo, 'rev-parse', 'main~1^{tree}')).trim()
    // The root tree was read one level only, never recursively.
    expect(github.requests.filter((r) => r.path.endsWith(`/git/trees/${rootTree}`)).map((r) => r.query)).toEqual([''])
    expect(await tree()).toHaveLength(1 + 600 + 400 + 3)
    expect(await tree()).toContain(`${directory}/${MANIFEST_NAME}`)

    // Nothing changed: the manifest and the files were found, so nothing is fetched or written.
    github.requests.length = 0
    postman.requests.length = 0
    const second = await run({ directory })
    expect(second).toMatchObject({ changed: false, changedFiles: 0 })
    expect(second.files.every((f) => !f.fetched)).toBe(true)
    expect(postman.requests.map((r) => r.path)).toEqual(['/collections'])
    expect(writes()).toHaveLength(0)
    // The directory's recursive read was truncated, so it was read again folder by folder.
    expect(github.requests.some((r) => r.path.includes('/git/trees/') && r.query.includes('recursive'))).toBe(true)

    // A rename moves the file within the directory and touches nothing else.
    postman.updateCollection(renamed.id, sampleCollection('Orders v2'))
    const third = await run({ directory })
    expect(third.deleted).toEqual([`${directory}/Orders.postman_collection.json`])
    const after = await tree()
    expect(after).toContain(`${directory}/Orders v2.postman_collection.json`)
    expect(after).not.toContain(`${directory}/Orders.postman_collection.json`)
    expect(after).toHaveLength(1 + 600 + 400 + 3)
    expect(await commits()).toBe(3)
  }, 120_000)
})

describe('a document over GitHub 100 MB file limit', () => {
  it('is refused alone, naming it, before anything is written', () => {
    const huge = sampleCollection('Huge') as { variable: Array<{ key: string; value: string; type: string }> }
    huge.variable.push({ key: 'blob', value: 'x'.repeat(100 * MB + 1), type: 'string' })
    let error: unknown
    try {
      prepareDocument('collection', huge, { validation: 'off', redact: 'none' }, 'Collection "Huge" (1)', silentLogger)
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(DocumentTooLargeError)
    expect((error as Error).message).toMatch(
      /Collection "Huge" \(1\) would be a file of 100\.0 MB; GitHub refuses files over 100 MB/
    )
  })
})
