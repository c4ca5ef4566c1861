// The local Postman API server, driven over HTTP with fetch. Needs nothing outside the project:
// shapes are checked against Postman's OpenAPI description in postman-openapi.corpus.test.ts.
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import {
  instanceNotFound,
  rateLimited,
  serviceLimitExhausted,
  startPostmanServer,
  type PostmanServer
} from '../../test-servers/postman/server.js'
import { loadCollectionFixture, loadEnvironmentFixture, seedFixtures } from '../../test-servers/postman/fixtures.js'

type Json = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any

const SERVER_INFO_FIELDS = ['_postman_id', 'updatedAt', 'createdAt', 'lastUpdatedBy', 'uid']
const AUTH_ERROR = {
  error: { name: 'AuthenticationError', message: 'Invalid API Key. Every request requires a valid API Key to be sent.' }
}
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/
const TIMESTAMP = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.000Z$/

function withoutServerInfo(doc: Json): Json {
  const info = Object.fromEntries(Object.entries(doc.info).filter(([k]) => !SERVER_INFO_FIELDS.includes(k)))
  return { ...doc, info }
}

describe('local Postman API server', () => {
  let server: PostmanServer
  let api: (path: string, init?: RequestInit) => Promise<Response>
  let get: (path: string) => Promise<{ status: number; body: Json; headers: Headers }>
  let send: (
    method: string,
    path: string,
    body: unknown,
    headers?: Record<string, string>
  ) => Promise<{ status: number; body: Json }>

  beforeEach(async () => {
    server = await startPostmanServer()
    api = (path, init = {}) =>
      fetch(`${server.url}${path}`, {
        ...init,
        headers: { 'X-Api-Key': server.apiKey, ...(init.headers as Record<string, string>) }
      })
    get = async (path) => {
      const res = await api(path)
      return { status: res.status, body: (await res.json()) as Json, headers: res.headers }
    }
    send = async (method, path, body, headers = {}) => {
      const res = await api(path, {
        method,
        headers: { 'Content-Type': 'application/json', ...headers },
        body: typeof body === 'string' ? body : JSON.stringify(body)
      })
      return { status: res.status, body: (await res.json()) as Json }
    }
  })
  afterEach(() => server.close())

  describe('authentication', () => {
    it('answers 401 AuthenticationError without a key and with a wrong key, on every route', async () => {
      for (const path of [
        '/me',
        '/collections',
        '/collections/x',
        '/environments',
        '/workspaces',
        '/workspaces/x',
        '/nope'
      ]) {
        const missing = await fetch(`${server.url}${path}`)
        expect(missing.status).toBe(401)
        expect(missing.headers.get('content-type')).toMatch(/^application\/json/)
        expect(await missing.json()).toEqual(AUTH_ERROR)
        const wrong = await fetch(`${server.url}${path}`, { headers: { 'X-Api-Key': 'PMAK-wrong' } })
        expect(wrong.status).toBe(401)
        expect(await wrong.json()).toEqual(AUTH_ERROR)
      }
      const put = await fetch(`${server.url}/collections/x`, {
        method: 'PUT',
        body: '{}',
        headers: { 'x-api-key': 'nope' }
      })
      expect(put.status).toBe(401)
    })

    it('takes the key from X-Api-Key in any case, or from the apikey query parameter', async () => {
      expect((await fetch(`${server.url}/me`, { headers: { 'x-api-key': 'PMAK-test' } })).status).toBe(200)
      expect((await fetch(`${server.url}/me?apikey=PMAK-test`)).status).toBe(200)
      const custom = await startPostmanServer({ apiKey: 'PMAK-custom' })
      try {
        expect(custom.apiKey).toBe('PMAK-custom')
        expect((await fetch(`${custom.url}/me`, { headers: { 'X-API-Key': 'PMAK-test' } })).status).toBe(401)
        expect((await fetch(`${custom.url}/me`, { headers: { 'X-API-Key': 'PMAK-custom' } })).status).toBe(200)
      } finally {
        await custom.close()
      }
    })
  })

  it('GET /me describes the user and the monthly API usage', async () => {
    const { status, body } = await get('/me')
    expect(status).toBe(200)
    expect(body.user).toMatchObject({ id: 12345678, username: 'test-user', avatar: null, roles: ['user'] })
    expect(server.ownerId).toBe('12345678')
    expect(body.operations).toEqual([{ name: 'api_usage', limit: 10000, usage: 1, overage: 0 }])
  })

  describe('collections', () => {
    it('lists collections with Postman summary fields, filtered by workspace; an unknown workspace gives []', async () => {
      const team = server.addWorkspace({ name: 'Team' })
      const a = server.addCollection(loadCollectionFixture('bookshop'))
      const b = server.addCollection(loadCollectionFixture('minimal'), {
        workspace: team,
        owner: '87654321',
        updatedAt: '2024-01-02T03:04:05.000Z'
      })

      const all = await get('/collections')
      expect(all.status).toBe(200)
      expect(all.body).toEqual({
        collections: [
          {
            id: a.id,
            name: 'Bookshop API – Café ☕ edition',
            owner: '12345678',
            createdAt: expect.stringMatching(TIMESTAMP),
            updatedAt: expect.stringMatching(TIMESTAMP),
            uid: `12345678-${a.id}`,
            isPublic: false
          },
          {
            id: b.id,
            name: 'Empty collection',
            owner: '87654321',
            createdAt: '2024-01-02T03:04:05.000Z',
            updatedAt: '2024-01-02T03:04:05.000Z',
            uid: `87654321-${b.id}`,
            isPublic: false
          }
        ]
      })
      expect(a.id).toMatch(UUID)
      expect(a.uid).toBe(`12345678-${a.id}`)
      expect(b.uid).toBe(`87654321-${b.id}`)

      expect((await get(`/collections?workspace=${team}`)).body.collections.map((c: Json) => c.id)).toEqual([b.id])
      expect(
        (await get(`/collections?workspace=${server.defaultWorkspaceId}`)).body.collections.map((c: Json) => c.id)
      ).toEqual([a.id])
      const unknown = await get('/collections?workspace=4f0b6a1e-0000-4000-8000-000000000000')
      expect(unknown).toMatchObject({ status: 200, body: { collections: [] } })
      expect(unknown.body).toEqual({ collections: [] })
      expect(
        (await get(`/collections?name=${encodeURIComponent('Empty collection')}`)).body.collections.map(
          (c: Json) => c.id
        )
      ).toEqual([b.id])
    })

    it('pages with limit and offset and reports meta.total/offset/limit', async () => {
      const made = Array.from(
        { length: 5 },
        (_, i) => server.addCollection({ info: { name: `C${i}`, schema: 'x' }, item: [] }).id
      )
      const first = await get('/collections?limit=2')
      expect(first.body.collections.map((c: Json) => c.id)).toEqual(made.slice(0, 2))
      expect(first.body.meta).toEqual({ total: 5, offset: 0, limit: 2 })
      const last = await get('/collections?limit=2&offset=4')
      expect(last.body.collections.map((c: Json) => c.id)).toEqual(made.slice(4))
      expect(last.body.meta).toEqual({ total: 5, offset: 4, limit: 2 })
      expect((await get('/collections?limit=2&offset=9')).body).toEqual({
        collections: [],
        meta: { total: 5, offset: 9, limit: 2 }
      })
      expect((await get('/collections?offset=3')).body.meta).toEqual({ total: 5, offset: 3, limit: 5 })
      expect((await get('/collections')).body.meta).toBeUndefined()
      const bad = await get('/collections?limit=-1')
      expect(bad.status).toBe(400)
      expect(bad.body.error.name).toBe('invalidParamError')
    })

    it('serves a collection by id and by uid in the {collection} envelope, as added but for the info fields Postman adds', async () => {
      const original = loadCollectionFixture('bookshop')
      const { id, uid } = server.addCollection(loadCollectionFixture('bookshop'))
      const byId = await get(`/collections/${id}`)
      expect(byId.status).toBe(200)
      expect(byId.headers.get('content-type')).toBe('application/json; charset=utf-8')
      expect(Object.keys(byId.body)).toEqual(['collection'])
      const served = byId.body.collection
      expect(served.info).toEqual({
        _postman_id: id,
        name: original.info.name,
        description: original.info.description,
        schema: original.info.schema,
        _exporter_id: '12345678',
        updatedAt: expect.stringMatching(TIMESTAMP),
        createdAt: expect.stringMatching(TIMESTAMP),
        lastUpdatedBy: '12345678',
        uid
      })
      // Every item of this fixture has an id: what was added is what comes back, in the same key order.
      expect(JSON.stringify(withoutServerInfo(served))).toBe(JSON.stringify(withoutServerInfo(original)))
      expect((await get(`/collections/${uid}`)).body).toEqual(byId.body)
      expect(server.readCollection(uid)).toEqual(served)
    })

    it('gives id-less items and responses stable ids, kept by changes made in Postman and renewed by an API PUT', async () => {
      const { id } = server.addCollection(loadCollectionFixture('no-item-ids'))
      const first = (await get(`/collections/${id}`)).body.collection
      const ids = [
        first.item[0].id,
        first.item[0].response[0].id,
        first.item[1].id,
        first.item[1].item[0].id,
        first.item[1].item[1].id
      ]
      for (const itemId of ids) expect(itemId).toMatch(UUID)
      expect(new Set(ids).size).toBe(5)
      expect(Object.keys(first.item[0])).toEqual(['name', 'request', 'response', 'id'])
      expect((await get(`/collections/${id}`)).body.collection).toEqual(first)

      const changed = loadCollectionFixture('no-item-ids') as Json
      changed.info.name = 'Renamed in Postman'
      server.updateCollection(id, changed)
      const second = (await get(`/collections/${id}`)).body.collection
      expect(second.info.name).toBe('Renamed in Postman')
      expect(second.item[1].item[1].id).toBe(first.item[1].item[1].id)
      expect(second.info.updatedAt > first.info.updatedAt).toBe(true)
      expect(second.info.createdAt).toBe(first.info.createdAt)

      const put = await send('PUT', `/collections/${id}`, { collection: loadCollectionFixture('no-item-ids') })
      expect(put.status).toBe(200)
      const third = (await get(`/collections/${id}`)).body.collection
      expect(third.item[0].id).not.toBe(first.item[0].id)
    })

    it('can add full item metadata like Postman examples, or nothing at all', async () => {
      const full = await startPostmanServer({ itemMetadata: 'full' })
      const none = await startPostmanServer({ itemMetadata: 'none' })
      try {
        const a = full.addCollection(loadCollectionFixture('no-item-ids'))
        const item = full.readCollection(a.id)!.item as Json[]
        expect(item[0]).toMatchObject({
          id: expect.stringMatching(UUID),
          createdAt: expect.any(String),
          updatedAt: expect.any(String),
          uid: `12345678-${item[0].id}`
        })
        expect(item[0].response[0].uid).toBe(`12345678-${item[0].response[0].id}`)
        expect(item[1].item[0].uid).toBe(`12345678-${item[1].item[0].id}`)
        const b = none.addCollection(loadCollectionFixture('no-item-ids'))
        expect(withoutServerInfo(none.readCollection(b.id)!)).toEqual(
          withoutServerInfo(loadCollectionFixture('no-item-ids'))
        )
      } finally {
        await full.close()
        await none.close()
      }
    })

    it('answers instanceNotFoundError: 404 for an unknown id, 400 for a malformed one, and after removal', async () => {
      const notFound = {
        error: { name: 'instanceNotFoundError', message: 'We could not find the collection you are looking for' }
      }
      expect(await get('/collections/4f0b6a1e-0000-4000-8000-000000000000')).toMatchObject({
        status: 404,
        body: notFound
      })
      expect(await get('/collections/12345678-4f0b6a1e-0000-4000-8000-000000000000')).toMatchObject({
        status: 404,
        body: notFound
      })
      expect(await get('/collections/not-an-id')).toMatchObject({ status: 400, body: notFound })
      const { id, uid } = server.addCollection(loadCollectionFixture('minimal'))
      expect((await get(`/collections/${id}`)).status).toBe(200)
      server.removeCollection(uid)
      expect(await get(`/collections/${id}`)).toMatchObject({ status: 404, body: notFound })
      expect(() => server.removeCollection(id)).toThrow(/no collection/)

      const strict = await startPostmanServer({ notFoundStatus: 400 })
      try {
        const res = await fetch(`${strict.url}/collections/4f0b6a1e-0000-4000-8000-000000000000`, {
          headers: { 'X-Api-Key': strict.apiKey }
        })
        expect(res.status).toBe(400)
      } finally {
        await strict.close()
      }
    })

    it('PUT /collections/{id} replaces the document; errors are Postman-shaped', async () => {
      const { id, uid } = server.addCollection(loadCollectionFixture('bookshop'))
      const before = (await get(`/collections/${id}`)).body.collection
      const next = { ...before, info: { ...before.info, name: 'Restored' }, item: before.item.slice(0, 1) }
      const put = await send('PUT', `/collections/${uid}`, { collection: next })
      expect(put).toEqual({ status: 200, body: { collection: { id, name: 'Restored', uid } } })
      const after = (await get(`/collections/${id}`)).body.collection
      expect(after.info.name).toBe('Restored')
      expect(after.item).toEqual(before.item.slice(0, 1))
      expect(after.info.updatedAt > before.info.updatedAt).toBe(true)
      expect(server.requests.at(-2)?.body).toBe(JSON.stringify({ collection: next }))

      const mismatch = await send('PUT', `/collections/${id}`, {
        collection: { ...next, info: { ...next.info, _postman_id: '4f0b6a1e-0000-4000-8000-000000000000' } }
      })
      expect(mismatch.status).toBe(400)
      expect(mismatch.body.error.name).toBe('collectionMismatchError')
      const malformed = await send('PUT', `/collections/${id}`, { collection: { info: { name: 'x' } } })
      expect(malformed).toEqual({
        status: 400,
        body: {
          error: {
            name: 'malformedRequestError',
            message: 'Found 2 errors with the supplied collection.',
            details: [": must have required property 'item'", "info: must have required property 'schema'"]
          }
        }
      })
      expect((await send('PUT', `/collections/${id}`, '{not json')).status).toBe(400)
      const unknown = await send('PUT', '/collections/4f0b6a1e-0000-4000-8000-000000000000', { collection: next })
      expect(unknown).toEqual({
        status: 404,
        body: {
          error: {
            name: 'instanceNotFoundError',
            message: 'The specified item does not exist.',
            details: { item: 'collection', id: '4f0b6a1e-0000-4000-8000-000000000000' }
          }
        }
      })
    })

    it('PUT with Prefer: respond-async answers 202 with a task whose status can be read', async () => {
      const { id } = server.addCollection(loadCollectionFixture('minimal'))
      const put = await send(
        'PUT',
        `/collections/${id}`,
        { collection: { info: { name: 'Async', schema: 'x' }, item: [] } },
        { Prefer: 'respond-async' }
      )
      expect(put.status).toBe(202)
      expect(put.body).toEqual({ task: { id: expect.stringMatching(UUID), status: 'in-progress' } })
      expect((await get(`/collection-updates-tasks/${put.body.task.id}`)).body).toEqual({
        id: put.body.task.id,
        status: 'successful'
      })
      expect((await get(`/collections/${id}`)).body.collection.info.name).toBe('Async')
      expect((await get('/collection-updates-tasks/nope')).status).toBe(404)
    })

    it('POST /collections creates in the given workspace (default: the personal one)', async () => {
      const team = server.addWorkspace({ name: 'Team', type: 'team' })
      const doc = loadCollectionFixture('no-item-ids')
      const created = await send('POST', `/collections?workspace=${team}`, { collection: doc })
      expect(created.status).toBe(200)
      const { id, name, uid } = created.body.collection
      expect(name).toBe('Exported without item ids')
      expect(uid).toBe(`12345678-${id}`)
      expect((await get(`/collections?workspace=${team}`)).body.collections.map((c: Json) => c.id)).toEqual([id])
      expect((await get(`/collections/${id}`)).body.collection.item[0].name).toBe('Health')

      const personal = await send('POST', '/collections', { collection: loadCollectionFixture('bookshop') })
      expect(personal.body.collection.id).toBe('6f1a8d52-2c1e-4a43-9a7e-1b5f3c9d2e10')
      expect((await get(`/collections?workspace=${server.defaultWorkspaceId}`)).body.collections).toHaveLength(1)
      const again = await send('POST', '/collections', { collection: loadCollectionFixture('bookshop') })
      expect(again).toEqual({
        status: 400,
        body: {
          error: {
            name: 'instanceFoundError',
            message: 'The specified item already exists.',
            details: { item: 'collection', id: '6f1a8d52-2c1e-4a43-9a7e-1b5f3c9d2e10' }
          }
        }
      })
      expect((await send('POST', '/collections', { info: {} })).body.error.name).toBe('malformedRequestError')
      expect((await send('POST', '/collections?workspace=nope', { collection: doc })).status).toBe(404)
    })
  })

  describe('environments', () => {
    it('lists, filters by workspace and serves environments by id and uid', async () => {
      const team = server.addWorkspace({ name: 'Team' })
      const staging = server.addEnvironment(loadEnvironmentFixture('staging'))
      const empty = server.addEnvironment(loadEnvironmentFixture('empty'), {
        workspace: team,
        id: '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d'
      })
      expect(empty).toEqual({
        id: '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d',
        uid: '12345678-1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d'
      })

      const list = await get('/environments')
      expect(list.body.environments).toEqual([
        {
          id: staging.id,
          name: 'Staging',
          createdAt: expect.stringMatching(TIMESTAMP),
          updatedAt: expect.stringMatching(TIMESTAMP),
          owner: '12345678',
          uid: staging.uid,
          isPublic: false
        },
        expect.objectContaining({ id: empty.id, name: 'Empty' })
      ])
      expect((await get(`/environments?workspace=${team}`)).body.environments.map((e: Json) => e.id)).toEqual([
        empty.id
      ])
      expect((await get('/environments?workspace=4f0b6a1e-0000-4000-8000-000000000000')).body).toEqual({
        environments: []
      })

      const one = await get(`/environments/${staging.uid}`)
      expect(one.status).toBe(200)
      expect(one.body).toEqual({
        environment: {
          id: staging.id,
          name: 'Staging',
          owner: '12345678',
          createdAt: expect.stringMatching(TIMESTAMP),
          updatedAt: expect.stringMatching(TIMESTAMP),
          values: loadEnvironmentFixture('staging').values,
          isPublic: false
        }
      })
      expect(JSON.stringify(one.body.environment.values)).toBe(JSON.stringify(loadEnvironmentFixture('staging').values))
      expect((await get(`/environments/${staging.id}`)).body).toEqual(one.body)
    })

    it('answers instanceNotFoundError 404 for unknown ids and 400 for malformed ones', async () => {
      const notFound = {
        error: { name: 'instanceNotFoundError', message: 'We could not find the environment you are looking for' }
      }
      expect(await get('/environments/4f0b6a1e-0000-4000-8000-000000000000')).toMatchObject({
        status: 404,
        body: notFound
      })
      expect(await get('/environments/%20bad')).toMatchObject({ status: 400, body: notFound })
      const { id } = server.addEnvironment(loadEnvironmentFixture('empty'))
      server.removeEnvironment(id)
      expect((await get(`/environments/${id}`)).status).toBe(404)
    })

    it('POST and PUT /environments create and replace environments; updateEnvironment is a change made in Postman', async () => {
      const created = await send('POST', '/environments', {
        environment: { name: 'Prod', values: [{ key: 'a', value: '1', type: 'default', enabled: true }] }
      })
      expect(created.status).toBe(200)
      const { id, uid } = created.body.environment
      expect(created.body).toEqual({ environment: { id, name: 'Prod', uid } })
      const before = (await get(`/environments/${id}`)).body.environment

      const put = await send('PUT', `/environments/${id}`, { environment: { name: 'Production', values: [] } })
      expect(put.body).toEqual({ environment: { id, name: 'Production', uid } })
      const after = (await get(`/environments/${id}`)).body.environment
      expect(after).toMatchObject({ name: 'Production', values: [] })
      expect(after.updatedAt > before.updatedAt).toBe(true)

      server.updateEnvironment(uid, { values: [{ key: 'b', value: '2' }] })
      expect((await get(`/environments/${id}`)).body.environment).toMatchObject({
        name: 'Production',
        values: [{ key: 'b', value: '2' }]
      })

      expect(await send('POST', '/environments', { environment: { values: [] } })).toEqual({
        status: 400,
        body: {
          error: {
            name: 'malformedRequestError',
            message: 'Found 1 errors with the supplied environment.',
            details: ["environment: must have required property 'name'"]
          }
        }
      })
      expect(await send('PUT', `/environments/${id}`, { environment: { values: [null] } })).toEqual({
        status: 400,
        body: {
          error: {
            name: 'malformedRequestError',
            message: 'Invalid type: null (expected object) at environment.values.0'
          }
        }
      })
      const unknown = await send('PUT', '/environments/4f0b6a1e-0000-4000-8000-000000000000', {
        environment: { name: 'x' }
      })
      expect(unknown.status).toBe(404)
      expect(unknown.body.error).toMatchObject({ name: 'instanceNotFoundError', details: { item: 'environment' } })
    })
  })

  describe('workspaces', () => {
    it('lists workspaces, pages with a cursor and filters by type', async () => {
      const team = server.addWorkspace({ name: 'Team Workspace', about: 'Shared' })
      const priv = server.addWorkspace({ name: 'Private', type: 'private' })
      const { body } = await get('/workspaces')
      expect(body).toEqual({
        workspaces: [
          {
            id: server.defaultWorkspaceId,
            name: 'My Workspace',
            type: 'personal',
            visibility: 'personal',
            createdBy: '12345678',
            createdAt: expect.stringMatching(TIMESTAMP),
            updatedAt: expect.stringMatching(TIMESTAMP)
          },
          expect.objectContaining({ id: team, type: 'team', visibility: 'team', about: 'Shared' }),
          expect.objectContaining({ id: priv, type: 'team', visibility: 'private' })
        ]
      })
      const page1 = await get('/workspaces?limit=2')
      expect(page1.body.workspaces.map((w: Json) => w.id)).toEqual([server.defaultWorkspaceId, team])
      expect(page1.body.meta.nextCursor).toEqual(expect.any(String))
      const page2 = await get(`/workspaces?limit=2&cursor=${page1.body.meta.nextCursor}`)
      expect(page2.body).toEqual({ workspaces: [expect.objectContaining({ id: priv })] })
      expect((await get('/workspaces?type=private')).body.workspaces.map((w: Json) => w.id)).toEqual([priv])
      expect((await get('/workspaces?limit=101')).body).toEqual({
        error: { name: 'badRequestError', message: 'The limit parameter must not exceed 100.' }
      })
      expect((await get('/workspaces?type=secret')).status).toBe(400)
      const { id } = server.addCollection(loadCollectionFixture('minimal'), { workspace: priv })
      expect(
        (await get(`/workspaces?elementType=collection&elementId=${id}`)).body.workspaces.map((w: Json) => w.id)
      ).toEqual([priv])
    })

    it('GET /workspaces/{id} lists its collections and environments; unknown is 404 workspaceNotFoundError', async () => {
      const ws = server.addWorkspace({ id: '1f0df51a-8658-4ee8-a2a1-d2567dfa09a9', name: 'Team', type: 'team' })
      expect(ws).toBe('1f0df51a-8658-4ee8-a2a1-d2567dfa09a9')
      const empty = await get(`/workspaces/${ws}`)
      expect(empty.body.workspace).toEqual({
        id: ws,
        name: 'Team',
        type: 'team',
        visibility: 'team',
        createdBy: '12345678',
        updatedBy: '12345678',
        createdAt: expect.stringMatching(TIMESTAMP),
        updatedAt: expect.stringMatching(TIMESTAMP)
      })
      const ids = seedFixtures(server, { workspace: ws })
      const full = await get(`/workspaces/${ws}`)
      expect(full.body.workspace.collections).toEqual([
        { id: ids.collections.bookshop.id, name: 'Bookshop API – Café ☕ edition', uid: ids.collections.bookshop.uid },
        { id: ids.collections.minimal.id, name: 'Empty collection', uid: ids.collections.minimal.uid },
        {
          id: ids.collections['no-item-ids'].id,
          name: 'Exported without item ids',
          uid: ids.collections['no-item-ids'].uid
        }
      ])
      expect(full.body.workspace.environments).toEqual([
        { id: ids.environments.staging.id, name: 'Staging', uid: ids.environments.staging.uid },
        { id: ids.environments.empty.id, name: 'Empty', uid: ids.environments.empty.uid }
      ])
      expect(await get('/workspaces/4f0b6a1e-0000-4000-8000-000000000000')).toMatchObject({
        status: 404,
        body: { error: { name: 'workspaceNotFoundError', message: 'Workspace not found', statusCode: 404 } }
      })
    })
  })

  describe('rate and usage limits', () => {
    it('sends the documented rate-limit headers on every answer, remaining counts going down', async () => {
      const first = await api('/environments')
      const second = await api('/me')
      for (const res of [first, second]) {
        expect(res.headers.get('ratelimit-limit')).toBe('300')
        expect(res.headers.get('x-ratelimit-limit')).toBe('300')
        expect(res.headers.get('ratelimit-policy')).toBe('300;w=60')
        expect(Number(res.headers.get('ratelimit-reset'))).toBeGreaterThan(0)
        expect(Number(res.headers.get('ratelimit-reset'))).toBeLessThanOrEqual(60)
        expect(Number(res.headers.get('x-ratelimit-reset'))).toBeGreaterThan(Date.now() / 1000)
        expect(res.headers.get('ratelimit-limit-month')).toBe('10000')
        expect(res.headers.get('x-ratelimit-limit-month')).toBe('10000')
      }
      expect(first.headers.get('ratelimit-remaining')).toBe('299')
      expect(first.headers.get('x-ratelimit-remaining')).toBe('299')
      expect(first.headers.get('x-ratelimit-remaining-month')).toBe('9999')
      expect(second.headers.get('ratelimit-remaining')).toBe('298')
      expect(second.headers.get('ratelimit-remaining-month')).toBe('9998')
      const unauthenticated = await fetch(`${server.url}/me`)
      expect(unauthenticated.headers.get('ratelimit-remaining')).toBe('298')
      const notFound = await api('/collections/4f0b6a1e-0000-4000-8000-000000000000')
      expect(notFound.headers.get('ratelimit-remaining')).toBe('297')
    })

    it('answers 429 rateLimited with Retry-After when the window is spent, serviceLimitExhausted when the month is', async () => {
      const tight = await startPostmanServer({ rateLimit: { perWindow: 2, windowSeconds: 30, monthly: 5 } })
      const call = () => fetch(`${tight.url}/me`, { headers: { 'X-Api-Key': tight.apiKey } })
      try {
        expect((await call()).status).toBe(200)
        expect((await call()).status).toBe(200)
        const limited = await call()
        expect(limited.status).toBe(429)
        expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0)
        expect(limited.headers.get('x-ratelimit-retryafter')).toBe(limited.headers.get('retry-after'))
        expect(limited.headers.get('ratelimit-remaining')).toBe('0')
        expect(((await limited.json()) as Json).error).toEqual({
          name: 'rateLimited',
          message: expect.stringMatching(/^Rate limit exceeded/)
        })
        tight.rateLimit.resetWindows()
        expect((await call()).status).toBe(200)
        tight.rateLimit.monthlyUsed = tight.rateLimit.monthly
        const exhausted = await call()
        expect(exhausted.status).toBe(429)
        expect(exhausted.headers.get('retry-after')).toBeNull()
        expect(exhausted.headers.get('x-ratelimit-remaining-month')).toBe('0')
        expect(((await exhausted.json()) as Json).error.name).toBe('serviceLimitExhausted')
      } finally {
        await tight.close()
      }
    })

    it('enforces the documented 10-calls-in-10-seconds limit of list endpoints by default', async () => {
      const strict = await startPostmanServer()
      try {
        const call = (path: string) => fetch(`${strict.url}${path}`, { headers: { 'X-Api-Key': strict.apiKey } })
        for (let i = 0; i < 10; i++) expect((await call('/collections')).status).toBe(200)
        const limited = await call('/collections')
        expect(limited.status).toBe(429)
        expect(Number(limited.headers.get('retry-after'))).toBeLessThanOrEqual(10)
        const me = await call('/me')
        expect(me.status).toBe(200)
        expect(me.headers.get('ratelimit-limit')).toBe('300')
        expect((await call('/workspaces')).headers.get('ratelimit-policy')).toBe('10;w=10')
      } finally {
        await strict.close()
      }
      const lenient = await startPostmanServer({ rateLimit: { endpointLimits: false } })
      try {
        const call = () => fetch(`${lenient.url}/collections`, { headers: { 'X-Api-Key': lenient.apiKey } })
        for (let i = 0; i < 11; i++) expect((await call()).status).toBe(200)
      } finally {
        await lenient.close()
      }
    })

    it('allows 300 calls a minute by default, then answers 429 with Retry-After and both header spellings', async () => {
      const fresh = await startPostmanServer()
      try {
        const call = () => fetch(`${fresh.url}/me`, { headers: { 'X-Api-Key': fresh.apiKey } })
        const statuses: number[] = []
        for (let i = 0; i < 300; i++) statuses.push((await call()).status)
        expect(statuses.every((s) => s === 200)).toBe(true)
        const limited = await call()
        expect(limited.status).toBe(429)
        const retryAfter = Number(limited.headers.get('retry-after'))
        expect(retryAfter).toBeGreaterThan(40)
        expect(retryAfter).toBeLessThanOrEqual(60)
        expect(limited.headers.get('x-ratelimit-retryafter')).toBe(String(retryAfter))
        for (const name of ['ratelimit-remaining', 'x-ratelimit-remaining']) expect(limited.headers.get(name)).toBe('0')
        for (const name of ['ratelimit-limit', 'x-ratelimit-limit']) expect(limited.headers.get(name)).toBe('300')
        expect(limited.headers.get('ratelimit-limit-month')).toBe('10000')
        expect(limited.headers.get('ratelimit-remaining-month')).toBe('9700')
      } finally {
        await fresh.close()
      }
    })

    it('scales down for tests: 30 calls per 3 seconds, then calls resume after Retry-After', async () => {
      const scaled = await startPostmanServer({ rateLimit: { perWindow: 30, windowSeconds: 3 } })
      try {
        const call = () => fetch(`${scaled.url}/me`, { headers: { 'X-Api-Key': scaled.apiKey } })
        for (let i = 0; i < 30; i++) expect((await call()).status).toBe(200)
        const limited = await call()
        expect(limited.status).toBe(429)
        expect(limited.headers.get('ratelimit-policy')).toBe('30;w=3')
        const retryAfter = Number(limited.headers.get('retry-after'))
        expect(retryAfter).toBeGreaterThanOrEqual(1)
        expect(retryAfter).toBeLessThanOrEqual(3)
        await new Promise((resolve) => setTimeout(resolve, retryAfter * 1000))
        expect((await call()).status).toBe(200)
      } finally {
        await scaled.close()
      }
    }, 15_000)

    it.each([
      [
        'nested',
        'application/json; charset=utf-8',
        (name: string) => ({ error: { name, message: expect.any(String) } })
      ],
      ['flat', 'application/json; charset=utf-8', (name: string) => ({ error: name, message: expect.any(String) })],
      [
        'problem',
        'application/problem+json',
        () => ({ type: expect.any(String), title: expect.any(String), detail: expect.any(String), status: 429 })
      ]
    ] as const)('serves both 429 kinds in the %s shape when configured', async (shape, contentType, expected) => {
      const tight = await startPostmanServer({ rateLimit: { perWindow: 1, monthly: 2, bodyShape: shape } })
      try {
        const call = () => fetch(`${tight.url}/me`, { headers: { 'X-Api-Key': tight.apiKey } })
        expect((await call()).status).toBe(200)
        const limited = await call()
        expect(limited.status).toBe(429)
        expect(limited.headers.get('content-type')).toBe(contentType)
        expect(await limited.json()).toEqual(expected('rateLimited'))
        expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0)
        tight.rateLimit.resetWindows()
        expect((await call()).status).toBe(200)
        const exhausted = await call()
        expect(exhausted.status).toBe(429)
        expect(await exhausted.json()).toEqual(expected('serviceLimitExhausted'))
        expect(exhausted.headers.get('content-type')).toBe(contentType)
        expect(exhausted.headers.get('ratelimit-remaining-month')).toBe('0')
        expect(exhausted.headers.get('x-ratelimit-remaining-month')).toBe('0')
        expect(exhausted.headers.get('retry-after')).toBeNull()
        // The shape can change mid-test.
        tight.rateLimit.bodyShape = shape === 'flat' ? 'nested' : 'flat'
        const other = (await (await call()).json()) as Json
        expect(typeof other.error).toBe(shape === 'flat' ? 'object' : 'string')
      } finally {
        await tight.close()
      }
    })

    it('scripts 429s in every shape with the fault helpers', async () => {
      server.faults.add({ path: '/me', fault: rateLimited(3, { body: 'flat' }) })
      server.faults.add({ path: '/me', fault: serviceLimitExhausted({ body: 'flat' }) })
      server.faults.add({ path: '/me', fault: serviceLimitExhausted({ body: 'problem' }) })
      const flat = await api('/me')
      expect([flat.status, flat.headers.get('retry-after')]).toEqual([429, '3'])
      expect(((await flat.json()) as Json).error).toBe('rateLimited')
      const exhausted = await api('/me')
      expect(await exhausted.json()).toEqual({ error: 'serviceLimitExhausted', message: expect.any(String) })
      expect(exhausted.headers.get('ratelimit-remaining-month')).toBe('0')
      const problem = await api('/me')
      expect(problem.headers.get('content-type')).toBe('application/problem+json')
      expect(((await problem.json()) as Json).status).toBe(429)
    })

    it('scripts both 429 kinds with the fault helpers', async () => {
      server.faults.add({ path: '/collections', fault: rateLimited(7) })
      server.faults.add({ path: '/me', fault: serviceLimitExhausted() })
      const limited = await api('/collections')
      expect(limited.status).toBe(429)
      expect(limited.headers.get('retry-after')).toBe('7')
      expect(limited.headers.get('x-ratelimit-retryafter')).toBe('7')
      expect(limited.headers.get('ratelimit-remaining')).toBe('0')
      expect(limited.headers.get('ratelimit-limit')).toBe('10') // GET /collections: its own 10-in-10-seconds window
      const body = (await limited.json()) as Json
      expect(body.error.name).toBe('rateLimited')
      const retryAt = Number(/retry after (\d+)$/.exec(body.error.message)?.[1])
      expect(retryAt).toBeGreaterThanOrEqual(Math.floor(Date.now() / 1000) + 6)
      const exhausted = await api('/me')
      expect(exhausted.status).toBe(429)
      expect(((await exhausted.json()) as Json).error).toEqual({
        name: 'serviceLimitExhausted',
        message: expect.any(String)
      })
      expect(exhausted.headers.get('ratelimit-remaining-month')).toBe('0')
      expect((await api('/collections')).status).toBe(200)
    })
  })

  it('injects faults on Postman routes and records every request', async () => {
    const { id } = server.addCollection(loadCollectionFixture('minimal'))
    server.faults
      .add({ path: `/collections/${id}`, fault: { kind: 'drop' } })
      .add({ path: `/collections/${id}`, fault: { kind: 'html', status: 502 } })
      .add({ method: 'GET', path: /^\/environments\//, fault: instanceNotFound('environment', 400) })
    await expect(api(`/collections/${id}`)).rejects.toThrow()
    const html = await api(`/collections/${id}`)
    expect(html.status).toBe(502)
    expect(await html.text()).toMatch(/<html>/)
    expect((await get(`/collections/${id}`)).status).toBe(200)
    const env = await get('/environments/4f0b6a1e-0000-4000-8000-000000000000')
    expect(env).toMatchObject({ status: 400, body: { error: { name: 'instanceNotFoundError' } } })
    const unknownRoute = await get('/apis')
    expect(unknownRoute).toMatchObject({ status: 404, body: { error: { name: 'notFound' } } })
    expect((await send('PATCH', `/collections/${id}`, {})).status).toBe(404)

    expect(server.requests.map((r) => `${r.method} ${r.path}${r.query} ${r.status}`)).toEqual([
      `GET /collections/${id} -1`,
      `GET /collections/${id} 502`,
      `GET /collections/${id} 200`,
      'GET /environments/4f0b6a1e-0000-4000-8000-000000000000 400',
      'GET /apis 404',
      `PATCH /collections/${id} 404`
    ])
    expect(server.requests[2].headers['x-api-key']).toBe('PMAK-test')
  })
})
