// CSRF through the real server: a mutation carrying the session cookie is refused with 403 and
// nothing written unless the browser says it comes from this site or an allow-listed origin.
import { testProviders } from '@quire/core/testing'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestServer, TEST_PASSWORD, type TestServer } from './harness/test-server.ts'

const EVIL = 'https://evil.example'
const ADMIN = 'https://admin.example'

describe.each(testProviders())('CSRF on %s', (provider) => {
  let server: TestServer

  beforeAll(async () => {
    server = await startTestServer({ provider, env: { allowedOrigins: [ADMIN] } })
    await server.quire.create({ collection: 'users', data: { name: 'Edith', email: 'edith@example.com', role: 'editor', password: TEST_PASSWORD } })
  })
  afterAll(() => server.close())

  const postCount = async (): Promise<number> => (await server.quire.count({ collection: 'posts' })).totalDocs

  /** A signed-in browser's createPost, with the given headers and body. */
  async function createPost(headers: Record<string, string>, body: RequestInit['body'] = JSON.stringify({ title: 'Forged' })): Promise<Response> {
    const { jar } = server.browser()
    await server.signIn(jar, 'edith@example.com')
    return jar.fetch(`${server.url}/trpc/createPost`, { method: 'POST', headers, body })
  }

  it.each([
    ['a foreign Origin', { origin: EVIL, 'content-type': 'application/json' }],
    ['a foreign Origin with a text/plain body (no preflight)', { origin: EVIL, 'content-type': 'text/plain' }],
    ['a foreign Origin claiming same-site', { origin: EVIL, 'sec-fetch-site': 'same-site', 'content-type': 'application/json' }],
    ['Origin "null" (sandboxed frame)', { origin: 'null', 'content-type': 'application/json' }],
  ])('refuses %s: 403, nothing written', async (_name, headers) => {
    const before = await postCount()
    const response = await createPost(headers)
    expect(response.status).toBe(403)
    expect(((await response.json()) as { error: { data: unknown } }).error.data).toEqual({ code: 'FORBIDDEN', httpStatus: 403 })
    expect(await postCount()).toBe(before)
  })

  it('refuses a foreign multipart form post', async () => {
    const before = await postCount()
    const form = new FormData()
    form.set('title', 'Forged')
    const response = await createPost({ origin: EVIL }, form)
    expect(response.status).toBe(403)
    expect(await postCount()).toBe(before)
  })

  it('refuses a cookie-carrying mutation that names no Origin at all', async () => {
    const { jar } = server.browser()
    await server.signIn(jar, 'edith@example.com')
    const before = await postCount()
    // Plain fetch: the jar would add our Origin; send its cookie by hand instead.
    const response = await fetch(`${server.url}/trpc/createPost`, { method: 'POST', headers: { cookie: jar.header(), 'content-type': 'application/json' }, body: '{"title":"x"}' })
    expect(response.status).toBe(403)
    expect(await postCount()).toBe(before)
  })

  it('lets through our own Origin, an allow-listed one, and Sec-Fetch-Site: same-origin', async () => {
    const before = await postCount()
    expect((await createPost({ 'content-type': 'application/json' })).status).toBe(200)
    expect((await createPost({ origin: ADMIN, 'content-type': 'application/json' })).status).toBe(200)
    const { jar } = server.browser()
    await server.signIn(jar, 'edith@example.com')
    const sameOrigin = await fetch(`${server.url}/trpc/createPost`, {
      method: 'POST',
      headers: { cookie: jar.header(), 'sec-fetch-site': 'same-origin', 'content-type': 'application/json' },
      body: '{"title":"Same origin"}',
    })
    expect(sameOrigin.status).toBe(200)
    expect(await postCount()).toBe(before + 3)
  })

  it('the typed client sees a refused batch as FORBIDDEN errors', async () => {
    const { jar } = server.browser()
    await server.signIn(jar, 'edith@example.com')
    const response = await fetch(`${server.url}/trpc/createPost,createPost?batch=1`, {
      method: 'POST',
      headers: { cookie: jar.header(), origin: EVIL, 'content-type': 'application/json' },
      body: JSON.stringify({ 0: { title: 'a' }, 1: { title: 'b' } }),
    })
    expect(response.status).toBe(403)
    expect(((await response.json()) as unknown[]).length).toBe(2)
  })

  it('without the cookie there is no ambient authority to borrow: tRPC and access decide', async () => {
    const response = await fetch(`${server.url}/trpc/createPost`, { method: 'POST', headers: { origin: EVIL, 'content-type': 'application/json' }, body: '{"title":"x"}' })
    expect(response.status).toBe(403)
    expect(((await response.json()) as { error: { message: string } }).error.message).toBe('You are not allowed to perform this action.')
    const plain = await fetch(`${server.url}/trpc/createPost`, { method: 'POST', headers: { origin: EVIL, 'content-type': 'text/plain' }, body: '{"title":"x"}' })
    expect(plain.status).toBe(415)
  })

  it('queries (GET) from anywhere are answered: they never write', async () => {
    const { jar } = server.browser()
    await server.signIn(jar, 'edith@example.com')
    const response = await jar.fetch(`${server.url}/trpc/authenticateUser`, { headers: { origin: EVIL } })
    expect(response.status).toBe(200)
  })
})
