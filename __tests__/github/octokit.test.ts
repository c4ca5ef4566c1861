// createOctokit's bounds against hostile answers from raw servers on 127.0.0.1: answers larger than
// the cap (announced, streamed, or inflating from a small gzip), and a server that drips bytes.
import { afterEach, describe, expect, it } from '@jest/globals'
import { gzipSync } from 'node:zlib'
import { GitHubApiError, InputError } from '../../src/errors.js'
import { createOctokit } from '../../src/github/octokit.js'
import { rawServer } from '../../test-servers/raw-server.js'

const TOKEN = 'ghs_octokitLimitsTest000000000000000000'
const MiB = 1024 * 1024

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

describe('createOctokit: the token goes only to githubApiUrl', () => {
  const servers: Array<{ close: () => Promise<void> }> = []
  afterEach(async () => {
    await Promise.all(servers.splice(0).map((s) => s.close()))
  })
  const start = async (handle: Parameters<typeof rawServer>[0]) => {
    const server = await rawServer(handle)
    servers.push(server)
    return server
  }

  it('does not follow a redirect to another host, and says where it pointed', async () => {
    const seenAuth: Array<string | undefined> = []
    const other = await start((req, res) => {
      seenAuth.push(req.headers.authorization)
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}')
    })
    const api = await start((_req, res) => {
      res.writeHead(302, { location: `${other.url.replace('http://', 'http://user:pw@')}/elsewhere` }).end()
    })
    const error = await createOctokit({ token: TOKEN, baseUrl: api.url })
      .request('GET /user')
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(GitHubApiError)
    const message = (error as Error).message
    expect(message).toContain(`GitHub answered 302 to GET /user with ${other.url}/elsewhere; not followed`)
    expect(message).not.toContain('user:pw')
    expect(message).not.toContain(TOKEN)
    expect(other.paths).toEqual([])
    expect(seenAuth).toEqual([])
    expect(api.paths).toHaveLength(1)
  })

  it('says a 301 for a repository means it moved, naming the new location, without following it', async () => {
    const api = await start((req, res) => {
      if (req.url === '/repos/o/r') {
        res.writeHead(301, { location: `/repositories/42`, 'content-type': 'application/json' })
        res.end(JSON.stringify({ message: 'Moved Permanently', url: '/repositories/42' }))
      } else res.writeHead(200, { 'content-type': 'application/json' }).end('{}')
    })
    const error = await createOctokit({ token: TOKEN, baseUrl: api.url })
      .request('GET /repos/{owner}/{repo}', { owner: 'o', repo: 'r' })
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(GitHubApiError)
    expect((error as Error).message).toMatch(/^The repository has moved \(renamed or transferred\)/)
    expect((error as Error).message).toContain(`${api.url}/repositories/42`)
    expect(api.paths).toEqual(['/repos/o/r'])
  })

  it('refuses plain http to another machine and URLs with user info, without showing them', () => {
    expect(() => createOctokit({ token: TOKEN, baseUrl: 'http://github.example.com/api/v3' })).toThrow(
      /Option "githubApiUrl": "http:\/\/github.example.com\/api\/v3" uses plain http/
    )
    let error: unknown
    try {
      createOctokit({ token: TOKEN, baseUrl: 'https://me:secret-pw@github.example.com/api/v3' })
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(InputError)
    expect((error as Error).message).toContain('"https://github.example.com/api/v3" contains a user name or password')
    expect((error as Error).message).not.toContain('secret-pw')
    for (const local of ['http://127.0.0.1:1', 'http://localhost:1', 'http://[::1]:1', 'http://127.8.9.10']) {
      expect(() => createOctokit({ token: TOKEN, baseUrl: local })).not.toThrow()
    }
  })
})
