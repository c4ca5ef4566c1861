// Restore in-process against the local servers: the round trip backup -> change in Postman ->
// restore -> Postman holds the backed-up document, creating anew, validation and option checks.
//
// The comparison: after a restore over the collection the backup was made from, GET
// /collections/{id} equals the backed-up file but for `info.updatedAt` (the API sets it on every
// write; item IDs are sent back, so they are kept). Created anew (or restored over another
// collection) the IDs are Postman's new ones, so the documents are compared without the fields
// the API manages (withoutManagedFields: IDs, uid, createdAt, updatedAt, lastUpdatedBy, owner).
// Either way, planning the same file again reports no change.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { CollectionValidationError, InputError } from '../../src/errors.js'
import { withoutManagedFields } from '../../src/diff/managed-fields.js'
import { restoreBackup, restoreCollection, restoreEnvironment, type RestoreOptions } from '../../src/restore/restore.js'
import { runBackup } from '../../src/backup/index.js'
import type { GitHubServer } from '../../test-servers/github/server.js'
import type { PostmanServer } from '../../test-servers/postman/server.js'
import { sampleCollection, V21 } from '../../test-servers/samples.js'
import { TOKEN } from '../helpers/github.js'
import { startServers, type Servers } from '../helpers/servers.js'
import { collection, type Json } from './fixtures.js'

const KEY = 'PMAK-restore-test-0123456789abcdef'
const DIR = 'Postman collections'

describe('restore against the local servers', () => {
  let servers: Servers
  let postman: PostmanServer
  let github: GitHubServer
  let dir: string
  let n = 0
  const repo = 'octo/restore'
  const writes = () => postman.requests.filter((r) => r.method !== 'GET')
  const options = (extra: Partial<RestoreOptions>): RestoreOptions => ({
    postmanApiKey: KEY,
    postmanApiUrl: postman.url,
    githubToken: TOKEN,
    githubApiUrl: github.url,
    source: { file: 'unset' },
    ...extra
  })
  const backUp = async (references: { collections?: string[]; environments?: string[] }) =>
    runBackup({
      postmanApiKey: KEY,
      postmanApiUrl: postman.url,
      githubToken: TOKEN,
      githubApiUrl: github.url,
      repository: repo,
      branch: 'main',
      ...references
    })
  const show = async (path: string) => JSON.parse(await github.git(repo, 'show', `main:${path}`)) as Json
  const withoutUpdatedAt = (doc: unknown) => {
    const copy = structuredClone(doc) as { info: Json }
    delete copy.info.updatedAt
    return copy
  }
  const file = (name: string, content: unknown) => {
    const path = join(dir, name)
    writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content, null, 2))
    return path
  }

  beforeAll(async () => {
    servers = await startServers({ apiKey: KEY, token: TOKEN, repos: { [repo]: { files: { 'README.md': 'x\n' } } } })
    ;({ postman, github } = servers)
    dir = mkdtempSync(join(tmpdir(), 'restore-test-'))
  })
  afterAll(async () => {
    await servers.close()
    rmSync(dir, { recursive: true, force: true })
  })
  beforeEach(() => {
    postman.requests.length = 0
    n++
  })

  it('round trip: backup, change in Postman, plan (nothing written), restore: Postman holds the backed-up document', async () => {
    const name = `Orders ${n}`
    const secured = sampleCollection(name, 3)
    secured.auth = { type: 'bearer', bearer: [{ key: 'token', value: 'planted-bearer-token', type: 'string' }] }
    const { id } = postman.addCollection(secured)
    await backUp({ collections: [id] })
    const path = `${DIR}/${name}.postman_collection.json`
    const backedUp = await show(path)

    // In Postman: a request renamed, one removed, one added, and the token set again.
    const changed = postman.readCollection(id) as { info: Json; item: Array<{ item: Json[] }>; auth: unknown }
    const requests = changed.item[0].item
    requests[0].name = 'Renamed'
    requests.splice(1, 1)
    requests.push({
      name: 'Added in Postman',
      request: { method: 'DELETE', url: 'https://example.com/x' },
      response: []
    })
    postman.updateCollection(id, changed)

    postman.requests.length = 0
    const planned = await restoreCollection(options({ source: { repository: repo, path }, to: id }))
    expect(writes()).toEqual([])
    expect(planned).toMatchObject({ written: false, skipped: 'not-confirmed' })
    expect(planned.plan).toMatchObject({
      kind: 'collection',
      action: 'update',
      name,
      target: { id, name },
      keepIds: true,
      changed: true
    })
    expect(planned.plan.requests.changed).toEqual([
      expect.objectContaining({ path: ['Folder', 'Request 1'], from: ['Folder', 'Renamed'] })
    ])
    expect(planned.plan.requests.added.map((e) => e.path)).toEqual([['Folder', 'Request 2']])
    expect(planned.plan.requests.removed.map((e) => e.path)).toEqual([['Folder', 'Added in Postman']])
    // The token redaction blanked is still set in Postman: the restore keeps it (issue 11).
    expect(planned.plan.redacted).toEqual([])
    expect(planned.plan.secrets).toEqual([
      { pointer: '/auth/bearer/0/value', kind: 'bearer token', label: 'collection', outcome: 'kept' }
    ])
    expect(planned.plan.properties).toEqual([])

    const restored = await restoreCollection(options({ source: { repository: repo, path }, to: id, yes: true }))
    expect(restored).toMatchObject({ written: true, document: { id, name } })
    expect(writes().map((r) => `${r.method} ${r.path}`)).toEqual([`PUT /collections/${id}`])
    const now = postman.readCollection(id)
    // The backed-up document, with Postman's token kept where the backup's was blanked.
    const expected = structuredClone(backedUp) as { auth: { bearer: Array<{ value: string }> } }
    expected.auth.bearer[0].value = 'planted-bearer-token'
    expect(withoutUpdatedAt(now)).toEqual(withoutUpdatedAt(expected))
    // Planning the same file again: nothing to do, and --yes writes nothing.
    postman.requests.length = 0
    const again = await restoreCollection(options({ source: { repository: repo, path }, to: id, yes: true }))
    expect(again).toMatchObject({ written: false, skipped: 'unchanged', plan: { changed: false } })
    expect(writes()).toEqual([])
  })

  it('creates the collection in a workspace with POST, new ids; a namesake is warned about', async () => {
    const workspace = postman.addWorkspace({ name: `Restore ${n}` })
    const name = `Catalog ${n}`
    const { id } = postman.addCollection(sampleCollection(name, 2), { workspace })
    await backUp({ collections: [id] })
    const path = `${DIR}/${name}.postman_collection.json`
    const backedUp = await show(path)
    const result = await restoreBackup(options({ source: { repository: repo, path }, workspace, yes: true }))
    expect(result.plan).toMatchObject({ action: 'create', target: { workspace }, keepIds: false })
    expect(result.plan.warnings.join()).toMatch(new RegExp(`already has a collection named "${name}" \\(${id}\\)`))
    expect(result.plan.requests.added).toHaveLength(2)
    const created = result.document?.id as string
    expect(created).not.toBe(id)
    const post = writes()
    expect(post.map((r) => `${r.method} ${r.path}${r.query}`)).toEqual([`POST /collections?workspace=${workspace}`])
    expect(post[0].body).not.toContain(id)
    expect(withoutManagedFields('collection', postman.readCollection(created))).toEqual(
      withoutManagedFields('collection', backedUp)
    )
  })

  it('restores over another collection by dropping the backup ids, as Postman requires', async () => {
    const { id: source } = postman.addCollection(sampleCollection(`Source ${n}`, 2))
    const { id: other } = postman.addCollection(sampleCollection(`Other ${n}`, 5))
    await backUp({ collections: [source] })
    const path = `${DIR}/Source ${n}.postman_collection.json`
    const result = await restoreCollection(options({ source: { repository: repo, path }, to: other, yes: true }))
    expect(result.plan).toMatchObject({ keepIds: false, target: { id: other } })
    expect(withoutManagedFields('collection', postman.readCollection(other))).toEqual(
      withoutManagedFields('collection', await show(path))
    )
  })

  it('restores an environment: replace with PUT, create with POST; secrets stay blank', async () => {
    const workspace = postman.addWorkspace({ name: `Env ${n}` })
    const { id } = postman.addEnvironment(
      {
        name: `Staging ${n}`,
        values: [
          { key: 'url', value: 'https://staging', type: 'default', enabled: true },
          { key: 'token', value: 'planted-env-secret', type: 'secret', enabled: true }
        ]
      },
      { workspace }
    )
    await backUp({ environments: [id] })
    const path = `${DIR}/Staging ${n}.postman_environment.json`
    const backedUp = await show(path)
    postman.updateEnvironment(id, {
      values: [{ key: 'url', value: 'https://changed', type: 'default', enabled: true }]
    })

    const plan = await restoreEnvironment(options({ source: { repository: repo, path }, to: id }))
    expect(plan.plan).toMatchObject({
      kind: 'environment',
      variables: { added: ['token'], changed: ['url'], removed: [] }
    })
    expect(plan.plan.redacted).toHaveLength(1)
    expect(writes()).toEqual([])

    await restoreEnvironment(options({ source: { repository: repo, path }, to: id, yes: true }))
    expect(withoutManagedFields('environment', postman.readEnvironment(id))).toEqual(
      withoutManagedFields('environment', backedUp)
    )
    const created = await restoreEnvironment(options({ source: { repository: repo, path }, workspace, yes: true }))
    expect(withoutManagedFields('environment', postman.readEnvironment(created.document?.id as string))).toEqual(
      withoutManagedFields('environment', backedUp)
    )
    expect(JSON.stringify(postman.readEnvironment(id))).not.toContain('planted-env-secret')
  })

  it('restores from a local file, and unwraps the API envelope', async () => {
    const { id } = postman.addCollection(sampleCollection(`Local ${n}`))
    const served = postman.readCollection(id) as Json
    const path = file(`local-${n}.json`, { collection: { ...served, item: [] } })
    const result = await restoreBackup(options({ source: { file: path }, to: id, yes: true }))
    expect(result.plan.requests.removed).toHaveLength(2)
    expect((postman.readCollection(id) as { item: unknown[] }).item).toEqual([])
  })

  it('refuses an invalid document, or one of the other kind, before any write', async () => {
    const { id } = postman.addCollection(sampleCollection(`Valid ${n}`))
    const invalid = file(`invalid-${n}.json`, {
      info: { name: 'Broken', schema: V21 },
      item: [{ name: 'x', request: { method: 42 } }]
    })
    await expect(
      restoreBackup(options({ source: { file: invalid }, to: id, yes: true, validation: 'strict' }))
    ).rejects.toThrow(CollectionValidationError)
    await expect(
      restoreBackup(options({ source: { file: file(`html-${n}.json`, '<html>') }, to: id, yes: true }))
    ).rejects.toThrow(/is not JSON/)
    const environment = file(`env-${n}.json`, { name: 'E', values: [] })
    await expect(restoreCollection(options({ source: { file: environment }, to: id, yes: true }))).rejects.toThrow(
      /holds a Postman environment, not a collection/
    )
    await expect(
      restoreBackup(
        options({ source: { file: file(`manifest-${n}.json`, { version: 1, files: {} }) }, to: id, yes: true })
      )
    ).rejects.toThrow(/neither a Postman collection nor an environment/)
    expect(writes()).toEqual([])
  })

  it('checks its options before any request', async () => {
    const source = { file: file(`opts-${n}.json`, collection([])) }
    await expect(restoreBackup(options({ source }))).rejects.toThrow(InputError)
    await expect(restoreBackup(options({ source, to: 'x', workspace: 'y' }))).rejects.toThrow(/not both/)
    await expect(restoreBackup(options({ source, to: 'Orders API' }))).rejects.toThrow(/not an ID or UID/)
    await expect(
      restoreBackup(
        options({ source: { file: join(dir, 'missing.json') }, to: '4f0b6a1e-0000-4000-8000-000000000000' })
      )
    ).rejects.toThrow(/cannot be read/)
    expect(postman.requests).toEqual([])
  })
})
