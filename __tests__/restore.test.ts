// Restore in-process: the plan (what a restore changes), blank secrets, validation, and the
// round trip backup -> change in Postman -> restore -> Postman holds the backed-up document.
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
import { CollectionValidationError, InputError } from '../src/errors.js'
import {
  blankSecrets,
  loadBackup,
  planRestore,
  restoreBackup,
  restoreCollection,
  restoreEnvironment,
  withoutManagedFields,
  type RestoreOptions
} from '../src/restore.js'
import { runBackup } from '../src/run-backup.js'
import { startGitHubServer, type GitHubServer } from '../test-servers/github/server.js'
import { startPostmanServer, type PostmanServer } from '../test-servers/postman/server.js'
import { sampleCollection, V21 } from '../test-servers/samples.js'

type Json = Record<string, unknown>

const KEY = 'PMAK-restore-test-0123456789abcdef'
const TOKEN = 'ghp_restoreTestToken0123456789abcdef'
const DIR = 'Postman collections'

const request = (name: string, id?: string, url = `https://example.com/${name}`) => ({
  name,
  ...(id ? { id } : {}),
  request: { method: 'GET', header: [], url },
  response: []
})
const folder = (name: string, item: unknown[], id?: string) => ({ name, ...(id ? { id } : {}), item })
const collection = (item: unknown[], extra: Json = {}) => ({ info: { name: 'Shop', schema: V21 }, item, ...extra })

describe('planRestore', () => {
  it('lists requests added, removed and changed, matched by id (a rename or move is a change, with where it was)', () => {
    const current = collection([
      folder('Orders', [request('List', 'r1'), request('Create', 'r2'), request('Gone', 'r3')], 'f1'),
      request('Health', 'r4')
    ])
    const backup = collection([
      folder(
        'Orders',
        [request('List all', 'r1'), request('Create', 'r2', 'https://example.com/v2/create'), request('Refund', 'r5')],
        'f1'
      ),
      request('Health', 'r4')
    ])
    const plan = planRestore('collection', backup, current)
    expect(plan.requests.added).toEqual([{ path: ['Orders', 'Refund'], id: 'r5' }])
    expect(plan.requests.removed).toEqual([{ path: ['Orders', 'Gone'], id: 'r3' }])
    expect(plan.requests.changed).toEqual([
      { path: ['Orders', 'List all'], id: 'r1', from: ['Orders', 'List'] },
      { path: ['Orders', 'Create'], id: 'r2' }
    ])
    expect(plan.requests.unchanged).toBe(1)
    expect(plan.folders).toEqual({ added: [], removed: [], changed: [], unchanged: 1 })
    expect(plan.changed).toBe(true)
  })

  it('matches by path of names when items have no id (or not the same ids)', () => {
    const current = collection([folder('A', [request('One', 'x1'), request('Two', 'x2')], 'fa')])
    const backup = collection([
      folder('A', [request('One'), request('Two', undefined, 'https://changed')]),
      folder('B', [])
    ])
    const plan = planRestore('collection', backup, current)
    expect(plan.requests.changed.map((e) => e.path)).toEqual([['A', 'Two']])
    expect(plan.requests.unchanged).toBe(1)
    expect(plan.folders.added).toEqual([{ path: ['B'] }])
    expect(plan.requests.added).toEqual([])
    expect(plan.requests.removed).toEqual([])
  })

  it('compares variables by key and the other properties by name', () => {
    const current = collection([], {
      variable: [
        { key: 'a', value: '1' },
        { key: 'b', value: '2' }
      ],
      auth: { type: 'noauth' }
    })
    const backup = {
      ...collection([], {
        variable: [
          { key: 'a', value: '1' },
          { key: 'b', value: '3' },
          { key: 'c', value: '4' }
        ]
      }),
      info: { name: 'Shop 2', schema: V21 }
    }
    const plan = planRestore('collection', backup, current)
    expect(plan.variables).toEqual({ added: ['c'], removed: [], changed: ['b'], unchanged: 1 })
    expect(plan.properties).toEqual(['auth', 'name'])
  })

  it('ignores what the API manages (ids, timestamps) and key order: an equal document plans no change', () => {
    const backup = collection([folder('F', [request('R', 'r1')], 'f1')], {
      variable: [{ key: 'k', value: 'v', type: 'string' }]
    })
    const current = JSON.parse(JSON.stringify(backup)) as Json
    current.info = { schema: V21, name: 'Shop', _postman_id: 'c1', updatedAt: '2024-01-01T00:00:00.000Z', uid: '1-c1' }
    ;((current.item as Json[])[0] as Json).updatedAt = '2024-01-01T00:00:00.000Z'
    const plan = planRestore('collection', backup, current)
    expect(plan.changed).toBe(false)
    expect(plan.requests.unchanged).toBe(1)
  })

  it('counts everything as added for a new document', () => {
    const plan = planRestore('collection', collection([folder('F', [request('R1'), request('R2')])]), undefined)
    expect(plan.requests.added).toHaveLength(2)
    expect(plan.folders.added).toHaveLength(1)
    expect(plan.changed).toBe(true)
  })

  it('diffs environment values by key', () => {
    const current = {
      id: 'e1',
      name: 'Staging',
      values: [
        { key: 'url', value: 'a' },
        { key: 'old', value: 'x' }
      ],
      updatedAt: 'then'
    }
    const backup = {
      id: 'e1',
      name: 'Staging',
      values: [
        { key: 'url', value: 'b' },
        { key: 'new', value: 'y' }
      ],
      updatedAt: 'now'
    }
    expect(planRestore('environment', backup, current)).toMatchObject({
      variables: { added: ['new'], removed: ['old'], changed: ['url'], unchanged: 0 },
      properties: [],
      changed: true
    })
  })
})

describe('blankSecrets', () => {
  it('counts the secret places that are blank, and only those', () => {
    const doc = collection(
      [
        {
          ...request('R'),
          request: { method: 'GET', url: 'x', auth: { type: 'bearer', bearer: [{ key: 'token', value: '' }] } }
        }
      ],
      {
        auth: {
          type: 'basic',
          basic: [
            { key: 'username', value: '' },
            { key: 'password', value: '' }
          ]
        },
        variable: [
          { key: 's', value: '', type: 'secret' },
          { key: 'plain', value: '', type: 'string' },
          { key: 'kept', value: 'still-secret', type: 'secret' }
        ]
      }
    )
    expect(blankSecrets('collection', doc).map((f) => [f.pointer, f.kind])).toEqual([
      ['/variable/0/value', 'secret variable'],
      ['/auth/basic/1/value', 'basic password'],
      ['/item/0/request/auth/bearer/0/value', 'bearer token']
    ])
    expect(
      blankSecrets('environment', {
        name: 'E',
        values: [
          { key: 'a', value: '', type: 'secret' },
          { key: 'b', value: '', type: 'default' }
        ]
      })
    ).toHaveLength(1)
  })
})

describe('restore against the local servers', () => {
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
    postman = await startPostmanServer({ apiKey: KEY })
    github = await startGitHubServer()
    github.addToken(TOKEN, { repos: '*', permission: 'write' })
    await github.createRepo(repo, { files: { 'README.md': 'x\n' } })
    dir = mkdtempSync(join(tmpdir(), 'restore-test-'))
  })
  afterAll(async () => {
    await postman.close()
    await github.close()
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
    expect(planned.plan.redacted).toEqual([{ pointer: '/auth/bearer/0/value', kind: 'bearer token' }])
    expect(planned.plan.properties).toEqual(['auth'])

    const restored = await restoreCollection(options({ source: { repository: repo, path }, to: id, yes: true }))
    expect(restored).toMatchObject({ written: true, document: { id, name } })
    expect(writes().map((r) => `${r.method} ${r.path}`)).toEqual([`PUT /collections/${id}`])
    const now = postman.readCollection(id)
    expect(withoutUpdatedAt(now)).toEqual(withoutUpdatedAt(backedUp))
    // The secret stays blank, as the plan said.
    expect(JSON.stringify(now)).not.toContain('planted-bearer-token')
    // Planning the same file again: nothing to do, and --yes writes nothing.
    postman.requests.length = 0
    const again = await restoreCollection(options({ source: { repository: repo, path }, to: id, yes: true }))
    expect(again).toMatchObject({ written: false, skipped: 'unchanged', plan: { changed: false } })
    expect(writes()).toEqual([])
  })

  it('reads a backed-up file over 1 MB from the repository, at a given ref', async () => {
    const name = `Big ${n}`
    const { id } = postman.addCollection(sampleCollection(name, 4000))
    await backUp({ collections: [id] })
    const path = `${DIR}/${name}.postman_collection.json`
    const sha = (await github.git(repo, 'rev-parse', 'main')).trim()
    const loaded = await loadBackup(
      { repository: repo, path, ref: sha },
      { githubToken: TOKEN, githubApiUrl: github.url }
    )
    expect(loaded.bytes).toBeGreaterThan(1024 * 1024)
    expect(loaded.document).toEqual(await show(path))
    expect(loaded.source).toBe(`${repo}:${path}@${sha}`)
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
    await expect(restoreBackup(options({ source, to: 'x', workspace: 'y' }))).rejects.toThrow(/both set/)
    await expect(restoreBackup(options({ source, to: 'Orders API' }))).rejects.toThrow(/not an ID or UID/)
    await expect(
      restoreBackup(
        options({ source: { file: join(dir, 'missing.json') }, to: '4f0b6a1e-0000-4000-8000-000000000000' })
      )
    ).rejects.toThrow(/cannot be read/)
    expect(postman.requests).toEqual([])
  })

  it('says when the file is not in the repository', async () => {
    await expect(
      loadBackup(
        { repository: repo, path: 'nope/missing.json', ref: 'main' },
        { githubToken: TOKEN, githubApiUrl: github.url }
      )
    ).rejects.toThrow(/nope\/missing\.json does not exist in octo\/restore at main/)
  })
})
