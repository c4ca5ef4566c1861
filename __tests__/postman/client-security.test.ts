// The Postman key goes only to `postmanApiUrl`, and the client's own messages never hold it:
// redirects are not followed, answers that echo the key are redacted, and a document whose
// answer repeats a key is refused before JSON.parse could pick the harmless occurrence.
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { CollectionValidationError, InputError, PostmanApiError } from '../../src/errors.js'
import { PostmanClient } from '../../src/postman/client.js'
import { Router, startHttpServer, type Reply, type RunningServer } from '../../test-servers/http-kit.js'

const KEY = 'PMAK-security-0123456789abcdef'

describe('PostmanClient security', () => {
  let api: RunningServer
  let other: RunningServer
  let answer: (method: string, path: string) => Reply
  const client = () => new PostmanClient({ apiKey: KEY, baseUrl: api.url, sleep: async () => undefined })
  const failure = (promise: Promise<unknown>) =>
    promise.then(
      () => undefined,
      (e: unknown) => e as Error
    )

  beforeEach(async () => {
    answer = () => ({ status: 200, body: {} })
    const router = new Router()
      .on('GET', '/*path', (req) => answer('GET', req.path))
      .on('PUT', '/*path', (req) => answer('PUT', req.path))
    api = await startHttpServer({ router, notFound: () => ({ status: 404, body: {} }) })
    other = await startHttpServer({
      router: new Router().on('GET', '/*path', () => ({ status: 200, body: { collection: { info: {}, item: [] } } })),
      notFound: () => ({ status: 404, body: {} })
    })
  })
  afterEach(async () => {
    await api.close()
    await other.close()
  })

  it('does not follow a redirect to another host; the message says where it pointed', async () => {
    answer = () => ({ status: 302, headers: { location: `${other.url.replace('http://', 'http://u:p@')}/x` } })
    const error = await failure(client().getCollection('c1'))
    expect(error).toBeInstanceOf(PostmanApiError)
    expect(error?.message).toContain(`Postman answered 302 to ${other.url}/x for GET /collections/c1; not followed`)
    expect(error?.message).toContain('the key is only sent to `postmanApiUrl`')
    expect(error?.message).not.toContain('u:p@')
    expect(other.requests).toHaveLength(0)
    expect(api.requests).toHaveLength(1)
  })

  it('does not follow a 301 to plain http either', async () => {
    answer = () => ({ status: 301, headers: { location: 'http://api.postman.example/collections/c1' } })
    const error = await failure(client().getCollection('c1'))
    expect(error).toBeInstanceOf(PostmanApiError)
    expect((error as PostmanApiError).status).toBe(301)
    expect(error?.message).toContain('answered 301 to http://api.postman.example/collections/c1')
  })

  it('refuses plain http to another machine and URLs with user info, never showing the user info', () => {
    expect(() => new PostmanClient({ apiKey: KEY, baseUrl: 'http://api.postman.com' })).toThrow(InputError)
    expect(() => new PostmanClient({ apiKey: KEY, baseUrl: 'http://api.postman.com' })).toThrow(/uses plain http/)
    let error: Error | undefined
    try {
      new PostmanClient({ apiKey: KEY, baseUrl: 'https://me:pw-secret@api.postman.com' })
    } catch (e) {
      error = e as Error
    }
    expect(error).toBeInstanceOf(InputError)
    expect(error?.message).toContain('"https://api.postman.com" contains a user name or password')
    expect(error?.message).not.toContain('pw-secret')
    expect(() => new PostmanClient({ apiKey: KEY, baseUrl: 'http://localhost:9' })).not.toThrow()
    expect(() => new PostmanClient({ apiKey: KEY, baseUrl: 'http://[::1]:9' })).not.toThrow()
    expect(() => new PostmanClient({ apiKey: KEY, baseUrl: 'https://api.eu.postman.com' })).not.toThrow()
  })

  it('redacts the key from the list of keys of an answer without the expected member', async () => {
    answer = () => ({ status: 200, body: { [KEY]: 1, other: 2 } })
    const error = await failure(client().getCollection('c1'))
    expect(error).toBeInstanceOf(PostmanApiError)
    expect(error?.message).toContain('keys: ***, other')
    expect(error?.message).not.toContain(KEY)
  })

  it("redacts the key from an update task's failure reason", async () => {
    answer = (method, path) =>
      method === 'PUT'
        ? { status: 202, body: { task: { id: 't1', status: 'pending' } } }
        : path.startsWith('/collection-updates-tasks/')
          ? { status: 200, body: { status: 'failed', details: { error: { message: `bad header X-Api-Key: ${KEY}` } } } }
          : { status: 200, body: {} }
    const error = await failure(client().updateCollection('c1', { info: {}, item: [] }, { async: true }))
    expect(error).toBeInstanceOf(PostmanApiError)
    expect(error?.message).toContain('Postman could not update collection "c1": bad header X-Api-Key: ***.')
    expect(error?.message).not.toContain(KEY)
  })

  it('refuses a collection whose answer repeats a key, naming the pointer and never the value', async () => {
    const text =
      '{"collection":{"info":{"name":"A"},"item":[],"variable":[{"key":"k","value":"s3cr3t-value","type":"secret","type":"string"}]}}'
    answer = () => ({ status: 200, body: text, headers: { 'content-type': 'application/json' } })
    const error = await failure(client().getCollection('c1'))
    expect(error).toBeInstanceOf(CollectionValidationError)
    expect(error?.message).toContain('collection "c1"')
    expect(error?.message).toContain('/collection/variable/0/type')
    expect(error?.message).not.toContain('s3cr3t-value')
    expect((error as CollectionValidationError).issues).toEqual([
      {
        pointer: '/collection/variable/0/type',
        message: 'the key "type" appears more than once in the object at "/collection/variable/0"'
      }
    ])
  })

  it('refuses an environment whose answer repeats a key (escaped spellings count), and reads a clean one', async () => {
    answer = () => ({
      status: 200,
      body: '{"environment":{"name":"E","values":[{"key":"k","value":"v","type":"secret","typ\\u0065":"default"}]}}'
    })
    await expect(client().getEnvironment('e1')).rejects.toThrow(/environment "e1".*\/environment\/values\/0\/type/)
    answer = () => ({ status: 200, body: { environment: { name: 'E', values: [] } } })
    await expect(client().getEnvironment('e1')).resolves.toEqual({ name: 'E', values: [] })
  })
})
