// Checks the local Postman API server against Postman's own OpenAPI description of its API
// (../shared/reference/postman-api/openapi.yaml) and serves real collections from ../shared/corpus
// through it. Where the server and the description disagree, the server is wrong.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { loadPostmanOpenApi, type PostmanOpenApi } from '../../test-servers/postman/openapi.js'
import {
  rateLimited,
  serviceLimitExhausted,
  startPostmanServer,
  type PostmanServer,
  type PostmanServerOptions
} from '../../test-servers/postman/server.js'
import {
  loadCollectionFixture,
  loadEnvironmentFixture,
  seedFixtures,
  COLLECTION_FIXTURES
} from '../../test-servers/postman/fixtures.js'
import { readCorpus as readSharedCorpus, requireShared, sharedPath, type CorpusFile } from '../helpers/corpus.js'

type Json = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any

const OPENAPI_FILE = sharedPath('reference', 'postman-api', 'openapi.yaml')

requireShared(OPENAPI_FILE)

const NIL_UUID = '4f0b6a1e-0000-4000-8000-000000000000'
const SERVER_INFO_FIELDS = ['_postman_id', 'updatedAt', 'createdAt', 'lastUpdatedBy', 'uid']
const V21_SCHEMA = 'https://schema.postman.com/json/collection/v2.1.0/collection.json'

// v2.x collections (info + item) and environments; v1 collections and files without info are not what the API serves.
const isV2Collection = (doc: Json) => Boolean(doc.info && typeof doc.info === 'object' && Array.isArray(doc.item))
const isEnvironment = (doc: Json) =>
  Array.isArray(doc.values) && typeof doc.name === 'string' && doc._postman_variable_scope === 'environment'

function readCorpus(): { collections: Array<CorpusFile<Json>>; environments: Array<CorpusFile<Json>> } {
  const corpus = readSharedCorpus<Json>()
  return {
    collections: corpus.filter(({ doc }) => isV2Collection(doc)),
    environments: corpus.filter(({ doc }) => !isV2Collection(doc) && isEnvironment(doc))
  }
}

/** The same keys, recursively, and the same JSON types: does a body look like a documented example? */
function shapeOf(value: unknown): unknown {
  if (Array.isArray(value)) return value.length > 0 ? [shapeOf(value[0])] : []
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([k, v]) => [k, shapeOf(v)])
    )
  }
  return value === null ? 'null' : typeof value
}

/** The served collection without what the server adds: its info fields, and item/response ids the original lacked. */
function stripServerAdditions(served: Json, original: Json): Json {
  const info: Json = {}
  for (const [key, value] of Object.entries(served.info)) {
    // The server keeps a document's own _postman_id in place (with the collection's id as value).
    if (key === '_postman_id' && key in original.info) info[key] = original.info[key]
    else if (!SERVER_INFO_FIELDS.includes(key) && !(key === 'schema' && !('schema' in original.info))) info[key] = value
  }
  const strip = (items: unknown, originals: unknown): unknown => {
    if (!Array.isArray(items) || !Array.isArray(originals)) return items
    return items.map((item, i) => {
      const before = originals[i]
      if (!item || typeof item !== 'object' || !before || typeof before !== 'object') return item
      const out: Json = { ...item }
      if (!('id' in before)) delete out.id
      if (Array.isArray(out.response)) {
        out.response = out.response.map((r: Json, j: number) => {
          const rb = (before as Json).response?.[j]
          if (!r || typeof r !== 'object' || !rb || 'id' in rb) return r
          const { id: _id, ...rest } = r
          return rest
        })
      }
      if ('item' in out) out.item = strip(out.item, (before as Json).item)
      return out
    })
  }
  const out: Json = {}
  for (const [key, value] of Object.entries(served))
    out[key] = key === 'info' ? info : key === 'item' ? strip(value, original.item) : value
  // The same keys in the same order with the same values: what was added is what is served.
  return out
}

describe('local Postman server against Postman OpenAPI (v1.45.0)', () => {
  let spec: PostmanOpenApi
  let server: PostmanServer
  let teamWorkspace: string
  let seeded: ReturnType<typeof seedFixtures>
  const extraServers: PostmanServer[] = []

  const call = async (
    target: PostmanServer,
    method: string,
    urlPath: string,
    body?: unknown,
    headers: Record<string, string> = {}
  ) => {
    const res = await fetch(`${target.url}${urlPath}`, {
      method,
      headers: {
        'X-Api-Key': target.apiKey,
        ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}),
        ...headers
      },
      body: body === undefined ? undefined : JSON.stringify(body)
    })
    return { status: res.status, headers: res.headers, body: (await res.json()) as Json }
  }
  const get = (urlPath: string) => call(server, 'GET', urlPath)

  /** Validates against the operation's documented schema for the status and reports ajv's errors on failure. */
  const expectValid = (operationId: string, status: number, body: unknown, options?: { relaxEnums?: boolean }) => {
    expect({ operationId, status, errors: spec.validate(operationId, status, body, options) }).toEqual({
      operationId,
      status,
      errors: []
    })
  }
  const example = (operationId: string, status: number, name: string) => {
    const examples = spec.response(operationId, status).examples
    if (!(name in examples))
      throw new Error(`${operationId} ${status} has no example "${name}" (has: ${Object.keys(examples).join(', ')})`)
    return examples[name] as Json
  }
  const startExtra = async (options: PostmanServerOptions) => {
    const extra = await startPostmanServer(options)
    extraServers.push(extra)
    return extra
  }

  beforeAll(async () => {
    spec = loadPostmanOpenApi(OPENAPI_FILE)
    server = await startPostmanServer()
    teamWorkspace = server.addWorkspace({ name: 'Team Workspace', type: 'team', about: 'Shared with the team' })
    server.addWorkspace({ name: 'Private Workspace', type: 'private' })
    seeded = seedFixtures(server, { workspace: teamWorkspace })
  })
  afterAll(async () => {
    await server.close()
    for (const extra of extraServers) await extra.close()
  })

  describe('successful answers match the 200 schemas', () => {
    it('getAuthenticatedUser', async () => {
      const res = await get('/me')
      expect(res.status).toBe(200)
      expectValid('getAuthenticatedUser', 200, res.body)
      const team = await startExtra({
        user: {
          id: 87654321,
          teamId: 123,
          teamName: 'Test Team',
          teamDomain: 'test-team',
          avatar: 'https://example.com/a.png'
        }
      })
      expectValid('getAuthenticatedUser', 200, (await call(team, 'GET', '/me')).body)
    })

    it('getWorkspaces, with and without a cursor page, and getWorkspace', async () => {
      const all = await get('/workspaces')
      expectValid('getWorkspaces', 200, all.body)
      expect(all.body.workspaces).toHaveLength(3)
      const page = await get('/workspaces?limit=1')
      expectValid('getWorkspaces', 200, page.body)
      expect(shapeOf(page.body.meta)).toEqual(shapeOf(example('getWorkspaces', 200, 'Response With Pagination').meta))
      expectValid('getWorkspaces', 200, (await get(`/workspaces?limit=1&cursor=${page.body.meta.nextCursor}`)).body)
      expectValid('getWorkspaces', 200, (await get('/workspaces?type=private')).body)
      for (const ws of all.body.workspaces) {
        const one = await get(`/workspaces/${ws.id}`)
        expect(one.status).toBe(200)
        expectValid('getWorkspace', 200, one.body)
      }
      const team = (await get(`/workspaces/${teamWorkspace}`)).body.workspace
      expect(team.collections).toHaveLength(COLLECTION_FIXTURES.length)
      expect(team.environments).toHaveLength(2)
    })

    it('getCollections: plain, filtered, paged, and the documented empty answer for an unknown workspace', async () => {
      for (const query of [
        '',
        `?workspace=${teamWorkspace}`,
        '?limit=2',
        '?limit=2&offset=2',
        `?workspace=${teamWorkspace}&limit=1&offset=1`
      ]) {
        const res = await get(`/collections${query}`)
        expect(res.status).toBe(200)
        expectValid('getCollections', 200, res.body)
      }
      const paged = await get('/collections?limit=2')
      expect(shapeOf(paged.body)).toEqual(shapeOf(example('getCollections', 200, 'Successful Response')))
      expect((await get(`/collections?workspace=${NIL_UUID}`)).body).toEqual(
        example('getCollections', 200, 'Invalid Workspace')
      )
    })

    it('getCollection for every fixture, by id and uid, with each item metadata mode', async () => {
      for (const { id, uid } of Object.values(seeded.collections)) {
        for (const ref of [id, uid]) {
          const res = await get(`/collections/${ref}`)
          expect(res.status).toBe(200)
          expectValid('getCollection', 200, res.body)
        }
      }
      for (const itemMetadata of ['full', 'ids'] as const) {
        const other = await startExtra({ itemMetadata })
        for (const name of COLLECTION_FIXTURES) {
          const { id } = other.addCollection(loadCollectionFixture(name))
          expectValid('getCollection', 200, (await call(other, 'GET', `/collections/${id}`)).body)
        }
      }
      // info as Postman serves it (example "Successful Response"): the same fields, in the same order.
      const info = (await get(`/collections/${seeded.collections.minimal.id}`)).body.collection.info
      const documented = example('getCollection', 200, 'Successful Response').collection.info
      expect(Object.keys(info)).toEqual(Object.keys(documented).filter((k) => k !== 'description'))
    })

    it('getEnvironments and getEnvironment, and the documented empty answer for an unknown workspace', async () => {
      for (const query of ['', `?workspace=${teamWorkspace}`])
        expectValid('getEnvironments', 200, (await get(`/environments${query}`)).body)
      expect((await get(`/environments?workspace=${NIL_UUID}`)).body).toEqual(
        example('getEnvironments', 200, 'Invalid Workspace')
      )
      for (const { id, uid } of Object.values(seeded.environments)) {
        for (const ref of [id, uid]) {
          const res = await get(`/environments/${ref}`)
          expect(res.status).toBe(200)
          expectValid('getEnvironment', 200, res.body)
        }
      }
    })

    it('createCollection and putCollection (sync and async), with documented request bodies', async () => {
      const doc = loadCollectionFixture('bookshop') as Json
      delete doc.info._postman_id
      delete doc.info._exporter_id
      doc.info.schema = V21_SCHEMA
      const createBody = { collection: doc }
      expect(spec.validateRequest('createCollection', createBody)).toEqual([])
      const created = await call(server, 'POST', `/collections?workspace=${teamWorkspace}`, createBody)
      expect(created.status).toBe(200)
      expectValid('createCollection', 200, created.body)
      const { id, uid } = created.body.collection

      const served = (await get(`/collections/${id}`)).body.collection
      const putBody = { collection: { ...served, info: { ...served.info, name: 'Bookshop (restored)' } } }
      expect(spec.validateRequest('putCollection', putBody)).toEqual([])
      const put = await call(server, 'PUT', `/collections/${uid}`, putBody)
      expect(put.status).toBe(200)
      expectValid('putCollection', 200, put.body)
      expect(put.body).toEqual({ collection: { id, name: 'Bookshop (restored)', uid } })

      const async = await call(server, 'PUT', `/collections/${id}`, putBody, { Prefer: 'respond-async' })
      expect(async.status).toBe(202)
      expectValid('putCollection', 202, async.body)
      const task = await get(`/collection-updates-tasks/${async.body.task.id}`)
      expectValid('getCollectionUpdatesTasks', 200, task.body)
    })

    it('createEnvironment and putEnvironment, with documented request bodies', async () => {
      const createBody = { environment: { name: 'Created', values: loadEnvironmentFixture('staging').values } }
      expect(spec.validateRequest('createEnvironment', createBody)).toEqual([])
      const created = await call(server, 'POST', `/environments?workspace=${teamWorkspace}`, createBody)
      expect(created.status).toBe(200)
      expectValid('createEnvironment', 200, created.body)
      const putBody = {
        environment: { name: 'Replaced', values: [{ key: 'a', value: 'b', type: 'default', enabled: true }] }
      }
      expect(spec.validateRequest('putEnvironment', putBody)).toEqual([])
      const put = await call(server, 'PUT', `/environments/${created.body.environment.uid}`, putBody)
      expect(put.status).toBe(200)
      expectValid('putEnvironment', 200, put.body)
      expectValid('getEnvironment', 200, (await get(`/environments/${created.body.environment.id}`)).body)
    })
  })

  describe('error answers match the documented error schemas and examples', () => {
    const OPERATIONS: Array<[string, string, string]> = [
      ['getAuthenticatedUser', 'GET', '/me'],
      ['getWorkspaces', 'GET', '/workspaces'],
      ['getWorkspace', 'GET', `/workspaces/${NIL_UUID}`],
      ['getCollections', 'GET', '/collections'],
      ['getCollection', 'GET', `/collections/${NIL_UUID}`],
      ['putCollection', 'PUT', `/collections/${NIL_UUID}`],
      ['createCollection', 'POST', '/collections'],
      ['getEnvironments', 'GET', '/environments'],
      ['getEnvironment', 'GET', `/environments/${NIL_UUID}`],
      ['putEnvironment', 'PUT', `/environments/${NIL_UUID}`],
      ['createEnvironment', 'POST', '/environments']
    ]

    it.each(OPERATIONS)('%s: 401 without a key and with a wrong key', async (operationId, method, urlPath) => {
      for (const headers of [{}, { 'X-Api-Key': 'PMAK-wrong' }] as Array<Record<string, string>>) {
        const res = await fetch(`${server.url}${urlPath}`, {
          method,
          headers,
          body: method === 'GET' ? undefined : '{}'
        })
        expect(res.status).toBe(401)
        const body = await res.json()
        expectValid(operationId, 401, body)
        expect(body).toEqual(example(operationId, 401, 'Authentication Error'))
      }
    })

    it('getCollection: instanceNotFoundError, 400 (documented) for a malformed id and 404 for an unknown one', async () => {
      const documented = example('getCollection', 400, 'Not Found')
      const malformed = await get('/collections/not-a-collection-id')
      expect(malformed.status).toBe(400)
      expectValid('getCollection', 400, malformed.body)
      expect(malformed.body).toEqual(documented)
      const unknown = await get(`/collections/${NIL_UUID}`)
      expect(unknown.status).toBe(404)
      // getCollection documents this body under 400 only; the 404 carries the same body.
      expectValid('getCollection', 400, unknown.body)
      expect(unknown.body).toEqual(documented)
    })

    it('getEnvironment: instanceNotFoundError as documented (environments404Error)', async () => {
      const documented = example('getEnvironment', 400, 'Instance Not Found')
      for (const [ref, status] of [
        ['bad id', 400],
        [NIL_UUID, 404]
      ] as const) {
        const res = await get(`/environments/${encodeURIComponent(ref)}`)
        expect(res.status).toBe(status)
        expectValid('getEnvironment', 400, res.body)
        expect(res.body).toEqual(documented)
      }
    })

    it('getWorkspace 404 and getWorkspaces 400 answers are the documented examples', async () => {
      const missing = await get(`/workspaces/${NIL_UUID}`)
      expect(missing.status).toBe(404)
      expectValid('getWorkspace', 404, missing.body)
      expect(missing.body).toEqual(example('getWorkspace', 404, 'Workspace Not Found'))
      const cases: Array<[string, string]> = [
        ['?limit=101', 'Invalid limit Value'],
        ['?type=nope', 'Invalid type Filter'],
        ['?elementType=nope&elementId=x', 'Invalid elementType Filter'],
        ['?elementType=collection', 'Missing elementId Filter']
      ]
      for (const [query, name] of cases) {
        const res = await get(`/workspaces${query}`)
        expect(res.status).toBe(400)
        expectValid('getWorkspaces', 400, res.body)
        expect(res.body).toEqual(example('getWorkspaces', 400, name))
      }
    })

    it('putCollection and createCollection 400/404 answers are the documented examples', async () => {
      const { id } = seeded.collections.minimal
      const mismatch = await call(server, 'PUT', `/collections/${id}`, {
        collection: { info: { _postman_id: NIL_UUID, name: 'x', schema: V21_SCHEMA }, item: [] }
      })
      expect(mismatch.status).toBe(400)
      expectValid('putCollection', 400, mismatch.body)
      expect(mismatch.body).toEqual(example('putCollection', 400, 'Collection ID Mismatch'))
      const malformed = await call(server, 'PUT', `/collections/${id}`, { collection: { info: { name: 'x' } } })
      expectValid('putCollection', 400, malformed.body)
      expect(malformed.body).toEqual(example('putCollection', 400, 'Malformed Request'))

      const unknownId = '12345678-12ece9e1-2abf-4edc-8e34-de66e74114d2'
      const unknown = await call(server, 'PUT', `/collections/${unknownId}`, {
        collection: { info: { name: 'x', schema: V21_SCHEMA }, item: [] }
      })
      expect(unknown.status).toBe(404)
      expectValid('putCollection', 404, unknown.body)
      expect(unknown.body).toEqual(example('putCollection', 404, 'instanceNotFoundError'))

      const doc = loadCollectionFixture('minimal') as Json
      doc.info._postman_id = '12ece9e1-2abf-4edc-8e34-de66e74114d2'
      expect((await call(server, 'POST', '/collections', { collection: doc })).status).toBe(200)
      const taken = await call(server, 'POST', '/collections', { collection: doc })
      expect(taken.status).toBe(400)
      expectValid('createCollection', 400, taken.body)
      expect(taken.body).toEqual(example('createCollection', 400, 'Item Already Exists'))
    })

    it('createEnvironment and putEnvironment 400 answers are the documented examples', async () => {
      const { id } = seeded.environments.staging
      for (const [operationId, method, urlPath] of [
        ['createEnvironment', 'POST', '/environments'],
        ['putEnvironment', 'PUT', `/environments/${id}`]
      ] as const) {
        const invalidType = await call(server, method, urlPath, { environment: { name: 'x', values: [null] } })
        expect(invalidType.status).toBe(400)
        expectValid(operationId, 400, invalidType.body)
        expect(invalidType.body).toEqual(example(operationId, 400, 'Invalid Type'))
      }
      const noName = await call(server, 'POST', '/environments', { environment: { values: [] } })
      expectValid('createEnvironment', 400, noName.body)
      expect(noName.body).toEqual(example('createEnvironment', 400, 'Malformed Request'))
    })

    it('429 comes in the two kinds the description names, with the headers it names', async () => {
      const description = String((spec.document.info as Json).description)
      const kinds = [...description.matchAll(/^\s*- `(\w+)` — /gm)].map((m) => m[1])
      expect(kinds).toEqual(['rateLimited', 'serviceLimitExhausted'])
      const retryHeaders = [...(/includes the `([\w-]+)` and `([\w-]+)` responses/.exec(description) ?? [])].slice(1)
      expect(retryHeaders).toEqual(['X-RateLimit-RetryAfter', 'Retry-After'])

      server.faults.add({ path: '/collections', fault: rateLimited(30) })
      server.faults.add({ path: '/collections', fault: serviceLimitExhausted() })
      server.faults.add({ path: '/collections', fault: rateLimited(5, { body: 'problem' }) })
      const limited = await get('/collections')
      expect(limited.status).toBe(429)
      expect(limited.body.error.name).toBe(kinds[0])
      for (const header of retryHeaders) expect(limited.headers.get(header)).toBe('30')
      expect(spec.validate('components/common429Error', 429, limited.body)).toEqual([])
      const exhausted = await get('/collections')
      expect(exhausted.status).toBe(429)
      expect(exhausted.body.error.name).toBe(kinds[1])
      expect(spec.validate('components/common429Error', 429, exhausted.body)).toEqual([])
      const problem = await get('/collections')
      expect(problem.status).toBe(429)
      expect(problem.headers.get('content-type')).toBe(spec.componentResponse('common429Error').contentType)
      expect(problem.body).toEqual(spec.componentResponse('common429Error').examples['Rate Limit Exceeded'])
      expect(problem.headers.get('retry-after')).toBe('5')

      // The same bodies when the server's own limits run out.
      const tight = await startExtra({ rateLimit: { perWindow: 1, monthly: 2 } })
      await call(tight, 'GET', '/me')
      const natural = await call(tight, 'GET', '/me')
      expect(natural.status).toBe(429)
      expect(natural.body.error.name).toBe('rateLimited')
      tight.rateLimit.resetWindows()
      await call(tight, 'GET', '/me')
      const spent = await call(tight, 'GET', '/me')
      expect(spent.status).toBe(429)
      expect(spent.body.error.name).toBe('serviceLimitExhausted')
    })
  })

  describe('real collections and environments from ../shared/corpus', () => {
    const corpus = readCorpus()

    it('reads a useful corpus', () => {
      expect(corpus.collections.length).toBeGreaterThan(80)
      expect(corpus.environments.length).toBeGreaterThanOrEqual(6)
    })

    it('serves every collection back as added (but the info fields and item ids Postman adds), valid per getCollection', async () => {
      const corpusServer = await startExtra({})
      let fullyValid = 0
      for (const { name, doc } of corpus.collections) {
        const { id, uid } = corpusServer.addCollection(doc)
        const res = await call(corpusServer, 'GET', `/collections/${id}`)
        expect({ name, status: res.status }).toEqual({ name, status: 200 })
        const served = res.body.collection
        expect({ name, id: served.info._postman_id, uid: served.info.uid }).toEqual({ name, id, uid })
        // Byte-faithful: the same JSON text once the server's additions are taken out.
        expect({ name, json: JSON.stringify(stripServerAdditions(served, doc)) }).toEqual({
          name,
          json: JSON.stringify(doc)
        })
        for (const item of served.item) expect(typeof item.id).toBe('string')

        // The server adds no violation of its own: every schema error of the served body is one the document
        // already has as added (Postman's API normalizes documents to its stored v2.1 form; this server does not).
        // Enum lists are partial per the description (e.g. auth type `noauth`), so they are not enforced here.
        const servedErrors = spec.validate('getCollection', 200, res.body, { relaxEnums: true })
        const originalErrors = new Set(spec.validate('getCollection', 200, { collection: doc }, { relaxEnums: true }))
        expect({ name, added: servedErrors.filter((e) => !originalErrors.has(e)) }).toEqual({ name, added: [] })
        // A document whose only fault is missing item ids comes out fully valid.
        if ([...originalErrors].every((e) => /must have required property 'id'/.test(e))) {
          expect({ name, servedErrors }).toEqual({ name, servedErrors: [] })
          fullyValid += 1
        }
      }
      expect(fullyValid).toBeGreaterThan(40)
    })

    it('creates v2.1 collections through POST /collections and serves them back identical', async () => {
      const restoreServer = await startExtra({})
      const v21 = corpus.collections.filter(({ doc }) => /v2\.1\.0/.test(String(doc.info.schema)))
      expect(v21.length).toBeGreaterThan(30)
      const taken = new Set<string>()
      let conflicts = 0
      for (const { name, doc } of v21) {
        let posted = doc
        let created = await call(restoreServer, 'POST', '/collections', { collection: posted })
        const wanted = doc.info._postman_id
        if (typeof wanted === 'string' && /^[0-9a-f-]{36}$/.test(wanted) && taken.has(wanted)) {
          // Several corpus files share a _postman_id: the second POST is refused, as documented.
          expect({ name, status: created.status }).toEqual({ name, status: 400 })
          expectValid('createCollection', 400, created.body)
          expect(created.body.error).toMatchObject({
            name: 'instanceFoundError',
            details: { item: 'collection', id: wanted }
          })
          conflicts += 1
          const { _postman_id: _dropped, ...info } = doc.info
          posted = { ...doc, info }
          created = await call(restoreServer, 'POST', '/collections', { collection: posted })
        }
        expect({ name, status: created.status }).toEqual({ name, status: 200 })
        expectValid('createCollection', 200, created.body)
        if (typeof wanted === 'string') taken.add(wanted)
        const served = (await call(restoreServer, 'GET', `/collections/${created.body.collection.id}`)).body.collection
        expect({ name, json: JSON.stringify(stripServerAdditions(served, posted)) }).toEqual({
          name,
          json: JSON.stringify(posted)
        })
      }
      expect(conflicts).toBeGreaterThan(0)
    })

    it('serves every environment with its values as added, valid per getEnvironment', async () => {
      const envServer = await startExtra({})
      for (const { name, doc } of corpus.environments) {
        const { id } = envServer.addEnvironment(doc as { name: string; values: [] })
        const res = await call(envServer, 'GET', `/environments/${id}`)
        expect({ name, status: res.status }).toEqual({ name, status: 200 })
        expect({ name, values: JSON.stringify(res.body.environment.values) }).toEqual({
          name,
          values: JSON.stringify(doc.values)
        })
        expect(res.body.environment.name).toBe(doc.name)
        // Variable types beyond the documented (partial) enum, e.g. `text` in older exports, are the users'.
        expectValid('getEnvironment', 200, res.body, { relaxEnums: true })
      }
    })
  })
})
