// The rest of the server: /healthz, the SPA (or the placeholder page until it is built) with
// index fallback, and a graceful close that lets an in-flight request finish.
import { once } from 'node:events'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { request } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestServer, TEST_PASSWORD, type TestServer } from './harness/test-server.ts'

describe('health and placeholder page', () => {
  let server: TestServer
  beforeAll(async () => {
    server = await startTestServer({ provider: 'sqlite' })
  })
  afterAll(() => server.close())

  it('/healthz answers ok after asking the database', async () => {
    const response = await fetch(`${server.url}/healthz`)
    expect([response.status, await response.json()]).toEqual([200, { status: 'ok' }])
    expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/)
  })

  it('serves a page saying Quire runs for any client-side route until the SPA is built', async () => {
    for (const path of ['/', '/posts/12']) {
      const response = await fetch(`${server.url}${path}`)
      expect(response.status).toBe(200)
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8')
      expect(await response.text()).toContain('<h1>Quire is running</h1>')
    }
    expect((await fetch(`${server.url}/app.js`)).status).toBe(404)
    expect((await fetch(`${server.url}/`, { method: 'POST' })).status).toBe(405)
  })
})

describe('the built SPA', () => {
  let server: TestServer
  let dist: string
  beforeAll(async () => {
    dist = await mkdtemp(join(tmpdir(), 'quire-dist-'))
    await mkdir(join(dist, 'assets'))
    await writeFile(join(dist, 'index.html'), '<!doctype html><title>Quire admin</title>')
    await writeFile(join(dist, 'assets', 'app.js'), 'console.log("app")')
    server = await startTestServer({ provider: 'sqlite', env: { webDistDir: dist } })
  })
  afterAll(async () => {
    await server.close()
    await rm(dist, { recursive: true, force: true })
  })

  it('serves assets, and index.html for client-side routes', async () => {
    const asset = await fetch(`${server.url}/assets/app.js`)
    expect([asset.status, asset.headers.get('content-type'), await asset.text()]).toEqual([200, 'text/javascript; charset=utf-8', 'console.log("app")'])
    for (const path of ['/', '/posts/12/edit']) {
      const page = await fetch(`${server.url}${path}`)
      expect([page.status, await page.text()]).toEqual([200, '<!doctype html><title>Quire admin</title>'])
    }
    expect((await fetch(`${server.url}/assets/missing.js`)).status).toBe(404)
  })
})

describe('graceful close', () => {
  it('finishes the request in flight, refuses new connections', async () => {
    const server = await startTestServer({ provider: 'sqlite' })
    await server.quire.create({ collection: 'users', data: { name: 'Edith', email: 'edith@example.com', role: 'editor', password: TEST_PASSWORD } })
    const { jar } = server.browser()
    await server.signIn(jar, 'edith@example.com')
    const { port } = new URL(server.url)
    const body = JSON.stringify({ title: 'Written during shutdown' })

    // Each step waits for the one before: the server has the request (headers and the start of
    // the body) before shutdown begins, and the rest of the body arrives only after a new
    // connection has been refused. No timers: the order holds on any machine.
    const arrived = once(server.http, 'request')
    const req = request({ host: '127.0.0.1', port, path: '/trpc/createPost', method: 'POST', headers: { cookie: jar.header(), origin: server.url, 'content-type': 'application/json', 'content-length': body.length } })
    const inFlight = new Promise<number>((resolve, reject) => {
      req.on('response', (res) => {
        res.resume()
        res.on('end', () => resolve(res.statusCode ?? 0))
      })
      req.on('error', reject)
    })
    req.flushHeaders()
    req.write(body.slice(0, 5))
    await arrived
    // A grace long enough for a busy machine: this test is about the request finishing.
    const closing = server.close(120_000)
    await expect(fetch(`${server.url}/healthz`)).rejects.toThrow()
    req.end(body.slice(5))
    expect(await inFlight).toBe(200)
    await closing
  })
})
