import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { HttpError, Router, startHttpServer, type RunningServer } from '../../test-servers/http-kit.js'

describe('http-kit', () => {
  let server: RunningServer
  beforeEach(async () => {
    const router = new Router()
      .on('GET', '/items/:id', (req) => ({ status: 200, body: { id: req.params.id, q: req.query.get('q') } }))
      .on('GET', '/files/*path', (req) => ({ status: 200, body: { path: req.params.path } }))
      .on('POST', '/echo', (req) => ({ status: 201, body: req.json() }))
      .on('GET', '/teapot', () => {
        throw new HttpError(418, { message: 'teapot' })
      })
    server = await startHttpServer({
      router,
      prefix: '/api',
      notFound: () => ({ status: 404, body: { message: 'Not Found' } })
    })
  })
  afterEach(() => server.close())

  it('routes params, rest paths, JSON bodies and records every request', async () => {
    expect(await (await fetch(`${server.url}/items/a%20b?q=1`)).json()).toEqual({ id: 'a b', q: '1' })
    expect(await (await fetch(`${server.url}/files/x/y.json`)).json()).toEqual({ path: 'x/y.json' })
    const echo = await fetch(`${server.url}/echo`, { method: 'POST', body: JSON.stringify({ a: 1 }) })
    expect(echo.status).toBe(201)
    expect(await echo.json()).toEqual({ a: 1 })
    expect((await fetch(`${server.url}/teapot`)).status).toBe(418)
    expect((await fetch(`http://127.0.0.1:${server.port}/items/1`)).status).toBe(404)
    expect(server.requests.map((r) => `${r.method} ${r.path} ${r.status}`)).toEqual([
      'GET /items/a%20b 200',
      'GET /files/x/y.json 200',
      'POST /echo 201',
      'GET /teapot 418',
      'GET /items/1 404'
    ])
  })

  it('injects status faults a given number of times, then answers normally', async () => {
    server.faults.add({
      path: '/items/1',
      times: 2,
      fault: { kind: 'status', status: 503, headers: { 'retry-after': '1' } }
    })
    const first = await fetch(`${server.url}/items/1`)
    expect(first.status).toBe(503)
    expect(first.headers.get('retry-after')).toBe('1')
    expect((await fetch(`${server.url}/items/1`)).status).toBe(503)
    expect((await fetch(`${server.url}/items/1`)).status).toBe(200)
  })

  it('drops connections, truncates bodies and serves HTML error pages', async () => {
    server.faults
      .add({ path: '/items/1', fault: { kind: 'drop' } })
      .add({ path: '/items/2', fault: { kind: 'truncate' } })
      .add({ path: /^\/items\/3$/, fault: { kind: 'html' } })
    await expect(fetch(`${server.url}/items/1`)).rejects.toThrow()
    await expect(fetch(`${server.url}/items/2`).then((r) => r.text())).rejects.toThrow()
    const html = await fetch(`${server.url}/items/3`)
    expect(html.status).toBe(200)
    expect(html.headers.get('content-type')).toMatch(/text\/html/)
    expect(await html.text()).toMatch(/<html>/)
  })

  it('delays a request and adds latency to every request', async () => {
    server.faults.add({ path: '/items/1', fault: { kind: 'delay', ms: 200 } })
    let started = Date.now()
    expect((await fetch(`${server.url}/items/1`)).status).toBe(200)
    expect(Date.now() - started).toBeGreaterThanOrEqual(190)
    server.faults.latencyMs = 100
    started = Date.now()
    await fetch(`${server.url}/items/2`)
    expect(Date.now() - started).toBeGreaterThanOrEqual(90)
  })
})
