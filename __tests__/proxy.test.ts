// Both clients go through the proxy HTTPS_PROXY / HTTP_PROXY name (either case) and straight to
// the hosts NO_PROXY names. A tiny proxy on 127.0.0.1 records what passes: plain-http targets
// come as forward-proxy requests (absolute URI) or as CONNECT tunnels, depending on the client.
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import http from 'node:http'
import net, { type AddressInfo, type Socket } from 'node:net'
import { createOctokit } from '../src/github/octokit.js'
import { PostmanClient } from '../src/postman/client.js'
import { bypassesProxy, proxyUrlFor } from '../src/util/proxy.js'
import { Router, startHttpServer, type RunningServer } from '../test-servers/http-kit.js'

const KEY = 'PMAK-proxy-0123456789abcdef'
const TOKEN = 'ghs_proxyTest00000000000000000000000000'
const PROXY_VARIABLES = [
  'HTTPS_PROXY',
  'HTTP_PROXY',
  'NO_PROXY',
  'https_proxy',
  'http_proxy',
  'no_proxy',
  'ALL_PROXY',
  'all_proxy'
]

async function startProxy() {
  const seen: string[] = []
  const sockets = new Set<Socket>()
  const server = http.createServer((req, res) => {
    // Forward proxying: the request line holds the absolute URI.
    seen.push(`${req.method} ${req.url}`)
    const target = new URL(req.url ?? '')
    const upstream = http.request(
      {
        host: target.hostname,
        port: target.port,
        path: target.pathname + target.search,
        method: req.method,
        headers: req.headers
      },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers)
        answer.pipe(res)
      }
    )
    upstream.on('error', () => res.writeHead(502).end())
    req.pipe(upstream)
  })
  server.on('connect', (req: http.IncomingMessage, client: Socket, head: Buffer) => {
    seen.push(`CONNECT ${req.url}`)
    const [host, port] = (req.url ?? '').split(':')
    const upstream = net.connect(Number(port), host, () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n')
      upstream.write(head)
      upstream.pipe(client)
      client.pipe(upstream)
    })
    sockets.add(upstream)
    sockets.add(client)
    upstream.on('error', () => client.destroy())
    client.on('error', () => upstream.destroy())
  })
  server.on('connection', (socket) => sockets.add(socket))
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    seen,
    /** Ends every open tunnel, so the next request through the proxy shows up in `seen`. */
    dropConnections: () => {
      for (const socket of sockets) socket.destroy()
      sockets.clear()
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy()
        server.close(() => resolve())
      })
  }
}

describe('proxy from the environment', () => {
  let proxy: Awaited<ReturnType<typeof startProxy>>
  let postman: RunningServer
  let github: RunningServer
  const saved = Object.fromEntries(PROXY_VARIABLES.map((name) => [name, process.env[name]]))

  beforeAll(async () => {
    proxy = await startProxy()
    postman = await startHttpServer({
      router: new Router().on('GET', '/me', () => ({ status: 200, body: { user: { id: 7 } } })),
      notFound: () => ({ status: 404, body: {} })
    })
    github = await startHttpServer({
      router: new Router().on('GET', '/user', () => ({ status: 200, body: { login: 'octocat' } })),
      notFound: () => ({ status: 404, body: {} })
    })
  })
  afterEach(() => {
    proxy.seen.length = 0
    proxy.dropConnections()
    for (const name of PROXY_VARIABLES) {
      if (saved[name] === undefined) delete process.env[name]
      else process.env[name] = saved[name]
    }
  })
  afterAll(async () => {
    await proxy.close()
    await postman.close()
    await github.close()
  })
  const setProxy = (variables: Record<string, string>) => {
    for (const name of PROXY_VARIABLES) delete process.env[name]
    Object.assign(process.env, variables)
  }
  const postmanPort = () => new URL(postman.url).port
  const githubPort = () => new URL(github.url).port

  it('sends Postman and GitHub requests through HTTP_PROXY', async () => {
    setProxy({ HTTP_PROXY: proxy.url })
    await expect(new PostmanClient({ apiKey: KEY, baseUrl: postman.url }).getAuthenticatedUser()).resolves.toEqual({
      id: 7
    })
    const answer = await createOctokit({ token: TOKEN, baseUrl: github.url }).request('GET /user')
    expect(answer.data).toEqual({ login: 'octocat' })
    expect(proxy.seen.some((line) => line.includes(`127.0.0.1:${postmanPort()}`))).toBe(true)
    expect(proxy.seen.some((line) => line.includes(`127.0.0.1:${githubPort()}`))).toBe(true)
    expect(postman.requests).not.toHaveLength(0)
  })

  it('reads the lowercase spelling too', async () => {
    setProxy({ http_proxy: proxy.url })
    await new PostmanClient({ apiKey: KEY, baseUrl: postman.url }).getAuthenticatedUser()
    await createOctokit({ token: TOKEN, baseUrl: github.url }).request('GET /user')
    expect(proxy.seen).toHaveLength(2)
  })

  it('goes straight to the hosts NO_PROXY names', async () => {
    setProxy({ HTTP_PROXY: proxy.url, HTTPS_PROXY: proxy.url, NO_PROXY: 'example.com,127.0.0.1' })
    const before = postman.requests.length
    await new PostmanClient({ apiKey: KEY, baseUrl: postman.url }).getAuthenticatedUser()
    await createOctokit({ token: TOKEN, baseUrl: github.url }).request('GET /user')
    expect(postman.requests.length).toBe(before + 1)
    expect(proxy.seen).toEqual([])
  })

  it('reads NO_PROXY as curl does', () => {
    const env = { https_proxy: 'proxy.corp:3128', no_proxy: '.internal, example.com:8443 [::1]' }
    expect(proxyUrlFor('https://api.postman.com', env)).toBe('http://proxy.corp:3128')
    expect(proxyUrlFor('http://api.postman.com', env)).toBeUndefined()
    expect(bypassesProxy(new URL('https://ghe.internal/api/v3'), env)).toBe(true)
    expect(bypassesProxy(new URL('https://internal'), env)).toBe(true)
    expect(bypassesProxy(new URL('https://api.example.com:8443'), env)).toBe(true)
    expect(bypassesProxy(new URL('https://api.example.com'), env)).toBe(false)
    expect(bypassesProxy(new URL('http://[::1]:1'), env)).toBe(true)
    expect(bypassesProxy(new URL('https://notexample.com:8443'), env)).toBe(false)
    expect(proxyUrlFor('https://a.b', { HTTPS_PROXY: 'http://p:1', NO_PROXY: '*' })).toBeUndefined()
  })
})
