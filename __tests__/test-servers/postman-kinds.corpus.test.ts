// The local Postman server's globals and Spec Hub routes against Postman's own OpenAPI description
// (../shared/reference/postman-api/openapi.yaml): every answer validated against the documented
// schema of its operation and status, every request body against the documented request schema.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { loadPostmanOpenApi, type PostmanOpenApi } from '../../test-servers/postman/openapi.js'
import { startPostmanServer, type PostmanServer } from '../../test-servers/postman/server.js'
import { requireShared, sharedPath } from '../helpers/corpus.js'

type Json = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any

const OPENAPI_FILE = sharedPath('reference', 'postman-api', 'openapi.yaml')
requireShared(OPENAPI_FILE)

describe('local Postman server: globals and specs against Postman OpenAPI', () => {
  let spec: PostmanOpenApi
  let server: PostmanServer
  let workspace: string

  const call = async (method: string, path: string, body?: unknown) => {
    const res = await fetch(`${server.url}${path}`, {
      method,
      headers: { 'X-Api-Key': server.apiKey, ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}) },
      body: body === undefined ? undefined : JSON.stringify(body)
    })
    const text = await res.text()
    return { status: res.status, body: (text ? JSON.parse(text) : undefined) as Json }
  }
  const expectValid = (operationId: string, status: number, body: unknown) =>
    expect({ operationId, status, errors: spec.validate(operationId, status, body) }).toEqual({
      operationId,
      status,
      errors: []
    })
  const expectValidRequest = (operationId: string, body: unknown) =>
    expect({ operationId, errors: spec.validateRequest(operationId, body) }).toEqual({ operationId, errors: [] })

  beforeAll(async () => {
    spec = loadPostmanOpenApi(OPENAPI_FILE)
    server = await startPostmanServer()
    workspace = server.addWorkspace({ name: 'Specs' })
  })
  afterAll(() => server.close())

  it('GET and PUT /workspaces/{id}/global-variables answer the documented shapes', async () => {
    expect(spec.operation('getWorkspaceGlobalVariables')).toMatchObject({
      method: 'get',
      path: '/workspaces/{workspaceId}/global-variables'
    })
    const empty = await call('GET', `/workspaces/${workspace}/global-variables`)
    expect(empty).toEqual({ status: 200, body: { values: [] } })
    expectValid('getWorkspaceGlobalVariables', 200, empty.body)
    const values = {
      values: [
        { key: 'x-api-key', value: '{{postman-api-key}}', type: 'secret', enabled: true, description: 'A key.' },
        { key: 'collectionId', value: '12345678-12ece9e1', type: 'default', enabled: true }
      ]
    }
    expectValidRequest('updateWorkspaceGlobalVariables', values)
    const put = await call('PUT', `/workspaces/${workspace}/global-variables`, values)
    expect(put.status).toBe(200)
    expectValid('updateWorkspaceGlobalVariables', 200, put.body)
    const read = await call('GET', `/workspaces/${workspace}/global-variables`)
    expectValid('getWorkspaceGlobalVariables', 200, read.body)
    expect(read.body).toEqual(values)
  })

  it('creates, reads, renames and edits a multi-file spec as documented', async () => {
    const request = {
      name: 'Sample API',
      type: 'OPENAPI:3.0',
      files: [
        { path: 'index.json', type: 'ROOT', content: '{"openapi":"3.0.0","paths":{}}' },
        { path: 'components/schemas.json', type: 'DEFAULT', content: '{"Id":{"type":"string"}}' }
      ]
    }
    expectValidRequest('createSpec', request)
    const created = await call('POST', `/specs?workspaceId=${workspace}`, request)
    expect(created.status).toBe(201)
    expectValid('createSpec', 201, created.body)
    const id = created.body.id as string

    const list = await call('GET', `/specs?workspaceId=${workspace}`)
    expectValid('getAllSpecs', 200, list.body)
    expect(list.body.specs.map((s: Json) => s.id)).toEqual([id])

    const one = await call('GET', `/specs/${id}`)
    expectValid('getSpec', 200, one.body)
    expect(one.body).toMatchObject({ id, name: 'Sample API', type: 'OPENAPI:3.0', fileFormat: 'json' })

    const files = await call('GET', `/specs/${id}/files`)
    expectValid('getSpecFiles', 200, files.body)
    expect(files.body.files.map((f: Json) => [f.path, f.name, f.type])).toEqual([
      ['index.json', 'index.json', 'ROOT'],
      ['components/schemas.json', 'schemas.json', 'DEFAULT']
    ])

    const nested = await call('GET', `/specs/${id}/files/${encodeURIComponent('components/schemas.json')}`)
    expectValid('getSpecFile', 200, nested.body)
    expect(nested.body.content).toBe('{"Id":{"type":"string"}}')

    expectValidRequest('updateSpecProperties', { name: 'Renamed API' })
    const renamed = await call('PATCH', `/specs/${id}`, { name: 'Renamed API' })
    expectValid('updateSpecProperties', 200, renamed.body)

    expectValidRequest('createSpecFile', { path: 'extra.yaml', content: 'a: 1\n' })
    const added = await call('POST', `/specs/${id}/files`, { path: 'extra.yaml', content: 'a: 1\n' })
    expect(added.status).toBe(201)
    expectValid('createSpecFile', 201, added.body)

    const patched = await call('PATCH', `/specs/${id}/files/extra.yaml`, { content: 'a: 2\n' })
    expectValid('updateSpecFile', 200, patched.body)
    const rooted = await call('PATCH', `/specs/${id}/files/extra.yaml`, { type: 'ROOT' })
    expectValid('updateSpecFile', 200, rooted.body)
    expect(
      server
        .readSpec(id)
        ?.files.filter((f) => f.type === 'ROOT')
        .map((f) => f.path)
    ).toEqual(['extra.yaml'])

    const deleted = await call('DELETE', `/specs/${id}/files/${encodeURIComponent('components/schemas.json')}`)
    expect(deleted).toEqual({ status: 204, body: undefined })
    expect(server.readSpec(id)?.files.map((f) => f.path)).toEqual(['index.json', 'extra.yaml'])
  })

  it('answers errors in the documented problem shape', async () => {
    const missing = await call('GET', '/specs/4f0b6a1e-0000-4000-8000-000000000000')
    expect(missing.status).toBe(404)
    expectValid('getSpec', 404, missing.body)
    const noWorkspace = await call('GET', '/specs?workspaceId=4f0b6a1e-0000-4000-8000-000000000000')
    expect(noWorkspace.status).toBe(400)
    expectValid('getAllSpecs', 400, noWorkspace.body)
    const noName = await call('POST', `/specs?workspaceId=${workspace}`, { type: 'OPENAPI:3.0', files: [] })
    expect(noName.status).toBe(400)
    expectValid('createSpec', 400, noName.body)
    const id = server.addSpec(
      { name: 'One', type: 'OPENAPI:3.1', files: [{ path: 'a.json', content: '{}' }] },
      { workspace }
    )
    const two = await call('PATCH', `/specs/${id}/files/a.json`, { content: '{}', type: 'ROOT' })
    expect(two.status).toBe(400)
    expectValid('updateSpecFile', 400, two.body)
    const noFile = await call('GET', `/specs/${id}/files/b.json`)
    expect(noFile.status).toBe(404)
    expectValid('getSpecFile', 404, noFile.body)
  })
})
