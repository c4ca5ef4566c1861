import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { gzipSync } from 'node:zlib'
import {
  InputError,
  PostmanApiError,
  PostmanAuthError,
  PostmanNotFoundError,
  PostmanRateLimitError
} from '../../src/errors.js'
import { PostmanClient, checkApiKey } from '../../src/postman/client.js'
import { Router, startHttpServer, type Reply, type RunningServer } from '../../test-servers/http-kit.js'
import { startServers } from '../helpers/servers.js'
import { rawServer } from '../../test-servers/raw-server.js'

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
    expect(waits).toHaveLength(2)
    for (const wait of waits) expect(Math.abs(wait - 7000)).toBeLessThan(100)
  })

  it.each([
    ['flat', { error: 'rateLimited', message: 'Rate limit exceeded. Please retry after 1700000000' }, {}],
    [
      'problem+json',
      { type: 'https://api.postman.com/problems/rate-limit-exceeded', title: 'Too Many Requests', status: 429 },
      { 'content-type': 'application/problem+json' }
    ]
  ])('retries a %s 429 honouring Retry-After', async (_shape, body, headers) => {
    let calls = 0
    answer = () =>
      ++calls === 1
        ? { status: 429, body, headers: { ...headers, 'retry-after': '3' } }
        : { status: 200, body: { collection } }
    await expect(client().getCollection('c1')).resolves.toEqual(collection)
    expect(server.requests).toHaveLength(2)
    expect(Math.abs(waits[0] - 3000)).toBeLessThan(100)
  })

  it.each([
    ['nested', { error: { name: 'serviceLimitExhausted', message: 'You have exhausted your API limits.' } }, {}],
    ['flat', { error: 'serviceLimitExhausted', message: "You've reached the Postman API usage limit" }, {}],
    [
      'problem+json',
      {
        type: 'https://api.postman.com/problems/service-limit-exhausted',
        title: 'Service Limit Exhausted',
        status: 429
      },
      {}
    ],
    [
      'rateLimited body with RateLimit-Remaining-Month: 0',
      { error: 'rateLimited', message: 'Too many requests' },
      { 'ratelimit-remaining-month': '0', 'retry-after': '1' }
    ]
  ])('fails fast on an exhausted monthly quota: %s', async (_shape, body, headers) => {
    answer = () => ({ status: 429, body, headers })
    const error = await client()
      .getCollection('c1')
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(PostmanRateLimitError)
    expect((error as PostmanRateLimitError).kind).toBe('serviceLimitExhausted')
    expect((error as Error).message).toMatch(/usage limit for this month is spent/)
    expect(server.requests).toHaveLength(1)
    expect(waits).toEqual([])
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

  it('waits for the next window when the calls of this one are spent', async () => {
    let remaining = 2
    answer = () => ({
      status: 200,
      body: { collection },
      headers: {
        'ratelimit-limit': '3',
        'ratelimit-remaining': String(Math.max(0, remaining--)),
        'ratelimit-reset': '30'
      }
    })
    const c = client()
    await c.getCollection('c1') // 2 left
    await c.getCollection('c1') // 1 left
    await c.getCollection('c1') // 0 left: the next one waits
    expect(waits).toEqual([])
    await c.getCollection('c1')
    expect(waits).toHaveLength(1)
    expect(waits[0]).toBeGreaterThan(29_000)
    expect(waits[0]).toBeLessThanOrEqual(30_000)
  })

  it('keeps concurrent calls within the window: no 429 with 24 calls at once against 8 per second', async () => {
    const servers = await startServers({
      apiKey: KEY,
      postman: { rateLimit: { perWindow: 8, windowSeconds: 1, endpointLimits: false } }
    })
    const { postman } = servers
    try {
      const { id } = postman.addCollection(collection)
      const c = new PostmanClient({ apiKey: KEY, baseUrl: postman.url })
      const all = await Promise.all(Array.from({ length: 24 }, () => c.getCollection(id)))
      expect(all).toHaveLength(24)
      const statuses = postman.requests.map((r) => r.status)
      expect(statuses.filter((s) => s === 429)).toEqual([])
      expect(statuses).toHaveLength(24)
    } finally {
      await servers.close()
    }
  }, 20_000)

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
      /Cannot reach the Postman API at http:\/\/127\.0\.0\.1:1.*`postmanApiUrl`/
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

/**
 * A raw HTTP server on 127.0.0.1 for hostile answers the kit does not send. Every connection is
 * ended on close, and `handle` must end each answer by itself within a bounded time.
 */
describe('PostmanClient and hostile answers', () => {
  const servers: Array<{ close: () => Promise<void> }> = []
  afterEach(async () => {
    await Promise.all(servers.splice(0).map((s) => s.close()))
  })
  const start = async (handle: Parameters<typeof rawServer>[0]) => {
    const server = await rawServer(handle)
    servers.push(server)
    return server
  }
  const client = (url: string, extra: Partial<ConstructorParameters<typeof PostmanClient>[0]> = {}) =>
    new PostmanClient({ apiKey: KEY, baseUrl: url, sleep: async () => {}, ...extra })
  const MiB = 1024 * 1024

  it('stops reading an answer larger than maxAnswerBytes, once, without retrying', async () => {
    // 8 MiB of tiny objects, chunked (no Content-Length), against a 1 MiB cap.
    const server = await start((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' })
      const chunk = '{},'.repeat(21_846)
      let sent = 0
      const write = () => {
        while (sent < 8 * MiB) {
          sent += chunk.length
          if (!res.write(chunk)) return void res.once('drain', write)
        }
        res.end('{}]')
      }
      res.write('[')
      write()
    })
    const error = await client(server.url, { maxAnswerBytes: MiB })
      .getCollection('c1')
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(PostmanApiError)
    expect((error as Error).message).toMatch(/answer to GET \/collections\/c1 .* is larger than 1\.0 MiB.*not retried/)
    expect(server.paths).toHaveLength(1)
  })

  it('refuses an announced Content-Length over the cap before reading the body', async () => {
    const server = await start((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(200 * MiB) })
      res.write('{"collection":')
      setTimeout(() => res.destroy(), 2000)
    })
    await expect(client(server.url, { maxAnswerBytes: 150 * MiB }).getCollection('c1')).rejects.toThrow(
      /larger than 150 MiB \(announced 200 MiB\)/
    )
    expect(server.paths).toHaveLength(1)
  })

  it('stops inflating a gzip bomb at the cap, once', async () => {
    // 64 MiB of zeros compress to about 64 KB.
    const bomb = gzipSync(Buffer.alloc(64 * MiB, 0x20))
    const server = await start((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip' })
      res.end(bomb)
    })
    const error = await client(server.url, { maxAnswerBytes: 4 * MiB })
      .getCollection('c1')
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(PostmanApiError)
    expect((error as Error).message).toMatch(/larger than 4\.0 MiB \(after inflating/)
    expect(server.paths).toHaveLength(1)
  })

  it('inflates an ordinary gzip answer', async () => {
    const server = await start((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip' })
      res.end(gzipSync(JSON.stringify({ collection })))
    })
    await expect(client(server.url).getCollection('c1')).resolves.toEqual(collection)
  })

  it('refuses an answer of more JSON values than maxAnswerValues without parsing it', async () => {
    const server = await start((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' })
      res.end(`{"collection":{"info":{"name":"{,,,}"},"item":[${'{},'.repeat(2000)}{}]}}`)
    })
    await expect(client(server.url, { maxAnswerValues: 1000 }).getCollection('c1')).rejects.toThrow(
      /holds more than 1000 JSON values/
    )
    expect(server.paths).toHaveLength(1)
  })

  it('gives each request a total deadline: a server dripping bytes cannot stretch it', async () => {
    // One byte every 50 ms, for at most 5 s: each read stays far under any idle timeout.
    const server = await start((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' })
      let n = 0
      const timer = setInterval(() => {
        if (++n > 100 || res.destroyed) {
          clearInterval(timer)
          res.destroy()
        } else res.write(' ')
      }, 50)
      res.on('close', () => clearInterval(timer))
    })
    const error = await client(server.url, { timeoutMs: 400 })
      .getCollection('c1')
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(PostmanApiError)
    expect((error as Error).message).toMatch(/no complete answer within 0\.4 s .*twice; gave up/)
    // Retried once (a stalled connection may heal), then given up.
    expect(server.paths).toHaveLength(2)
  })

  describe('paging', () => {
    const item = (i: number) => ({ id: `id${i}`, uid: `1-id${i}`, name: `C${i}` })
    const list = (handle: (offset: number, limit: number) => unknown) =>
      start((req, res) => {
        const url = new URL(req.url ?? '/', 'http://x')
        const body = handle(Number(url.searchParams.get('offset') ?? 0), Number(url.searchParams.get('limit') ?? 0))
        res.writeHead(200, { 'content-type': 'application/json' })
        res.end(JSON.stringify(body))
      })

    it('refuses a list that claims more documents than any workspace holds, after one page', async () => {
      const server = await list((offset) => ({ collections: [item(offset)], meta: { total: 1e12 } }))
      await expect(client(server.url).listCollections()).rejects.toThrow(
        /collections list claims more collections than any workspace holds/
      )
      expect(server.paths).toHaveLength(1)
    })

    it('stops when a page brings nothing new', async () => {
      const server = await list(() => ({ collections: [item(0), item(1)], meta: { total: 50 } }))
      await expect(client(server.url).listCollections()).rejects.toThrow(/makes no progress/)
      expect(server.paths).toHaveLength(2)
    })

    it('stops when it takes more pages than its total allows', async () => {
      // 10 on the first page, then one new document per page: 100 claimed need 10 pages of 10.
      const server = await list((offset) => ({
        collections: offset === 0 ? Array.from({ length: 10 }, (_, i) => item(i)) : [item(offset)],
        meta: { total: 100 }
      }))
      await expect(client(server.url).listCollections()).rejects.toThrow(/needs more pages than its total allows/)
      expect(server.paths).toHaveLength(11)
    })
  })
})
