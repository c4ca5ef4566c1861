// The real services' limits and hostile answers: Postman's per-minute rate limit with 32 fetches at
// once, 429s in every body shape, an exhausted monthly quota, and answers that would exhaust the
// runner (huge, a gzip bomb, endless paging, a dripping connection, a document nested too deep).
// Most cases call the library (src/) directly: they are about the clients, and dist/ may lag behind.
// Hostile servers are raw node:http servers on 127.0.0.1 that stop by themselves.
import http from 'node:http'
import type { AddressInfo, Socket } from 'node:net'
import { gzipSync } from 'node:zlib'
import { rateLimited, serviceLimitExhausted } from '../../test-servers/postman/server.js'
import type { LimitBodyShape } from '../../test-servers/postman/errors.js'
import { clip, distContains, KEY, statuses, TOKEN, type Case, type CaseEnv } from '../harness.js'
import { exitNote, expectNothingWritten, fileOf, sampleCollection } from './common.js'

const MiB = 1024 * 1024
const mb = (bytes: number) => `${(bytes / MiB).toFixed(1)} MiB`
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`

/** The library, imported when a case runs: src/ may be mid-edit while the suite runs the built action. */
const library = () => import('../../src/index.js')

/** A Postman client of the library on this case's server (or `url`), its thrown values kept for the leak scan. */
async function postmanClient(env: CaseEnv, options: { url?: string; timeoutMs?: number } = {}) {
  const { PostmanClient } = await library()
  const logs = env.logs
  return new PostmanClient({
    apiKey: KEY,
    baseUrl: options.url ?? env.postman.url,
    timeoutMs: options.timeoutMs,
    logger: {
      debug: (m) => void logs.push(`debug: ${m}`),
      info: (m) => void logs.push(`info: ${m}`),
      warn: (m) => void logs.push(`warn: ${m}`),
      error: (m) => void logs.push(`error: ${m}`)
    }
  })
}

async function settle<T>(
  env: CaseEnv,
  work: Promise<T>
): Promise<{ ok: true; value: T } | { ok: false; error: Error }> {
  try {
    return { ok: true, value: await work }
  } catch (error) {
    env.thrown.push(error)
    return { ok: false, error: error as Error }
  }
}

// ---- a raw hostile server -------------------------------------------------------------------------

interface RawServer {
  url: string
  /** Requests received. */
  requests: number
  /** Body bytes written to the socket (as sent, compressed or not). */
  sent: number
  close(): Promise<void>
}

/**
 * A raw HTTP server on 127.0.0.1. `handle` writes each answer; `write` counts what it sends and
 * stops once the client hangs up. Every connection is destroyed after `maxMs` or on close.
 */
async function rawServer(
  handle: (req: http.IncomingMessage, res: http.ServerResponse, write: (chunk: Buffer | string) => boolean) => void,
  maxMs = 45_000
): Promise<RawServer> {
  const sockets = new Set<Socket>()
  const state = { requests: 0, sent: 0 }
  const server = http.createServer((req, res) => {
    state.requests++
    const write = (chunk: Buffer | string) => {
      if (res.destroyed || res.writableEnded) return false
      state.sent += Buffer.byteLength(chunk)
      return res.write(chunk)
    }
    handle(req, res, write)
  })
  server.on('connection', (socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const close = () =>
    new Promise<void>((resolve) => {
      clearTimeout(bound)
      for (const socket of sockets) socket.destroy()
      server.close(() => resolve())
    })
  const bound = setTimeout(() => void close(), maxMs)
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    get requests() {
      return state.requests
    },
    get sent() {
      return state.sent
    },
    close
  }
}

/** Streams `total` bytes of `[{},{},…` (tiny objects), paced by the socket, until the client hangs up. */
function streamTinyObjects(res: http.ServerResponse, write: (chunk: string) => boolean, total: number): void {
  const chunk = '{},'.repeat(21_846)
  let sent = 0
  const pump = () => {
    while (sent < total) {
      if (res.destroyed) return
      sent += chunk.length
      if (!write(chunk)) return void res.once('drain', pump)
    }
    res.end('{}]')
  }
  write('[')
  pump()
}

/** A gzip of 64 MiB of spaces (about 64 KB), made once: members concatenated make a bomb of any size. */
let bombMember: Buffer | undefined
const gzipMember = () => (bombMember ??= gzipSync(Buffer.alloc(64 * MiB, 0x20), { level: 9 }))

/** Sends `members` gzip members of 64 MiB each (inflating to members × 64 MiB) until the client hangs up. */
function streamGzipBomb(res: http.ServerResponse, write: (chunk: Buffer) => boolean, members: number): void {
  const member = gzipMember()
  let n = 0
  const pump = () => {
    while (n < members) {
      if (res.destroyed) return
      n++
      if (!write(member)) return void res.once('drain', pump)
    }
    res.end()
  }
  pump()
}

/** Headers at once, then one byte every 100 ms, for at most `maxMs`. */
function drip(res: http.ServerResponse, write: (chunk: string) => boolean, maxMs: number): void {
  const started = Date.now()
  const timer = setInterval(() => {
    if (res.destroyed || Date.now() - started > maxMs) {
      clearInterval(timer)
      res.destroy()
    } else write(' ')
  }, 100)
  res.on('close', () => clearInterval(timer))
}

const json = { 'content-type': 'application/json; charset=utf-8' }

// ---- Postman: rate limit and quota ------------------------------------------------------------

function concurrentFetches(): Case {
  const fetches = 40
  const perWindow = 10
  const windowSeconds = 2
  return {
    name: `limits/postman ${fetches} fetches, 32 at once, against ${perWindow} per ${windowSeconds} s`,
    expected: `no 429 at all: the client paces from the RateLimit headers; all ${fetches} succeed in about the rate-limit bound`,
    slow: true,
    async run(env, c) {
      env.postman.rateLimit.perWindow = perWindow
      env.postman.rateLimit.windowSeconds = windowSeconds
      env.postman.rateLimit.endpointLimits = false
      env.postman.rateLimit.resetWindows()
      const col = env.collection(sampleCollection('Paced', 2))
      const client = await postmanClient(env)
      const started = Date.now()
      // p-limit(32), as a workspace backup at concurrency 32 runs it.
      const queue = Array.from({ length: fetches }, (_, i) => i)
      const results: boolean[] = []
      await Promise.all(
        Array.from({ length: 32 }, async () => {
          while (queue.length > 0) {
            queue.pop()
            results.push((await settle(env, client.getCollection(col.id))).ok)
          }
        })
      )
      const ms = Date.now() - started
      const seen = env.pmStatuses(col.id)
      const limited = seen.filter((s) => s === 429).length
      const boundMs = (Math.ceil(fetches / perWindow) - 1) * windowSeconds * 1000
      c.note(
        `${seen.length} requests, ${limited} answered 429, ${results.filter(Boolean).length}/${fetches} fetched in ${seconds(ms)} (rate-limit bound ${seconds(boundMs)})`
      )
      c.eq(limited, 0, 'requests answered 429')
      c.eq(results.filter(Boolean).length, fetches, 'fetches that succeeded')
      c.eq(seen.length, fetches, 'requests')
      c.ok(ms < boundMs + 3 * windowSeconds * 1000, `took ${seconds(ms)}, bound ${seconds(boundMs)}`)
    }
  }
}

function retried429(shape: LimitBodyShape): Case {
  return {
    name: `limits/postman 429 rateLimited, ${shape} body, Retry-After 2 s`,
    expected: 'waits the 2 s Retry-After asks, retries once, then fetches the collection',
    async run(env, c) {
      const col = env.collection(sampleCollection('Limited', 2))
      env.pmFault(col.id, rateLimited(2, { body: shape }))
      const client = await postmanClient(env)
      const started = Date.now()
      const outcome = await settle(env, client.getCollection(col.id))
      const ms = Date.now() - started
      const seen = env.pmStatuses(col.id)
      c.note(`Postman GET ${statuses(seen)} in ${seconds(ms)}`)
      c.ok(outcome.ok, `failed: ${outcome.ok ? '' : clip(outcome.error.message, 160)}`)
      c.eq(seen.length, 2, 'requests')
      c.ok(ms >= 2000, `retried after ${ms} ms, before the 2 s Retry-After`)
    }
  }
}

function quotaSpent(shape: LimitBodyShape | 'header only'): Case {
  return {
    name: `limits/postman monthly quota spent, ${shape === 'header only' ? 'rateLimited body with RateLimit-Remaining-Month: 0' : `${shape} body`}`,
    expected:
      'fails at once (1 request, no retry loop) with PostmanRateLimitError serviceLimitExhausted: the usage limit is spent',
    async run(env, c) {
      const col = env.collection(sampleCollection('Quota', 2))
      if (shape === 'header only') {
        env.pmFault(
          col.id,
          {
            kind: 'status',
            status: 429,
            body: { error: 'rateLimited', message: 'Too many requests' },
            headers: { 'retry-after': '1', 'ratelimit-remaining-month': '0' }
          },
          Infinity
        )
      } else env.pmFault(col.id, serviceLimitExhausted({ body: shape }), Infinity)
      const client = await postmanClient(env)
      const started = Date.now()
      const outcome = await settle(env, client.getCollection(col.id))
      const ms = Date.now() - started
      const seen = env.pmStatuses(col.id)
      c.note(
        `Postman GET ${statuses(seen)} in ${seconds(ms)}; "${outcome.ok ? 'succeeded' : clip(outcome.error.message, 100)}"`
      )
      c.ok(!outcome.ok, 'succeeded')
      if (!outcome.ok) {
        c.eq(outcome.error.name, 'PostmanRateLimitError', 'error')
        c.eq((outcome.error as { kind?: string }).kind, 'serviceLimitExhausted', 'kind')
        c.match(outcome.error.message, /usage limit for this month is spent/, 'message')
      }
      c.eq(seen.length, 1, 'requests')
      c.ok(ms < 2000, `took ${seconds(ms)}`)
    }
  }
}

/** The built action on a spent quota in the flat shape: one request, a clear failure, nothing written. */
function actionQuotaSpentFlat(): Case {
  return {
    name: 'limits/action monthly quota spent, flat body',
    expected: 'exit 1 within seconds, "usage limit for this month is spent", 1 Postman request, nothing written',
    skip: () =>
      distContains('service[-_ ]?limit') ? undefined : 'skip: dist/index.js does not have the quota fix yet (rebuild)',
    async run(env, c) {
      const repo = await env.repo()
      const col = env.collection(sampleCollection('Orders API', 2))
      env.postman.rateLimit.bodyShape = 'flat'
      const head = await env.head(repo)
      // The quota is spent from the first call on.
      env.postman.rateLimit.monthly = env.postman.rateLimit.monthlyUsed
      const run = await env.run(repo, { collection: col.id }, { timeoutMs: 40_000 })
      const seen = env.postman.requests.length
      c.note(`${exitNote(run)}; ${seen} Postman request(s); "${clip(run.error, 110)}"`)
      await expectNothingWritten(env, c, run, repo, head)
      c.match(run.error, /usage limit for this month is spent/, 'error')
      c.eq(seen, 1, 'Postman requests')
      c.eq(await env.file(repo, fileOf('Orders API')), null, 'file')
      c.ok(run.ms < 15_000, `took ${seconds(run.ms)}`)
    }
  }
}

// ---- GitHub: tree requests refused under the documented cap -------------------------------------

/**
 * GitHub documents 7 MB for a tree request but fails from about 2.5 MB in practice (notes/real-limits.md);
 * here it refuses from 512 KB, under the action's own budget: the refused request goes again in halves,
 * the rest of the commit stays at the smaller size, and the run still makes one commit.
 */
function treeRefusedUnderCap(): Case {
  const cap = 512 * 1024
  return {
    name: 'limits/github tree requests refused from 512 KB (under the action budget)',
    expected:
      'exit 0; every file byte-identical in 1 commit; a refused request goes again within half the budget (files beyond it as blobs), every accepted one within 512 KB; at most 2 refusals',
    skip: () =>
      distContains('as the rest of this commit')
        ? undefined
        : 'skip: dist/index.js does not split refused tree requests yet (rebuild)',
    async run(env, c) {
      const repo = await env.repo()
      env.github.limits.treeRequestBytes = cap
      const cols = Array.from({ length: 8 }, (_, i) => {
        const name = `Part ${i + 1}`
        return { name, ...env.collection(sampleCollection(name, 600)) }
      })
      const before = await env.commits(repo)
      const run = await env.run(repo, { collection: '*' })
      const trees = env.ghRequests(repo).filter((r) => r.method === 'POST' && r.path.endsWith('/git/trees'))
      const refused = trees.filter((r) => r.status === 422)
      const accepted = trees.filter((r) => r.status === 201)
      const largest = Math.max(0, ...accepted.map((r) => r.bodyBytes))
      const blobs = env.ghRequests(repo).filter((r) => r.method === 'POST' && r.path.endsWith('/git/blobs'))
      const kib = (bytes: number) => `${(bytes / 1024).toFixed(0)} KiB`
      c.note(
        `${exitNote(run)}; POST tree ${statuses(trees.map((r) => r.status))} (refused ${refused.map((r) => kib(r.bodyBytes)).join(', ') || 'none'}; largest accepted ${kib(largest)}), ${blobs.length} blob(s)`
      )
      c.eq(run.exitCode, 0, 'exit code')
      for (const col of cols)
        c.ok(
          (await env.file(repo, fileOf(col.name))) === `${JSON.stringify(col.served(), null, 2)}\n`,
          `${col.name} byte-identical`
        )
      c.eq((await env.commits(repo)) - before, 1, 'new commits')
      c.ok(refused.length >= 1 && refused.length <= 2, `${refused.length} refusals`)
      c.ok(largest <= cap, `largest accepted tree request ${kib(largest)}`)
    }
  }
}

// ---- Postman: hostile answers ------------------------------------------------------------------

function postmanHugeAnswer(): Case {
  const total = 200 * MiB
  return {
    name: 'limits/postman 200 MB answer of tiny objects',
    expected: 'stops at the 150 MiB cap with "larger than 150 MiB", 1 request (not retried), heap intact',
    slow: true,
    async run(env, c) {
      const server = await rawServer((_req, res, write) => {
        res.writeHead(200, json)
        streamTinyObjects(res, write, total)
      })
      try {
        const client = await postmanClient(env, { url: server.url })
        const before = process.memoryUsage().rss
        const started = Date.now()
        const outcome = await settle(env, client.getCollection('c1'))
        const ms = Date.now() - started
        const grew = process.memoryUsage().rss - before
        c.note(
          `${server.requests} request(s), ${mb(server.sent)} sent before the client hung up, ${seconds(ms)}, RSS +${mb(Math.max(0, grew))}; "${outcome.ok ? 'succeeded' : clip(outcome.error.message, 90)}"`
        )
        c.ok(!outcome.ok, 'succeeded')
        if (!outcome.ok) c.match(outcome.error.message, /larger than 150 MiB/, 'message')
        c.eq(server.requests, 1, 'requests')
        c.ok(server.sent < total, `the whole ${mb(total)} was read`)
      } finally {
        await server.close()
      }
    }
  }
}

function postmanGzipBomb(): Case {
  const members = 24 // 24 × 64 MiB = 1.5 GiB inflated, from about 1.5 MB
  return {
    name: 'limits/postman gzip bomb (1.5 MB inflating to 1.5 GiB)',
    expected: 'stops inflating at the 150 MiB cap, once (not retried), "after inflating"',
    slow: true,
    async run(env, c) {
      const server = await rawServer((_req, res, write) => {
        res.writeHead(200, { ...json, 'content-encoding': 'gzip' })
        streamGzipBomb(res, write, members)
      })
      try {
        const client = await postmanClient(env, { url: server.url })
        const started = Date.now()
        const outcome = await settle(env, client.getCollection('c1'))
        const ms = Date.now() - started
        c.note(
          `${server.requests} request(s), ${mb(server.sent)} of gzip sent (of ${mb(members * gzipMember().length)}), ${seconds(ms)}; "${outcome.ok ? 'succeeded' : clip(outcome.error.message, 100)}"`
        )
        c.ok(!outcome.ok, 'succeeded')
        if (!outcome.ok) c.match(outcome.error.message, /larger than 150 MiB \(after inflating/, 'message')
        c.eq(server.requests, 1, 'requests')
      } finally {
        await server.close()
      }
    }
  }
}

function postmanPaging(kind: 'claims 1e12' | 'no progress' | 'one new per page'): Case {
  const expected = {
    'claims 1e12': 'stops after the first page: the list claims more than any workspace holds',
    'no progress': 'stops on the second page, which brings nothing new',
    'one new per page': 'stops at the absolute cap of 1,000 pages, not 100,000 requests'
  }[kind]
  return {
    name: `limits/postman paging, ${kind === 'claims 1e12' ? 'meta.total 1e12, one item per page' : kind === 'no progress' ? 'the same page again and again' : 'meta.total 100,000, one new item per page'}`,
    expected,
    async run(env, c) {
      const item = (i: number) => ({ id: `id-${i}`, uid: `1-id-${i}`, name: `C${i}` })
      const server = await rawServer((req, res) => {
        const url = new URL(req.url ?? '/', 'http://x')
        const offset = Number(url.searchParams.get('offset') ?? 0)
        const body =
          kind === 'claims 1e12'
            ? { collections: [item(offset)], meta: { total: 1e12 } }
            : kind === 'no progress'
              ? { collections: [item(0), item(1)], meta: { total: 500 } }
              : { collections: [item(offset)], meta: { total: 100_000 } }
        res.writeHead(200, json)
        res.end(JSON.stringify(body))
      })
      try {
        const client = await postmanClient(env, { url: server.url })
        const started = Date.now()
        const outcome = await settle(env, client.listCollections())
        const ms = Date.now() - started
        c.note(
          `${server.requests} request(s) in ${seconds(ms)}; "${outcome.ok ? 'succeeded' : clip(outcome.error.message, 110)}"`
        )
        c.ok(!outcome.ok, 'succeeded')
        const bound = { 'claims 1e12': 1, 'no progress': 2, 'one new per page': 1000 }[kind]
        c.eq(server.requests, bound, 'requests')
        if (!outcome.ok)
          c.match(
            outcome.error.message,
            { 'claims 1e12': /claims more/, 'no progress': /no progress/, 'one new per page': /more than 1000 pages/ }[
              kind
            ],
            'message'
          )
      } finally {
        await server.close()
      }
    }
  }
}

function postmanDrip(): Case {
  const deadline = 3000
  return {
    name: 'limits/postman server dripping one byte every 100 ms',
    expected: `each request ends at its ${deadline / 1000} s total deadline (timeoutMs); retried once, then a clear error`,
    slow: true,
    async run(env, c) {
      const server = await rawServer((_req, res, write) => {
        res.writeHead(200, json)
        drip(res, write, 30_000)
      })
      try {
        const client = await postmanClient(env, { url: server.url, timeoutMs: deadline })
        const started = Date.now()
        const outcome = await settle(env, client.getCollection('c1'))
        const ms = Date.now() - started
        c.note(
          `${server.requests} request(s), ${server.sent} bytes dripped, gave up after ${seconds(ms)}; "${outcome.ok ? 'succeeded' : clip(outcome.error.message, 90)}"`
        )
        c.ok(!outcome.ok, 'succeeded')
        if (!outcome.ok) c.match(outcome.error.message, /no complete answer within 3 s.*twice/, 'message')
        c.eq(server.requests, 2, 'requests')
        c.ok(ms < 2 * deadline + 3000, `took ${seconds(ms)}`)
      } finally {
        await server.close()
      }
    }
  }
}

// ---- GitHub: hostile answers -------------------------------------------------------------------

async function githubGet(url: string, options: { requestTimeout?: number } = {}) {
  const { createOctokit } = await library()
  return createOctokit({ token: TOKEN, baseUrl: url, ...options }).request(
    'GET /repos/{owner}/{repo}/git/blobs/{file_sha}',
    { owner: 'o', repo: 'r', file_sha: 'a'.repeat(40) }
  )
}

function githubHostile(kind: 'huge' | 'gzip bomb' | 'drip'): Case {
  const deadline = 3000
  return {
    name: {
      huge: 'limits/github 200 MB blob answer',
      'gzip bomb': 'limits/github gzip bomb (1.5 MB inflating to 1.5 GiB)',
      drip: 'limits/github server dripping one byte every 100 ms'
    }[kind],
    expected: {
      huge: 'stops at the 150 MiB cap (GitHub files are at most 100 MB, ~136 MB as base64), 1 request, not retried',
      'gzip bomb': 'stops at the 150 MiB cap after inflating, 1 request, not retried',
      drip: `each request ends at its ${deadline / 1000} s total deadline (requestTimeout); retried once, then a clear error`
    }[kind],
    slow: true,
    async run(env, c) {
      const server = await rawServer((_req, res, write) => {
        if (kind === 'huge') {
          res.writeHead(200, json)
          streamTinyObjects(res, write, 200 * MiB)
        } else if (kind === 'gzip bomb') {
          res.writeHead(200, { ...json, 'content-encoding': 'gzip' })
          streamGzipBomb(res, write, 24)
        } else {
          res.writeHead(200, json)
          drip(res, write, 30_000)
        }
      })
      try {
        const started = Date.now()
        const outcome = await settle(env, githubGet(server.url, kind === 'drip' ? { requestTimeout: deadline } : {}))
        const ms = Date.now() - started
        c.note(
          `${server.requests} request(s), ${kind === 'drip' ? `${server.sent} bytes dripped` : `${mb(server.sent)} sent`}, ${seconds(ms)}; "${outcome.ok ? 'succeeded' : clip(outcome.error.message, 90)}"`
        )
        c.ok(!outcome.ok, 'succeeded')
        if (!outcome.ok) {
          c.eq(outcome.error.name, 'GitHubApiError', 'error')
          c.match(
            outcome.error.message,
            kind === 'drip' ? /no complete answer .* within 3 s.*twice/ : /larger than 150 MiB/,
            'message'
          )
        }
        c.eq(server.requests, kind === 'drip' ? 2 : 1, 'requests')
      } finally {
        await server.close()
      }
    }
  }
}

// ---- a document nested too deep ------------------------------------------------------------------

function tooDeep(validation: 'lenient' | 'off'): Case {
  // 1,000 folders: about 2,000 levels, 4 times the limit (the local server cannot store 1,500).
  const folders = 1000
  return {
    name: `limits/collection nested ${folders} folders deep, validation ${validation}`,
    expected:
      'fails alone and cleanly: CollectionValidationError "nested deeper than 500 levels" naming the collection; nothing written, no stack overflow',
    async run(env, c) {
      const repo = await env.repo()
      let item: Record<string, unknown> = { name: 'r', request: { method: 'GET', url: 'https://example.com' } }
      for (let i = 0; i < folders; i++) item = { name: `f${i}`, item: [item] }
      const col = env.collection({
        info: { name: 'Deep', schema: 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json' },
        item: [item]
      })
      const head = await env.head(repo)
      const outcome = await env.backupWithLibrary(repo, col.id, { validation })
      const error = outcome.ok ? undefined : (outcome.error as Error)
      const reason = (error?.message ?? '').replace(/ is not a valid .*First problems: /, ': … ')
      c.note(`${outcome.ok ? 'succeeded' : `${error?.name}: "${clip(reason, 150)}"`}`)
      c.ok(!outcome.ok, 'succeeded')
      c.eq(error?.name, 'CollectionValidationError', 'error')
      c.match(error?.message ?? '', /Collection "Deep".*nested deeper than 500 levels/, 'message')
      c.eq(await env.head(repo), head, 'branch head')
      c.eq(env.ghWrites(repo).length, 0, 'GitHub writes')
    }
  }
}

export function limitCases(): Case[] {
  return [
    concurrentFetches(),
    retried429('flat'),
    retried429('problem'),
    quotaSpent('nested'),
    quotaSpent('flat'),
    quotaSpent('problem'),
    quotaSpent('header only'),
    actionQuotaSpentFlat(),
    treeRefusedUnderCap(),
    postmanHugeAnswer(),
    postmanGzipBomb(),
    postmanPaging('claims 1e12'),
    postmanPaging('no progress'),
    postmanPaging('one new per page'),
    postmanDrip(),
    githubHostile('huge'),
    githubHostile('gzip bomb'),
    githubHostile('drip'),
    tooDeep('lenient'),
    tooDeep('off')
  ]
}
