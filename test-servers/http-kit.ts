// A tiny HTTP toolkit shared by the local Postman and GitHub test servers:
// routing, request recording, scripted fault injection. Node's http only.
import http from 'node:http'
import type { AddressInfo } from 'node:net'

export interface Reply {
  status: number
  /** Objects are sent as JSON; strings and Buffers as they are. */
  body?: unknown
  headers?: Record<string, string>
}

export interface Request {
  method: string
  /** Path without the server prefix and without the query string, percent-decoded per segment by the router. */
  path: string
  query: URLSearchParams
  headers: http.IncomingHttpHeaders
  params: Record<string, string>
  rawBody: Buffer
  /** JSON body, or undefined when the body is empty; throws HttpError 400 on bad JSON. */
  json<T = unknown>(): T | undefined
}

export type Handler = (req: Request) => Reply | Promise<Reply>

/** Throw from a handler to answer with this status and body. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: unknown,
    readonly headers: Record<string, string> = {}
  ) {
    super(`HTTP ${status}`)
  }
}

export interface RecordedRequest {
  method: string
  path: string
  query: string
  status: number
  /**
   * Body as received (requests with bodies only), for asserting what a client sent. Left out for bodies
   * over RECORDED_BODY_MAX (a 100 MB upload is not kept twice); `bodyBytes` is always there.
   */
  body?: string
  /** Size of the request body in bytes (0 without one). */
  bodyBytes: number
  headers: http.IncomingHttpHeaders
  /** performance.now() when the request arrived, and when it was answered (0 until then): for timelines. */
  receivedAt: number
  answeredAt: number
}

/** Bodies up to this size are kept in `RecordedRequest.body`. */
export const RECORDED_BODY_MAX = 32 * 1024 * 1024

export type Fault =
  /** Answer with this status (and body/headers) instead of the real handler. */
  | { kind: 'status'; status: number; body?: unknown; headers?: Record<string, string> }
  /** Destroy the connection without any answer. */
  | { kind: 'drop' }
  /** Run the real handler, then send only the first half of its body. */
  | { kind: 'truncate' }
  /** An HTML error page (as proxies and load balancers send), status 200 unless given. */
  | { kind: 'html'; status?: number }
  /** Wait, then run the real handler. */
  | { kind: 'delay'; ms: number }

export interface FaultRule {
  /** Method to match; any when omitted. */
  method?: string
  /** Exact path (without prefix and query) or a pattern. */
  path: string | RegExp
  /** How many matching requests get the fault (default 1; Infinity for all). */
  times?: number
  fault: Fault
}

export class FaultInjector {
  private rules: Array<FaultRule & { left: number }> = []
  /** Added to every request before it is handled. */
  latencyMs = 0

  add(rule: FaultRule): this {
    this.rules.push({ ...rule, left: rule.times ?? 1 })
    return this
  }

  clear(): void {
    this.rules = []
    this.latencyMs = 0
  }

  /** Consumes and returns the first matching fault, if any. */
  take(method: string, path: string): Fault | undefined {
    const rule = this.rules.find(
      (r) =>
        r.left > 0 &&
        (r.method === undefined || r.method.toUpperCase() === method) &&
        (typeof r.path === 'string' ? r.path === path : r.path.test(path))
    )
    if (!rule) return undefined
    rule.left -= 1
    return rule.fault
  }
}

interface Route {
  method: string
  regex: RegExp
  names: string[]
  handler: Handler
}

/**
 * Routes use `:name` for one segment and `*name` for the rest of the path (may contain slashes).
 */
export class Router {
  private routes: Route[] = []

  on(method: string, pattern: string, handler: Handler): this {
    const names: string[] = []
    const source = pattern
      .split('/')
      .map((segment) => {
        if (segment.startsWith(':')) {
          names.push(segment.slice(1))
          return '([^/]+)'
        }
        if (segment.startsWith('*')) {
          names.push(segment.slice(1))
          return '(.+)'
        }
        return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
      })
      .join('/')
    this.routes.push({ method, regex: new RegExp(`^${source}$`), names, handler })
    return this
  }

  match(method: string, path: string): { handler: Handler; params: Record<string, string> } | 'method' | undefined {
    let pathMatched = false
    for (const route of this.routes) {
      const m = route.regex.exec(path)
      if (!m) continue
      pathMatched = true
      if (route.method !== method) continue
      const params: Record<string, string> = {}
      route.names.forEach((name, i) => {
        params[name] = decodeURIComponent(m[i + 1])
      })
      return { handler: route.handler, params }
    }
    return pathMatched ? 'method' : undefined
  }
}

export interface HttpServerOptions {
  router: Router
  /** Path prefix stripped before routing, e.g. `/api/v3` for GitHub Enterprise Server. */
  prefix?: string
  /** Headers added to every answer (e.g. rate-limit headers), computed per request. */
  commonHeaders?: (req: Request) => Record<string, string>
  /** Body for unknown routes. */
  notFound: (req: Request) => Reply
  /**
   * Largest request body read at all (default 64 MB). A larger one is answered with `tooLarge` without being
   * read further, and the connection is closed, so a huge upload cannot exhaust the test process.
   */
  maxBodyBytes?: number | (() => number)
  /** The answer to a body over `maxBodyBytes` (default 413 with a JSON message). */
  tooLarge?: (req: Request) => Reply
}

export interface RunningServer {
  /** Base URL including the prefix, without a trailing slash. */
  url: string
  port: number
  requests: RecordedRequest[]
  faults: FaultInjector
  close(): Promise<void>
}

const HTML_ERROR_PAGE =
  '<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body><h1>Bad Gateway</h1><p>The upstream server did not answer.</p></body></html>'

// unref: a pending injected delay must not keep a finished test process alive.
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms).unref())

function encodeBody(reply: Reply): { bytes: Buffer; contentType?: string } {
  if (reply.body === undefined) return { bytes: Buffer.alloc(0) }
  if (Buffer.isBuffer(reply.body)) return { bytes: reply.body }
  if (typeof reply.body === 'string') return { bytes: Buffer.from(reply.body, 'utf8') }
  return { bytes: Buffer.from(JSON.stringify(reply.body), 'utf8'), contentType: 'application/json; charset=utf-8' }
}

/**
 * Reads a request body of at most `max` bytes into one buffer (sized from content-length when given, so a
 * 134 MB upload is held once, not as chunks plus their concatenation). Null when the body is larger.
 */
async function readBody(incoming: http.IncomingMessage, max: number): Promise<Buffer | null> {
  const declared = Number(incoming.headers['content-length'])
  if (Number.isFinite(declared) && declared > max) return null
  if (Number.isFinite(declared) && declared > 0) {
    const body = Buffer.allocUnsafe(declared)
    let filled = 0
    for await (const chunk of incoming) {
      const bytes = chunk as Buffer
      if (filled + bytes.length > declared) return null
      bytes.copy(body, filled)
      filled += bytes.length
    }
    return body.subarray(0, filled)
  }
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of incoming) {
    size += (chunk as Buffer).length
    if (size > max) return null
    chunks.push(chunk as Buffer)
  }
  return Buffer.concat(chunks)
}

export async function startHttpServer(options: HttpServerOptions): Promise<RunningServer> {
  const requests: RecordedRequest[] = []
  const faults = new FaultInjector()
  const prefix = options.prefix ?? ''
  const sockets = new Set<import('node:net').Socket>()
  const bodyLimit = options.maxBodyBytes ?? 64 * 1024 * 1024

  const server = http.createServer(async (incoming, res) => {
    const receivedAt = performance.now()
    const maxBodyBytes = typeof bodyLimit === 'function' ? bodyLimit() : bodyLimit
    const body = await readBody(incoming, maxBodyBytes)
    const rawBody = body ?? Buffer.alloc(0)
    const url = new URL(incoming.url ?? '/', 'http://127.0.0.1')
    const method = (incoming.method ?? 'GET').toUpperCase()
    let path = url.pathname
    const bodyBytes = body === null ? Number(incoming.headers['content-length']) || maxBodyBytes + 1 : rawBody.length
    const record: RecordedRequest = {
      method,
      path,
      query: url.search,
      status: 0,
      headers: incoming.headers,
      bodyBytes,
      receivedAt,
      answeredAt: 0,
      ...(rawBody.length > 0 && rawBody.length <= RECORDED_BODY_MAX ? { body: rawBody.toString('utf8') } : {})
    }
    requests.push(record)

    const req: Request = {
      method,
      path,
      query: url.searchParams,
      headers: incoming.headers,
      params: {},
      rawBody,
      json<T>() {
        if (rawBody.length === 0) return undefined
        try {
          return JSON.parse(rawBody.toString('utf8')) as T
        } catch {
          throw new HttpError(400, { message: 'Problems parsing JSON' })
        }
      }
    }

    const send = (reply: Reply, truncate = false) => {
      const { bytes, contentType } = encodeBody(reply)
      const headers: Record<string, string> = {
        ...(contentType ? { 'content-type': contentType } : {}),
        ...(options.commonHeaders?.(req) ?? {}),
        ...(reply.headers ?? {})
      }
      record.status = reply.status
      record.answeredAt = performance.now()
      if (truncate) {
        const half = bytes.subarray(0, Math.floor(bytes.length / 2))
        // Announce the full length, send half, then cut the connection, as a broken proxy would.
        res.writeHead(reply.status, { ...headers, 'content-length': String(bytes.length) })
        res.write(half)
        res.socket?.destroy()
        return
      }
      res.writeHead(reply.status, { ...headers, 'content-length': String(bytes.length) })
      res.end(bytes)
    }

    if (body === null) {
      // Not read to the end: answer, then close the connection rather than drain the rest.
      const reply = options.tooLarge?.(req) ?? { status: 413, body: { message: 'Request Entity Too Large' } }
      send({ ...reply, headers: { ...reply.headers, connection: 'close' } })
      return
    }
    try {
      if (faults.latencyMs > 0) await sleep(faults.latencyMs)
      if (prefix) {
        if (!path.startsWith(prefix + '/') && path !== prefix) {
          send(options.notFound(req))
          return
        }
        path = path.slice(prefix.length) || '/'
        req.path = path
        record.path = path
      }
      let fault = faults.take(method, path)
      if (fault?.kind === 'delay') {
        await sleep(fault.ms)
        if (res.destroyed || incoming.socket.destroyed) return
        fault = undefined
      }
      if (fault?.kind === 'drop') {
        record.status = -1
        incoming.socket.destroy()
        return
      }
      if (fault?.kind === 'status') {
        send({
          status: fault.status,
          body: fault.body ?? { message: `Injected ${fault.status}` },
          headers: fault.headers
        })
        return
      }
      if (fault?.kind === 'html') {
        send({
          status: fault.status ?? 200,
          body: HTML_ERROR_PAGE,
          headers: { 'content-type': 'text/html; charset=utf-8' }
        })
        return
      }
      const found = options.router.match(method, path)
      let reply: Reply
      if (found === undefined) reply = options.notFound(req)
      else if (found === 'method') reply = { status: 404, body: { message: 'Not Found' } }
      else {
        req.params = found.params
        reply = await found.handler(req)
      }
      send(reply, fault?.kind === 'truncate')
    } catch (error) {
      if (error instanceof HttpError) send({ status: error.status, body: error.body, headers: error.headers })
      else send({ status: 500, body: { message: error instanceof Error ? error.message : String(error) } })
    }
  })
  server.on('connection', (socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}${prefix}`,
    port,
    requests,
    faults,
    close: () =>
      new Promise<void>((resolve, reject) => {
        for (const socket of sockets) socket.destroy()
        server.close((err) => (err ? reject(err) : resolve()))
      })
  }
}
