// PostmanClient's write methods against the local Postman API server: the shapes Postman's
// OpenAPI gives them, the same error mapping as the GETs, and retries that never duplicate a POST.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { PostmanApiError, PostmanAuthError, PostmanNotFoundError } from '../../src/errors.js'
import { PostmanClient } from '../../src/postman/client.js'
import { rateLimited, type PostmanServer } from '../../test-servers/postman/server.js'
import { sampleCollection } from '../../test-servers/samples.js'
import { startServers, type Servers } from '../helpers/servers.js'

const KEY = 'PMAK-client-writes-0123456789abcdef'
const UNKNOWN = '4f0b6a1e-0000-4000-8000-000000000000'

describe('PostmanClient writes', () => {
  let servers: Servers
  let server: PostmanServer
  const waits: number[] = []
  const client = (apiKey = KEY) =>
    new PostmanClient({
      apiKey,
      baseUrl: server.url,
      retry: { baseDelayMs: 1 },
      sleep: async (ms) => void waits.push(ms)
    })
  const sent = (method: string, path: string | RegExp) =>
    server.requests.filter(
      (r) => r.method === method && (typeof path === 'string' ? r.path === path : path.test(r.path))
    )

  beforeAll(async () => {
    servers = await startServers({ apiKey: KEY })
    server = servers.postman
  })
  afterAll(() => servers?.close())
  beforeEach(() => {
    server.requests.length = 0
    server.faults.clear()
    waits.length = 0
  })

  describe('collections', () => {
    it('PUT /collections/{id} replaces the collection and answers its identity', async () => {
      const { id, uid } = server.addCollection(sampleCollection('Orders'))
      const changed = sampleCollection('Orders v2', 3)
      changed.info = { ...(changed.info as object), _postman_id: id }
      await expect(client().updateCollection(id, changed)).resolves.toEqual({ id, uid, name: 'Orders v2' })
      const [put] = sent('PUT', `/collections/${id}`)
      expect(JSON.parse(put.body as string)).toEqual({ collection: changed })
      expect(put.headers['content-type']).toMatch(/^application\/json/)
      const stored = server.readCollection(id) as { info: { name: string }; item: Array<{ item: unknown[] }> }
      expect(stored.info.name).toBe('Orders v2')
      expect(stored.item[0].item).toHaveLength(3)
    })

    it('POST /collections?workspace= creates a collection there', async () => {
      const workspace = server.addWorkspace({ name: 'Team' })
      const created = await client().createCollection(sampleCollection('Fresh'), workspace)
      expect(created).toEqual({ id: expect.any(String), uid: `${server.ownerId}-${created.id}`, name: 'Fresh' })
      expect(sent('POST', '/collections')[0].query).toBe(`?workspace=${workspace}`)
      expect((server.readCollection(created.id) as { info: { name: string } }).info.name).toBe('Fresh')
    })

    it('PUT with async waits for the update task, then answers the identity', async () => {
      const { id, uid } = server.addCollection(sampleCollection('Big'))
      await expect(client().updateCollection(id, sampleCollection('Big, updated'), { async: true })).resolves.toEqual({
        id,
        uid,
        name: 'Big, updated'
      })
      expect(sent('PUT', `/collections/${id}`)[0].headers.prefer).toBe('respond-async')
      expect(sent('GET', /^\/collection-updates-tasks\//)).toHaveLength(1)
    })

    it('maps 401 to PostmanAuthError without the key in the message', async () => {
      const { id } = server.addCollection(sampleCollection('Locked'))
      const wrong = 'PMAK-wrong-write-key-5555555555'
      const error = await client(wrong)
        .updateCollection(id, sampleCollection('x'))
        .catch((e: unknown) => e)
      expect(error).toBeInstanceOf(PostmanAuthError)
      expect(`${(error as Error).message}${(error as Error).stack}`).not.toContain(wrong)
      expect(sent('PUT', `/collections/${id}`)).toHaveLength(1)
    })

    it('maps 404 of a PUT to PostmanNotFoundError, without retrying', async () => {
      await expect(client().updateCollection(UNKNOWN, sampleCollection('x'))).rejects.toThrow(PostmanNotFoundError)
      expect(sent('PUT', `/collections/${UNKNOWN}`)).toHaveLength(1)
    })

    it('reports why Postman refused a body (400 malformedRequestError, with its details)', async () => {
      const { id } = server.addCollection(sampleCollection('Strict'))
      const error = await client()
        .updateCollection(id, { info: { name: 'no schema' } })
        .catch((e: unknown) => e)
      expect(error).toBeInstanceOf(PostmanApiError)
      expect((error as Error).message).toMatch(
        /answered 400 for PUT of collection .*Found 2 errors.*must have required property 'item'/
      )
    })

    it('retries a PUT after 429 (honouring Retry-After) and after a dropped connection', async () => {
      const { id } = server.addCollection(sampleCollection('Busy'))
      server.faults
        .add({ method: 'PUT', path: `/collections/${id}`, fault: rateLimited(3) })
        .add({ method: 'PUT', path: `/collections/${id}`, fault: { kind: 'drop' } })
      await expect(client().updateCollection(id, sampleCollection('Busy, updated'))).resolves.toMatchObject({
        id,
        name: 'Busy, updated'
      })
      expect(sent('PUT', `/collections/${id}`)).toHaveLength(3)
      // Retry-After: 3, less the few milliseconds between the answer and the pacer's wait.
      expect(waits[0]).toBeGreaterThan(2900)
      expect(waits[0]).toBeLessThanOrEqual(3000)
    })

    it('never sends a POST again after a dropped connection: the collection may exist already', async () => {
      const workspace = server.addWorkspace({ name: 'Dropped' })
      server.faults.add({ method: 'POST', path: '/collections', fault: { kind: 'drop' } })
      const error = await client()
        .createCollection(sampleCollection('Once'), workspace)
        .catch((e: unknown) => e)
      expect(error).toBeInstanceOf(PostmanApiError)
      expect((error as Error).message).toMatch(
        /may have created a new collection nonetheless, so it was not sent again/
      )
      expect(sent('POST', '/collections')).toHaveLength(1)
    })

    it.each([
      ['a 502', { kind: 'status', status: 502 } as const],
      ['an HTML page with 200', { kind: 'html' } as const],
      ['a truncated answer', { kind: 'truncate' } as const]
    ])('never sends a POST again after %s', async (_, fault) => {
      const workspace = server.addWorkspace({ name: 'Unclear' })
      server.faults.add({ method: 'POST', path: '/collections', fault })
      await expect(client().createCollection(sampleCollection('Once'), workspace)).rejects.toThrow(/not sent again/)
      expect(sent('POST', '/collections')).toHaveLength(1)
    })

    it('never sends a POST again after it timed out', async () => {
      server.faults.add({ method: 'POST', path: '/collections', fault: { kind: 'delay', ms: 1000 } })
      const slow = new PostmanClient({ apiKey: KEY, baseUrl: server.url, timeoutMs: 200, retry: { baseDelayMs: 1 } })
      await expect(slow.createCollection(sampleCollection('Slow'))).rejects.toThrow(/not sent again/)
      expect(sent('POST', '/collections')).toHaveLength(1)
    })

    it('sends a POST again only after answers that prove nothing was done (429, 503)', async () => {
      const workspace = server.addWorkspace({ name: 'Retry' })
      server.faults
        .add({ method: 'POST', path: '/collections', fault: rateLimited(1) })
        .add({ method: 'POST', path: '/collections', fault: { kind: 'status', status: 503 } })
      const created = await client().createCollection(sampleCollection('Twice refused'), workspace)
      expect(sent('POST', '/collections')).toHaveLength(3)
      const listed = await client().listCollections(workspace)
      expect(listed.map((c) => c.id)).toEqual([created.id])
    })

    it('says which workspace a POST could not find', async () => {
      await expect(client().createCollection(sampleCollection('Lost'), UNKNOWN)).rejects.toThrow(
        new RegExp(`cannot create a new collection in workspace "${UNKNOWN}"`)
      )
    })
  })

  describe('environments', () => {
    it('PUT /environments/{id} replaces name and values', async () => {
      const { id, uid } = server.addEnvironment({
        name: 'Staging',
        values: [{ key: 'url', value: 'https://old', type: 'default', enabled: true }]
      })
      const values = [{ key: 'url', value: 'https://new', type: 'default', enabled: true }]
      await expect(client().updateEnvironment(id, { name: 'Staging 2', values })).resolves.toEqual({
        id,
        uid,
        name: 'Staging 2'
      })
      expect(server.readEnvironment(id)).toMatchObject({ name: 'Staging 2', values })
    })

    it('POST /environments?workspace= creates one; 404 of a PUT is PostmanNotFoundError', async () => {
      const workspace = server.addWorkspace({ name: 'Env team' })
      const created = await client().createEnvironment({ name: 'Production', values: [] }, workspace)
      expect(created.name).toBe('Production')
      expect(server.readEnvironment(created.id)).toMatchObject({ name: 'Production', values: [] })
      await expect(client().updateEnvironment(UNKNOWN, { name: 'x', values: [] })).rejects.toThrow(PostmanNotFoundError)
    })

    it('never sends a POST /environments again after a dropped connection', async () => {
      server.faults.add({ method: 'POST', path: '/environments', fault: { kind: 'drop' } })
      await expect(client().createEnvironment({ name: 'Once', values: [] })).rejects.toThrow(/not sent again/)
      expect(sent('POST', '/environments')).toHaveLength(1)
    })
  })
})
