// An HTTP echo server on 127.0.0.1 for the disaster-recovery drill (drill/): it answers every
// method on every path with 200 and a postman-echo-like JSON body ({args, data, headers, json,
// method, url}), and records each request as it arrived (method, URL, headers, body), so two
// newman runs can be compared request by request. It never forwards anything anywhere.
import http from 'node:http'
import type { AddressInfo } from 'node:net'

export interface EchoedRequest {
  method: string
  /** The request target as sent (path and query). */
  url: string
  /** Header names lower-cased, in arrival order (repeated headers joined by `, `). */
  headers: Record<string, string>
  /** The body, whole (a drill's bodies are small), as latin1 text so any bytes compare exactly. */
  body: string
}

export interface EchoServer {
  url: string
  port: number
  requests: EchoedRequest[]
  close(): Promise<void>
}

function echoBody(request: EchoedRequest, host: string): string {
  const target = new URL(request.url, `http://${host}`)
  const json = (() => {
    try {
      return request.body ? (JSON.parse(request.body) as unknown) : null
    } catch {
      return null
    }
  })()
  return JSON.stringify({
    args: Object.fromEntries(target.searchParams),
    data: request.body,
    headers: request.headers,
    json,
    method: request.method,
    url: target.href
  })
}

export async function startEchoServer(): Promise<EchoServer> {
  const requests: EchoedRequest[] = []
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => {
      const headers: Record<string, string> = {}
      for (const [name, value] of Object.entries(req.headers))
        headers[name] = Array.isArray(value) ? value.join(', ') : (value ?? '')
      const echoed: EchoedRequest = {
        method: req.method ?? '',
        url: req.url ?? '',
        headers,
        body: Buffer.concat(chunks).toString('latin1')
      }
      requests.push(echoed)
      const body = echoBody(echoed, req.headers.host ?? '127.0.0.1')
      res.writeHead(200, {
        'content-type': 'application/json; charset=utf-8',
        'content-length': Buffer.byteLength(body)
      })
      res.end(req.method === 'HEAD' ? undefined : body)
    })
  })
  server.keepAliveTimeout = 1000
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => resolve())
  })
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      })
  }
}
