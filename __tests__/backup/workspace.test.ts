// backupWorkspace in-process against the local servers: one commit, incremental fetches,
// a failing document left out (the others committed), redaction, renames, duplicates and pruning via the manifest.
import { beforeEach, describe, expect, it } from '@jest/globals'
import { InputError } from '../../src/errors.js'
import { MANIFEST_NAME } from '../../src/manifest.js'
import type { GitHubServer } from '../../test-servers/github/server.js'
import { instanceNotFound, type PostmanServer } from '../../test-servers/postman/server.js'
import { sampleCollection } from '../../test-servers/samples.js'
import { useBackupFixture } from '../helpers/backup-fixture.js'

const KEY = 'PMAK-workspace-test-0000000000000'
const TOKEN = 'ghp_workspaceTestToken000000000000'
const DIR = 'Postman collections'

describe('backupWorkspace', () => {
  const fixture = useBackupFixture({
    apiKey: KEY,
    token: TOKEN,
    workspaceName: 'Team',
    repoName: 'octo/ws',
    githubToken: true,
    defaults: { collections: ['*'], environments: ['*'] }
  })
  const { run, commits, show, tree } = fixture
  let postman: PostmanServer, github: GitHubServer, workspace: string, repo: string
  beforeEach(() => {
    ;({ postman, github, workspace, repo } = fixture)
  })
  const githubWrites = () => github.requests.filter((r) => r.method !== 'GET').length

  it('backs up every collection and environment in one commit, then makes none when nothing changed', async () => {
    postman.addCollection(sampleCollection('Orders'), { workspace })
    postman.addCollection(sampleCollection('Payments'), { workspace })
    postman.addEnvironment(
      { name: 'Staging', values: [{ key: 'url', value: 'https://staging', type: 'default', enabled: true }] },
      { workspace }
    )
    postman.addCollection(sampleCollection('Elsewhere'))
    github.requests.length = 0
    const first = await run()
    expect(first).toMatchObject({ changed: true, collections: 2, environments: 1, changedFiles: 3, branch: 'main' })
    expect(await commits()).toBe(2)
    expect(await tree()).toEqual([
      `${DIR}/${MANIFEST_NAME}`,
      `${DIR}/Orders.postman_collection.json`,
      `${DIR}/Payments.postman_collection.json`,
      `${DIR}/Staging.postman_environment.json`,
      'README.md'
    ])
    expect(github.requests.length).toBeLessThanOrEqual(6)
    const staging = JSON.parse(await show(`${DIR}/Staging.postman_environment.json`))
    expect(staging.name).toBe('Staging')
    expect(staging.values[0]).toMatchObject({ key: 'url', value: 'https://staging' })

    const manifest = await show(`${DIR}/${MANIFEST_NAME}`)
    github.requests.length = 0
    postman.requests.length = 0
    const second = await run()
    expect(second).toMatchObject({ changed: false, changedFiles: 0, collections: 2, environments: 1 })
    expect(second.files.every((f) => !f.fetched)).toBe(true)
    // Globals (by default with workspace and *) have no change time: one call a run, nothing written for none.
    expect(postman.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      'GET /collections',
      'GET /environments',
      `GET /workspaces/${workspace}/global-variables`
    ])
    expect(githubWrites()).toBe(0)
    expect(await commits()).toBe(2)
    expect(await show(`${DIR}/${MANIFEST_NAME}`)).toBe(manifest)
  })

  it('fetches only what changed, and everything with full', async () => {
    const a = postman.addCollection(sampleCollection('A'), { workspace })
    postman.addCollection(sampleCollection('B'), { workspace })
    await run({ environments: [] })
    postman.updateCollection(a.id, sampleCollection('A', 4))
    postman.requests.length = 0
    const result = await run({ environments: [], globals: false })
    expect(postman.requests.map((r) => r.path)).toEqual(['/collections', `/collections/${a.uid}`])
    expect(result.files.find((f) => f.name === 'A')).toMatchObject({ changed: true, fetched: true })
    expect(result.files.find((f) => f.name === 'B')).toMatchObject({ changed: false, fetched: false })
    expect(JSON.parse(await show(`${DIR}/A.postman_collection.json`)).item[0].item).toHaveLength(4)

    postman.requests.length = 0
    const full = await run({ environments: [], full: true, globals: false })
    expect(full.changed).toBe(false)
    expect(postman.requests).toHaveLength(3)
  })

  it('fetches again a document whose file was deleted or edited on the branch', async () => {
    postman.addCollection(sampleCollection('Kept'), { workspace })
    await run({ environments: [] })
    const original = await show(`${DIR}/Kept.postman_collection.json`)
    await github.pushCommit(repo, 'main', { [`${DIR}/Kept.postman_collection.json`]: '{"edited": true}\n' })
    const result = await run({ environments: [] })
    expect(result.files[0]).toMatchObject({ fetched: true, changed: true })
    expect(await show(`${DIR}/Kept.postman_collection.json`)).toBe(original)
  })

  it('commits the valid documents when one is invalid, and reports the invalid one (no-hostage.test.ts has more)', async () => {
    postman.addCollection(sampleCollection('Good'), { workspace })
    const bad = sampleCollection('Bad') as { item: Array<{ item: Array<{ request: { method: unknown } }> }> }
    bad.item[0].item[0].request.method = 7
    postman.addCollection(bad, { workspace })
    const result = await run({ validation: 'strict' })
    expect(result.failed).toEqual([expect.objectContaining({ name: 'Bad', reason: 'invalid' })])
    expect(result.failed[0].message).toMatch(/"Bad".*not a valid Postman Collection/)
    expect(await commits()).toBe(2)
    expect(await tree()).not.toContain(`${DIR}/Bad.postman_collection.json`)
  })

  it('blanks secrets, reports how many, and never returns their values', async () => {
    const withAuth = sampleCollection('Secured') as Record<string, unknown>
    withAuth.auth = { type: 'bearer', bearer: [{ key: 'token', value: 'super-secret-bearer-value', type: 'string' }] }
    ;(withAuth.variable as Array<Record<string, string>>).push({
      key: 'password',
      value: 'hunter2-secret-var',
      type: 'secret'
    })
    postman.addCollection(withAuth, { workspace })
    postman.addEnvironment(
      {
        name: 'Prod',
        values: [
          { key: 'apiKey', value: 'prod-secret-key-value', type: 'secret', enabled: true },
          { key: 'ref', value: '{{other}}', type: 'secret', enabled: true }
        ]
      },
      { workspace }
    )
    const result = await run()
    expect(result.files.find((f) => f.name === 'Secured')?.redacted).toBe(2)
    expect(result.files.find((f) => f.name === 'Prod')?.redacted).toBe(1)
    const stored =
      (await show(`${DIR}/Secured.postman_collection.json`)) + (await show(`${DIR}/Prod.postman_environment.json`))
    for (const secret of ['super-secret-bearer-value', 'hunter2-secret-var', 'prod-secret-key-value'])
      expect(stored).not.toContain(secret)
    expect(stored).toContain('{{other}}')
    expect(JSON.stringify(result)).not.toContain('secret-')

    const asFetched = await run({ redact: 'none', directory: 'raw' })
    expect(asFetched.files.every((f) => f.redacted === 0)).toBe(true)
    expect(await show('raw/Secured.postman_collection.json')).toContain('super-secret-bearer-value')
  })

  it('moves the file of a renamed collection instead of duplicating it', async () => {
    const c = postman.addCollection(sampleCollection('Old Name'), { workspace })
    await run({ environments: [] })
    postman.updateCollection(c.id, sampleCollection('New Name'))
    const result = await run({ environments: [] })
    expect(result.deleted).toEqual([`${DIR}/Old Name.postman_collection.json`])
    expect(await tree()).toEqual([`${DIR}/${MANIFEST_NAME}`, `${DIR}/New Name.postman_collection.json`, 'README.md'])
    expect(await commits()).toBe(3)
  })

  it('gives two collections with the same name distinct, deterministic file names', async () => {
    const x = postman.addCollection(sampleCollection('Twin'), { workspace })
    const y = postman.addCollection(sampleCollection('twin'), { workspace })
    const result = await run({ environments: [] })
    const names = result.files.map((f) => f.path).sort()
    expect(names).toEqual(
      [
        `${DIR}/Twin (${x.id.slice(0, 8)}).postman_collection.json`,
        `${DIR}/twin (${y.id.slice(0, 8)}).postman_collection.json`
      ].sort()
    )
  })

  it('prunes files of documents Postman no longer has, and only those the action wrote', async () => {
    postman.addCollection(sampleCollection('Stays'), { workspace })
    const gone = postman.addCollection(sampleCollection('Goes'), { workspace })
    await run({ environments: [] })
    await github.pushCommit(repo, 'main', { [`${DIR}/notes.md`]: 'mine\n' })
    postman.removeCollection(gone.id)
    const kept = await run({ environments: [] })
    expect(kept.deleted).toEqual([])
    const pruned = await run({ environments: [], prune: true })
    expect(pruned.deleted).toEqual([`${DIR}/Goes.postman_collection.json`])
    expect(await tree()).toEqual([
      `${DIR}/${MANIFEST_NAME}`,
      `${DIR}/Stays.postman_collection.json`,
      `${DIR}/notes.md`,
      'README.md'
    ])
  })

  it('honours exclude by name, glob and ID, and lists by name', async () => {
    postman.addCollection(sampleCollection('Orders'), { workspace })
    postman.addCollection(sampleCollection('Scratch 1'), { workspace })
    const id = postman.addCollection(sampleCollection('Legacy'), { workspace }).id
    const result = await run({ environments: [], exclude: ['scratch*', id] })
    expect(result.files.map((f) => f.name)).toEqual(['Orders'])
    const named = await run({ collections: ['Legacy', 'Orders'], environments: [], directory: 'named' })
    expect(named.files.map((f) => f.name).sort()).toEqual(['Legacy', 'Orders'])
  })

  it('skips a document deleted in Postman between the list and the fetch', async () => {
    postman.addCollection(sampleCollection('Stays'), { workspace })
    const gone = postman.addCollection(sampleCollection('Vanishes'), { workspace })
    postman.faults.add({ method: 'GET', path: `/collections/${gone.uid}`, fault: instanceNotFound('collection') })
    const result = await run({ environments: [] })
    expect(result.files.map((f) => f.name)).toEqual(['Stays'])
    expect(await tree()).toEqual([`${DIR}/${MANIFEST_NAME}`, `${DIR}/Stays.postman_collection.json`, 'README.md'])
  })

  it('says so when the workspace does not exist', async () => {
    await expect(run({ workspace: '00000000-0000-0000-0000-000000000000' })).rejects.toThrow(
      /Workspace "00000000-.*" does not exist/
    )
  })

  it('refuses bad options before any request', async () => {
    const before = postman.requests.length + github.requests.length
    await expect(run({ concurrency: 0 })).rejects.toThrow(InputError)
    await expect(run({ environmentFilename: '{x}' })).rejects.toThrow(/environmentFilename/)
    await expect(run({ collections: [], environments: [] })).rejects.toThrow(
      /Option "collections": is empty, and so is environments/
    )
    await expect(run({ redact: 'all' as 'none' })).rejects.toThrow(/Option "redact"/)
    expect(postman.requests.length + github.requests.length).toBe(before)
  })

  it('writes a lone named collection alone, without a manifest, and the same bytes a workspace run writes', async () => {
    const { id } = postman.addCollection(sampleCollection('Alone'), { workspace })
    postman.addCollection(sampleCollection('Other'), { workspace })
    github.requests.length = 0
    const lone = await run({ collections: ['Alone'], environments: [] })
    expect(lone).toMatchObject({ changed: true, changedFiles: 1, collections: 1 })
    expect(
      github.requests.map((r) => `${r.method} ${r.path.replace(`/repos/${repo}`, '').split('/')[1] ?? 'repository'}`)
    ).toEqual(['GET repository', 'GET contents', 'GET branches', 'PUT contents'])
    expect(await tree()).toEqual([`${DIR}/Alone.postman_collection.json`, 'README.md'])
    const alone = await show(`${DIR}/Alone.postman_collection.json`)
    expect(alone).toBe(`${JSON.stringify(postman.readCollection(id), null, 2)}\n`)

    const all = await run({ environments: [] })
    expect(all.files.find((f) => f.name === 'Alone')).toMatchObject({ changed: false, fetched: true })
    expect(await show(`${DIR}/Alone.postman_collection.json`)).toBe(alone)
    expect(await tree()).toContain(`${DIR}/${MANIFEST_NAME}`)
    expect(await commits()).toBe(3)
  })

  it('writes nothing in a dry run but reports what would change', async () => {
    postman.addCollection(sampleCollection('Dry'), { workspace })
    github.requests.length = 0
    const result = await run({ dryRun: true })
    expect(result).toMatchObject({ changed: true, dryRun: true, changedFiles: 1 })
    expect(result.commitSha).toBeUndefined()
    expect(githubWrites()).toBe(0)
  })
})
