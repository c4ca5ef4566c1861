import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import {
  InputError,
  PostmanApiError,
  PostmanAuthError,
  PostmanNotFoundError,
  PostmanRateLimitError
} from '../../src/errors.js'
import { PostmanClient, checkApiKey } from '../../src/postman/client.js'
import { Router, startHttpServer, type Reply, type RunningServer } from '../../test-servers/http-kit.js'

const KEY = 'PMAK-unit-0123456789abcdef'
const collection = {
  info: {
    _postman_id: 'c1',
    name: 'Orders',
    schema: 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json'
  },
  item: []
}

describe('PostmanClient', () => {
  let server: RunningServer
  let answer: (path: string) => Reply
  const waits: number[] = []
  const client = (extra: Partial<ConstructorParameters<typeof PostmanClient>[0]> = {}) =>
    new PostmanClient({ apiKey: KEY, baseUrl: server.url, sleep: async (ms) => void waits.push(ms), ...extra })

  beforeEach(async () => {
    waits.length = 0
    answer = () => ({ status: 200, body: { collection } })
    const router = new Router().on('GET', '/*path', (req) => {
      if (req.headers['x-api-key'] !== KEY)
        return {
          status: 401,
          body: {
            error: {
              name: 'AuthenticationError',
              message: 'Invalid API Key. Every request requires a valid API Key to be sent.'
            }
          }
        }
      return answer(`${req.path}${req.query.size ? `?${req.query}` : ''}`)
    })
    server = await startHttpServer({ router, notFound: () => ({ status: 404, body: {} }) })
  })
  afterEach(() => server.close())

  it('sends the key as X-Api-Key and unwraps the collection envelope', async () => {
    await expect(client().getCollection('c1')).resolves.toEqual(collection)
    expect(server.requests[0].headers['x-api-key']).toBe(KEY)
  })

  it('strips a UTF-8 byte order mark before parsing', async () => {
    answer = () => ({ status: 200, body: `\uFEFF${JSON.stringify({ collection })}` })
    await expect(client().getCollection('c1')).resolves.toEqual(collection)
  })

  it('turns 401 into PostmanAuthError without the key in the message', async () => {
    const error = await client({ apiKey: 'PMAK-wrong-key-987654' })
      .getCollection('c1')
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(PostmanAuthError)
    expect((error as Error).message).toMatch(/rejected the API key \(401: Invalid API Key/)
    expect(JSON.stringify(error) + String((error as Error).stack)).not.toContain('PMAK-wrong-key-987654')
  })

  it.each([404, 400])('treats %i instanceNotFoundError as not found', async (status) => {
    answer = () => ({
      status,
      body: {
        error: { name: 'instanceNotFoundError', message: 'We could not find the collection you are looking for' }
      }
    })
    await expect(client().getCollection('nope')).rejects.toThrow(PostmanNotFoundError)
    expect(server.requests).toHaveLength(1)
  })

  it('retries 429 rateLimited honouring Retry-After, then succeeds', async () => {
    let calls = 0
    answer = () =>
      ++calls <= 2
        ? {
            status: 429,
            body: { error: { name: 'rateLimited', message: 'Rate limit exceeded' } },
            headers: { 'retry-after': '7' }
          }
        : { status: 200, body: { collection } }
    await expect(client().getCollection('c1')).resolves.toEqual(collection)
    expect(waits).toEqual([7000, 7000])
  })

  it('does not retry serviceLimitExhausted and says the monthly quota is spent', async () => {
    answer = () => ({
      status: 429,
      body: { error: { name: 'serviceLimitExhausted', message: 'You have exhausted your API limits.' } }
    })
    const error = await client()
      .getCollection('c1')
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(PostmanRateLimitError)
    expect((error as PostmanRateLimitError).kind).toBe('serviceLimitExhausted')
    expect((error as Error).message).toMatch(/usage limit for this month is spent/)
    expect(server.requests).toHaveLength(1)
  })

  it('retries 5xx with exponential backoff and gives up after the configured attempts', async () => {
    answer = () => ({ status: 503, body: 'Service Unavailable' })
    const error = await client({ retry: { attempts: 3, baseDelayMs: 100 } })
      .getCollection('c1')
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(PostmanApiError)
    expect((error as Error).message).toMatch(/failed after 3 attempts: HTTP 503/)
    expect(waits).toEqual([100, 200])
    expect(server.requests).toHaveLength(3)
  })

  it('fails rather than waits when Retry-After is longer than the longest wait', async () => {
    answer = () => ({ status: 429, body: { error: { name: 'rateLimited' } }, headers: { 'retry-after': '3600' } })
    await expect(client().getCollection('c1')).rejects.toThrow(/asked us to wait 3600 s/)
    expect(waits).toEqual([])
  })

  it('retries dropped connections, truncated bodies and HTML pages, never returning them', async () => {
    server.faults
      .add({ path: '/collections/c1', fault: { kind: 'drop' } })
      .add({ path: '/collections/c1', fault: { kind: 'truncate' } })
      .add({ path: '/collections/c1', fault: { kind: 'html' } })
    await expect(client({ retry: { baseDelayMs: 1 } }).getCollection('c1')).resolves.toEqual(collection)
    expect(server.requests).toHaveLength(4)
  })

  it('gives a clear error when an HTML page keeps coming back with 200', async () => {
    server.faults.add({ path: '/collections/c1', times: Infinity, fault: { kind: 'html' } })
    await expect(client({ retry: { attempts: 2, baseDelayMs: 1 } }).getCollection('c1')).rejects.toThrow(
      /answered 200 with an HTML page/
    )
  })

  it('times out a stalled request and retries it', async () => {
    server.faults.add({ path: '/collections/c1', fault: { kind: 'delay', ms: 1500 } })
    await expect(client({ timeoutMs: 300, retry: { baseDelayMs: 1 } }).getCollection('c1')).resolves.toEqual(collection)
    expect(server.requests.length).toBe(2)
  })

  it('refuses an answer without the envelope', async () => {
    answer = () => ({ status: 200, body: { error: { name: 'x' } } })
    await expect(client().getCollection('c1')).rejects.toThrow(/without a "collection" object/)
  })

  it('follows limit/offset paging of GET /collections', async () => {
    const all = Array.from({ length: 5 }, (_, i) => ({ id: `id${i}`, uid: `1-id${i}`, name: `C${i}` }))
    answer = (path) => {
      const url = new URL(path, 'http://x')
      const offset = Number(url.searchParams.get('offset') ?? 0)
      const limit = Number(url.searchParams.get('limit') ?? 2)
      return {
        status: 200,
        body: { collections: all.slice(offset, offset + limit), meta: { total: all.length, offset, limit } }
      }
    }
    await expect(client().listCollections('ws1')).resolves.toEqual(all)
    expect(server.requests.map((r) => r.query)).toEqual([
      '?workspace=ws1',
      '?workspace=ws1&offset=2&limit=2',
      '?workspace=ws1&offset=4&limit=2'
    ])
  })

  it('records rate-limit headers', async () => {
    answer = () => ({
      status: 200,
      body: { collection },
      headers: { 'ratelimit-limit': '300', 'ratelimit-remaining': '12', 'ratelimit-reset': '30' }
    })
    const c = client()
    await c.getCollection('c1')
    expect(c.rateLimit).toEqual({ limit: 300, remaining: 12, resetSeconds: 30, remainingMonth: undefined })
  })

  it('slows down when the window runs low instead of running into 429s', async () => {
    let remaining = 4
    answer = () => ({
      status: 200,
      body: { collection },
      headers: { 'ratelimit-limit': '300', 'ratelimit-remaining': String(remaining--), 'ratelimit-reset': '30' }
    })
    const c = client()
    await c.getCollection('c1') // remaining 4: no wait before the next
    await c.getCollection('c1') // remaining 3: the next one waits
    expect(waits).toEqual([])
    await c.getCollection('c1')
    expect(waits).toEqual([30000 / 4])
  })

  it('reads an epoch X-RateLimit-Reset as a delta', async () => {
    const epoch = Math.floor(Date.now() / 1000) + 20
    answer = () => ({
      status: 200,
      body: { collection },
      headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(epoch) }
    })
    const c = client()
    await c.getCollection('c1')
    expect(c.rateLimit.resetSeconds).toBeGreaterThan(15)
    expect(c.rateLimit.resetSeconds).toBeLessThanOrEqual(20)
  })

  it('says where it could not connect to', async () => {
    const c = new PostmanClient({ apiKey: KEY, baseUrl: 'http://127.0.0.1:1', retry: { attempts: 1 } })
    await expect(c.getCollection('c1')).rejects.toThrow(
      /Cannot reach the Postman API at http:\/\/127\.0\.0\.1:1.*postman-api-url/
    )
  })
})

describe('checkApiKey', () => {
  it.each([
    ['', /is empty/],
    ['   ', /is empty/],
    ['PMAK-a\nb', /line break/],
    ['PMAK a', /line break, space/]
  ])('refuses %j', (key, why) => {
    expect(() => checkApiKey(key)).toThrow(InputError)
    expect(() => checkApiKey(key)).toThrow(why)
  })

  it('trims surrounding whitespace', () => {
    expect(checkApiKey('  PMAK-x \n')).toBe('PMAK-x')
  })

  it('never echoes the key in its errors', () => {
    expect(() => checkApiKey('PMAK-secret\nvalue')).not.toThrow(/PMAK-secret/)
  })
})

describe('PostmanClient and error bodies that echo the key', () => {
  it('never lets the key from an error body into a warning or an error', async () => {
    const key = 'PMAK-echoed-key-0123456789abcdef'
    const router = new Router().on('GET', '/*path', () => ({
      status: 400,
      body: { error: { name: 'badRequest', message: `Bad key ${key} in X-Api-Key` } }
    }))
    const server = await startHttpServer({ router, notFound: () => ({ status: 404, body: {} }) })
    try {
      server.faults.add({
        path: '/collections/c1',
        fault: {
          kind: 'status',
          status: 503,
          body: { error: { name: 'serverError', message: `upstream said ${key}` } }
        }
      })
      const warnings: string[] = []
      const c = new PostmanClient({
        apiKey: key,
        baseUrl: server.url,
        sleep: async () => {},
        logger: { debug: () => {}, info: () => {}, error: () => {}, warn: (m) => warnings.push(m) }
      })
      const error = await c.getCollection('c1').catch((e: unknown) => e)
      expect((error as Error).message).toMatch(/400/)
      expect(warnings.join('\n')).toMatch(/503/)
      const seen = `${warnings.join('\n')} ${(error as Error).message} ${String((error as Error).stack)} ${JSON.stringify(error)}`
      expect(seen).not.toContain(key)
      expect(seen).not.toContain(Buffer.from(key).toString('base64'))
    } finally {
      await server.close()
    }
  })
})
