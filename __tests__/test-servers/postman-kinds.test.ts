// The local Postman server's globals, Spec Hub routes, deletes and wipe: behaviour the restore
// tests rely on (shapes are checked against Postman's OpenAPI in postman-kinds.corpus.test.ts).
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { startPostmanServer, type PostmanServer } from '../../test-servers/postman/server.js'
import { sampleCollection } from '../../test-servers/samples.js'

describe('local Postman server: globals, specs, deletes, wipe', () => {
  let server: PostmanServer
  const call = async (method: string, path: string, body?: unknown, key?: string) => {
    const res = await fetch(`${server.url}${path}`, {
      method,
      headers: {
        'X-Api-Key': key ?? server.apiKey,
        ...(body !== undefined ? { 'Content-Type': 'application/json' } : {})
      },
      body: body === undefined ? undefined : JSON.stringify(body)
    })
    const text = await res.text()
    return { status: res.status, body: text ? (JSON.parse(text) as Record<string, any>) : undefined } // eslint-disable-line @typescript-eslint/no-explicit-any
  }

  beforeAll(async () => {
    server = await startPostmanServer()
  })
  afterAll(() => server.close())

  it('keeps globals per workspace; PUT replaces them all; an unknown workspace is 404', async () => {
    const a = server.addWorkspace({ name: 'A' })
    const b = server.addWorkspace({ name: 'B' })
    server.setGlobals(a, [{ key: 'one', value: '1' }])
    await call('PUT', `/workspaces/${b}/global-variables`, { values: [{ key: 'two', value: '2', type: 'secret' }] })
    expect(server.readGlobals(a)).toEqual([{ key: 'one', value: '1' }])
    await call('PUT', `/workspaces/${a}/global-variables`, { values: [] })
    expect(server.readGlobals(a)).toEqual([])
    expect(server.readGlobals(b)).toEqual([{ key: 'two', value: '2', type: 'secret' }])
    expect((await call('GET', '/workspaces/4f0b6a1e-0000-4000-8000-000000000000/global-variables')).status).toBe(404)
    expect((await call('PUT', `/workspaces/${a}/global-variables`, { values: 'x' })).status).toBe(400)
    expect((await call('GET', `/workspaces/${a}/global-variables`, undefined, 'PMAK-wrong')).status).toBe(401)
  })

  it('pages specs with cursor and limit (default 10), and checks created files', async () => {
    const ws = server.addWorkspace({ name: 'Specs' })
    for (let i = 0; i < 12; i++)
      server.addSpec(
        { name: `S${i}`, type: 'OPENAPI:3.0', files: [{ path: 'a.yaml', content: 'x: 1\n' }] },
        { workspace: ws }
      )
    const first = await call('GET', `/specs?workspaceId=${ws}`)
    expect(first.body?.specs).toHaveLength(10)
    const second = await call('GET', `/specs?workspaceId=${ws}&cursor=${first.body?.meta.nextCursor}`)
    expect(second.body?.specs.map((s: { name: string }) => s.name)).toEqual(['S10', 'S11'])
    expect(second.body?.meta.nextCursor).toBeNull()
    expect((await call('GET', '/specs')).status).toBe(400)
    const bad = await call('POST', `/specs?workspaceId=${ws}`, {
      name: 'Bad',
      type: 'OPENAPI:3.0',
      files: [
        { path: 'a.json', content: '{}' },
        { path: 'b.json', content: '{}' }
      ]
    })
    expect(bad).toMatchObject({ status: 400, body: { detail: expect.stringMatching(/ROOT/) } })
    const single = await call('POST', `/specs?workspaceId=${ws}`, {
      name: 'One',
      type: 'OPENAPI:3.0',
      files: [{ path: 'a.json', content: '{}' }]
    })
    expect(server.readSpec(single.body?.id)?.files).toEqual([{ path: 'a.json', type: 'ROOT', content: '{}' }])
  })

  it('deletes collections and environments, and wipe() empties every workspace', async () => {
    const ws = server.addWorkspace({ name: 'Doomed' })
    const { id: c } = server.addCollection(sampleCollection('C'), { workspace: ws })
    const { id: e } = server.addEnvironment({ name: 'E', values: [] }, { workspace: ws })
    expect(await call('DELETE', `/collections/${c}`)).toMatchObject({ status: 200, body: { collection: { id: c } } })
    expect((await call('DELETE', `/collections/${c}`)).status).toBe(404)
    expect(await call('DELETE', `/environments/${e}`)).toMatchObject({ status: 200, body: { environment: { id: e } } })
    server.addCollection(sampleCollection('C2'), { workspace: ws })
    server.setGlobals(ws, [{ key: 'k', value: 'v' }])
    const s = server.addSpec(
      { name: 'S', type: 'GRAPHQL', files: [{ path: 'a.json', content: '{}' }] },
      { workspace: ws }
    )
    server.wipe()
    expect((await call('GET', `/collections?workspace=${ws}`)).body?.collections).toEqual([])
    expect(server.readGlobals(ws)).toEqual([])
    expect(server.readSpec(s)).toBeUndefined()
    // Workspaces survive a wipe: a restore goes into one.
    expect((await call('GET', `/workspaces/${ws}`)).status).toBe(200)
  })
})
