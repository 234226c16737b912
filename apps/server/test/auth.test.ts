// The seed's login / logout (allSessions) / refresh and me, through the real server with the
// Local API's own authentication: the token travels only inside the iron-session cookie.
import type { AppRouter } from '@quire/api'
import { buildConfig } from '@quire/core'
import { testProviders } from '@quire/core/testing'
import { TRPCClientError } from '@trpc/client'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { SESSION_COOKIE_NAME } from '../src/index.ts'
import { startTestServer, TEST_SECRET, type TestServer } from './harness/test-server.ts'

const authConfig = buildConfig({
  collections: [
    { slug: 'users', auth: true, fields: [{ name: 'name', type: 'text' }] },
    { slug: 'posts', fields: [{ name: 'title', type: 'text', required: true }] },
  ],
  secret: TEST_SECRET,
  db: { url: 'file:./unused.db' },
})

const EMAIL = 'edith@example.com'
const PASSWORD = 'correct horse battery staple'

describe.each(testProviders())('authentication over HTTP on %s', (provider) => {
  let server: TestServer

  beforeAll(async () => {
    server = await startTestServer({ provider, config: authConfig })
    await server.quire.create({ collection: 'users', data: { name: 'Edith', email: EMAIL, password: PASSWORD } })
  })
  afterAll(() => server.close())

  async function signedIn() {
    const browser = server.browser()
    await browser.trpc.auth.login.mutate({ email: EMAIL, password: PASSWORD })
    return browser
  }

  it('a wrong password is a 401 with the one generic message, and no cookie', async () => {
    const { jar, trpc } = server.browser()
    const error: unknown = await trpc.auth.login.mutate({ email: EMAIL, password: 'wrong' }).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(TRPCClientError)
    expect((error as TRPCClientError<AppRouter>).data).toMatchObject({ code: 'UNAUTHORIZED', httpStatus: 401 })
    expect((error as TRPCClientError<AppRouter>).message).toBe('The email or password provided is incorrect.')
    expect(jar.cookies.size).toBe(0)
  })

  it('login sets the HttpOnly session cookie and never returns the token', async () => {
    const { jar } = server.browser()
    const response = await jar.fetch(`${server.url}/trpc/auth.login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: EMAIL, password: PASSWORD }) })
    expect(response.status).toBe(200)
    const [cookie] = response.headers.getSetCookie()
    expect(cookie).toMatch(new RegExp(`^${SESSION_COOKIE_NAME}=Fe26\\.2\\*.+; Max-Age=\\d+; Path=/; HttpOnly; SameSite=Lax$`))
    const body = (await response.json()) as { result: { data: Record<string, unknown> } }
    expect(Object.keys(body.result.data).sort()).toEqual(['exp', 'user'])
    expect((body.result.data.user as { email: string }).email).toBe(EMAIL)
    expect(JSON.stringify(body)).not.toMatch(/"token"|hash|salt/)
  })

  it('the cookie makes the seed functions see the user; refresh re-seals it', async () => {
    const { jar, trpc } = await signedIn()
    expect(await trpc.authenticateUser.query()).toEqual({ hello: EMAIL })
    expect((await trpc.auth.me.query()).user).toMatchObject({ email: EMAIL })
    expect((await trpc.createPost.mutate({ title: 'Signed in' })).title).toBe('Signed in')
    const before = jar.cookies.get(SESSION_COOKIE_NAME)
    const refreshed = await trpc.auth.refresh.mutate()
    expect(refreshed.user).toMatchObject({ email: EMAIL })
    expect(jar.cookies.get(SESSION_COOKIE_NAME)).not.toBe(before)
    expect(await trpc.authenticateUser.query()).toEqual({ hello: EMAIL })
  })

  it('logout clears the cookie and ends the session on the server', async () => {
    const { jar, trpc } = await signedIn()
    const stolen = jar.header()
    expect(await trpc.auth.logout.mutate()).toEqual({ revokedSessions: 1 })
    expect(jar.cookies.has(SESSION_COOKIE_NAME)).toBe(false)
    expect(await trpc.authenticateUser.query()).toEqual({ hello: 'Not authenticated' })
    const replay = await fetch(`${server.url}/trpc/authenticateUser`, { headers: { cookie: stolen } })
    expect(((await replay.json()) as { result: { data: unknown } }).result.data).toEqual({ hello: 'Not authenticated' })
  })

  it('logout with allSessions signs the user out everywhere', async () => {
    const laptop = await signedIn()
    const phone = await signedIn()
    const { revokedSessions } = await laptop.trpc.auth.logout.mutate({ allSessions: true })
    expect(revokedSessions).toBeGreaterThanOrEqual(2)
    expect(await phone.trpc.authenticateUser.query()).toEqual({ hello: 'Not authenticated' })
  })

  it('login input is strict and forgotPassword reveals nothing', async () => {
    const { trpc } = server.browser()
    const error: unknown = await trpc.auth.login.mutate({ email: EMAIL, password: PASSWORD, overrideAccess: true } as never).catch((caught: unknown) => caught)
    expect((error as TRPCClientError<AppRouter>).data?.fieldErrors).toEqual([{ path: '', message: 'Unrecognized key: "overrideAccess"' }])
    const known = await trpc.auth.forgotPassword.mutate({ email: EMAIL })
    const unknown = await trpc.auth.forgotPassword.mutate({ email: 'nobody@example.com' })
    expect(known).toEqual(unknown)
  })
})
