// A raw HTTP server on 127.0.0.1 for hostile answers (huge, dripping, gzip bombs) that the
// stand-in servers do not give: every connection is destroyed on close, and `handle` must end
// each answer itself. Used by the client tests.
import http from 'node:http'
import type { AddressInfo, Socket } from 'node:net'

export interface RawServer {
  url: string
  /** The request paths received, in order. */
  paths: string[]
  close(): Promise<void>
}

export async function rawServer(
  handle: (req: http.IncomingMessage, res: http.ServerResponse) => void
): Promise<RawServer> {
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
