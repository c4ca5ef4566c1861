// createOctokit's bounds against hostile answers from raw servers on 127.0.0.1: answers larger than
// the cap (announced, streamed, or inflating from a small gzip), and a server that drips bytes.
import { afterEach, describe, expect, it } from '@jest/globals'
import http from 'node:http'
import type { AddressInfo, Socket } from 'node:net'
import { gzipSync } from 'node:zlib'
import { GitHubApiError } from '../../src/errors.js'
import { createOctokit } from '../../src/github/octokit.js'

const TOKEN = 'ghs_octokitLimitsTest000000000000000000'
const MiB = 1024 * 1024

/** A raw server whose every connection is destroyed on close; `handle` must end each answer itself. */
async function rawServer(handle: (req: http.IncomingMessage, res: http.ServerResponse) => void) {
  const sockets = new Set<Socket>()
  const paths: string[] = []
  const server = http.createServer((req, res) => {
    paths.push(req.url ?? '')
    handle(req, res)
  })
  server.on('connection', (socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    paths,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy()
        server.close(() => resolve())
      })
  }
}

describe('createOctokit bounds', () => {
  const servers: Array<{ close: () => Promise<void> }> = []
  afterEach(async () => {
    await Promise.all(servers.splice(0).map((s) => s.close()))
  })
  const start = async (handle: Parameters<typeof rawServer>[0]) => {
    const server = await rawServer(handle)
    servers.push(server)
    return server
  }
  const getRepo = (url: string, options: { requestTimeout?: number; maxAnswerBytes?: number }) =>
    createOctokit({ token: TOKEN, baseUrl: url, ...options })
      .request('GET /repos/{owner}/{repo}', { owner: 'o', repo: 'r' })
      .catch((e: unknown) => e)

  it('stops reading an answer larger than maxAnswerBytes, once, without retrying', async () => {
    const server = await start((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' })
      const chunk = '{},'.repeat(21_846)
      let sent = 0
      const write = () => {
        while (sent < 8 * MiB && !res.destroyed) {
          sent += chunk.length
          if (!res.write(chunk)) return void res.once('drain', write)
        }
        res.end('{}]')
      }
      res.write('[')
      write()
    })
    const error = await getRepo(server.url, { maxAnswerBytes: MiB })
    expect(error).toBeInstanceOf(GitHubApiError)
    expect((error as Error).message).toMatch(/answer to GET \/repos\/o\/r is larger than 1\.0 MiB.*not retried/)
    expect(server.paths).toHaveLength(1)
  })

  it('refuses an announced Content-Length over the cap', async () => {
    const server = await start((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(200 * MiB) })
      res.write('{"a":')
      setTimeout(() => res.destroy(), 2000)
    })
    const error = await getRepo(server.url, {})
    expect(error).toBeInstanceOf(GitHubApiError)
    expect((error as Error).message).toMatch(/larger than 150 MiB \(announced 200 MiB\)/)
    expect(server.paths).toHaveLength(1)
  })

  it('stops a gzip answer that inflates past the cap, once', async () => {
    const bomb = gzipSync(Buffer.alloc(64 * MiB, 0x20))
    const server = await start((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip' })
      res.end(bomb)
    })
    const error = await getRepo(server.url, { maxAnswerBytes: 4 * MiB })
    expect(error).toBeInstanceOf(GitHubApiError)
    expect((error as Error).message).toMatch(/larger than 4\.0 MiB/)
    expect(server.paths).toHaveLength(1)
  })

  it('reads an ordinary gzip answer', async () => {
    const server = await start((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip' })
      res.end(gzipSync(JSON.stringify({ full_name: 'o/r' })))
    })
    const response = (await getRepo(server.url, {})) as { data: { full_name: string } }
    expect(response.data.full_name).toBe('o/r')
  })

  it('gives each request a total deadline: a dripping server is retried once, then given up', async () => {
    // Headers at once, then one byte every 50 ms for at most 5 s.
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
    const error = await getRepo(server.url, { requestTimeout: 400 })
    expect(error).toBeInstanceOf(GitHubApiError)
    expect((error as Error).message).toMatch(/no complete answer to GET \/repos\/o\/r within 0\.4 s.*twice; gave up/)
    expect(server.paths).toHaveLength(2)
  }, 15_000)
})
