// PostmanClient's globals, Spec Hub and delete methods against the local Postman server.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { PostmanApiError, PostmanNotFoundError } from '../../src/errors.js'
import { PostmanClient } from '../../src/postman/client.js'
import type { PostmanServer } from '../../test-servers/postman/server.js'
import { sampleCollection } from '../../test-servers/samples.js'
import { startServers, type Servers } from '../helpers/servers.js'

const KEY = 'PMAK-client-kinds-0123456789abcdef'

describe('PostmanClient: globals, specs, deletes', () => {
  let servers: Servers
  let server: PostmanServer
  let workspace: string
  const client = () => new PostmanClient({ apiKey: KEY, baseUrl: server.url, retry: { baseDelayMs: 1 } })
  const sent = () => server.requests.map((r) => `${r.method} ${r.path}${r.query ?? ''}`)

  beforeAll(async () => {
    servers = await startServers({ apiKey: KEY })
    server = servers.postman
  })
  afterAll(() => servers?.close())
  beforeEach(() => {
    workspace = server.addWorkspace({ name: `Kinds ${Math.random()}` })
    server.requests.length = 0
    server.faults.clear()
  })

  it('reads and replaces a workspace’s globals', async () => {
    await expect(client().getGlobals(workspace)).resolves.toEqual({ values: [] })
    server.setGlobals(workspace, [{ key: 'token', value: 's3cr3t', type: 'secret', enabled: true }])
    await expect(client().getGlobals(workspace)).resolves.toEqual({
      values: [{ key: 'token', value: 's3cr3t', type: 'secret', enabled: true }]
    })
    const values = [{ key: 'baseUrl', value: 'https://example.com', type: 'default', enabled: true }]
    await expect(client().updateGlobals(workspace, values)).resolves.toEqual({ values })
    expect(server.readGlobals(workspace)).toEqual(values)
    await expect(client().getGlobals('4f0b6a1e-0000-4000-8000-000000000000')).rejects.toThrow(PostmanNotFoundError)
  })

  it('lists specs page by page (cursor), and reads a spec, its files and each file', async () => {
    const ids = Array.from({ length: 23 }, (_, i) =>
      server.addSpec(
        {
          name: `Spec ${i}`,
          type: 'OPENAPI:3.0',
          files: [{ path: 'index.yaml', content: `openapi: 3.0.0\n# ${i}\n` }]
        },
        { workspace }
      )
    )
    const listed = await client().listSpecs(workspace)
    expect(listed.map((s) => s.id)).toEqual(ids)
    expect(sent().filter((r) => r.startsWith('GET /specs?'))).toHaveLength(3)

    const id = server.addSpec(
      {
        name: 'Multi',
        type: 'OPENAPI:3.1',
        files: [
          { path: 'index.json', type: 'ROOT', content: '{"openapi":"3.1.0"}' },
          { path: 'components/schemas.json', type: 'DEFAULT', content: '{}' }
        ]
      },
      { workspace }
    )
    await expect(client().getSpec(id)).resolves.toMatchObject({ id, name: 'Multi', type: 'OPENAPI:3.1' })
    const files = await client().listSpecFiles(id)
    expect(files.map((f) => [f.path, f.type])).toEqual([
      ['index.json', 'ROOT'],
      ['components/schemas.json', 'DEFAULT']
    ])
    await expect(client().getSpecFile(id, 'components/schemas.json')).resolves.toMatchObject({
      path: 'components/schemas.json',
      content: '{}'
    })
    // The nested path travels encoded, as one path segment.
    expect(sent()).toContain(`GET /specs/${id}/files/components%2Fschemas.json`)
  })

  it('creates a spec with its files, renames it, and adds, edits and deletes files', async () => {
    const c = client()
    const created = await c.createSpec(workspace, {
      name: 'Orders API',
      type: 'OPENAPI:3.0',
      files: [
        { path: 'index.yaml', type: 'ROOT', content: 'openapi: 3.0.0\n' },
        { path: 'schemas/order.yaml', type: 'DEFAULT', content: 'type: object\n' }
      ]
    })
    expect(created).toMatchObject({ id: expect.any(String), name: 'Orders API', type: 'OPENAPI:3.0' })
    expect(sent()).toContain(`POST /specs?workspaceId=${workspace}`)
    const id = created.id
    await expect(c.updateSpec(id, { name: 'Orders' })).resolves.toMatchObject({ id, name: 'Orders' })
    await expect(c.createSpecFile(id, { path: 'schemas/item.yaml', content: 'type: string\n' })).resolves.toMatchObject(
      { path: 'schemas/item.yaml', type: 'DEFAULT' }
    )
    await c.updateSpecFile(id, 'schemas/order.yaml', { content: 'type: object\nrequired: [id]\n' })
    await c.updateSpecFile(id, 'schemas/item.yaml', { type: 'ROOT' })
    await c.deleteSpecFile(id, 'index.yaml')
    // Deleting what is gone already (a retried DELETE whose answer was lost) is no error.
    await c.deleteSpecFile(id, 'index.yaml')
    expect(server.readSpec(id)).toEqual({
      id,
      workspace,
      name: 'Orders',
      type: 'OPENAPI:3.0',
      files: [
        { path: 'schemas/order.yaml', type: 'DEFAULT', content: 'type: object\nrequired: [id]\n' },
        { path: 'schemas/item.yaml', type: 'ROOT', content: 'type: string\n' }
      ]
    })
    await c.deleteSpec(id)
    expect(server.readSpec(id)).toBeUndefined()
  })

  it('refuses what Postman refuses, with its reason', async () => {
    const id = server.addSpec(
      { name: 'One', type: 'GRAPHQL', files: [{ path: 'a.json', content: '{}' }] },
      { workspace }
    )
    await expect(
      client().createSpec(workspace, {
        name: 'Two roots',
        type: 'OPENAPI:3.0',
        files: [
          { path: 'a.json', type: 'ROOT', content: '{}' },
          { path: 'b.json', type: 'ROOT', content: '{}' }
        ]
      })
    ).rejects.toThrow(PostmanApiError)
    await expect(client().getSpecFile(id, 'missing.json')).rejects.toThrow(PostmanNotFoundError)
  })

  it('deletes collections and environments (prune of a workspace restore)', async () => {
    const { id: collection } = server.addCollection(sampleCollection('Gone'), { workspace })
    const { id: environment } = server.addEnvironment({ name: 'Gone', values: [] }, { workspace })
    await client().deleteCollection(collection)
    await client().deleteEnvironment(environment)
    expect(server.readCollection(collection)).toBeUndefined()
    expect(server.readEnvironment(environment)).toBeUndefined()
    await client().deleteCollection(collection)
  })

  it('retries a 5xx on a PATCH and a 204 answer is a success', async () => {
    const id = server.addSpec(
      { name: 'R', type: 'OPENAPI:3.0', files: [{ path: 'a.json', content: '{}' }] },
      { workspace }
    )
    server.faults.add({
      method: 'PATCH',
      path: `/specs/${id}/files/a.json`,
      times: 1,
      fault: { kind: 'status', status: 502 }
    })
    await client().updateSpecFile(id, 'a.json', { content: '{"x":1}' })
    expect(server.readSpec(id)?.files[0].content).toBe('{"x":1}')
    expect(sent().filter((r) => r.startsWith('PATCH'))).toHaveLength(2)
  })
})
