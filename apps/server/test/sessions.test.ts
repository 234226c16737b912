// auth.sessions through the real server: a user sees where they are signed in and can end
// any one of those sessions — the device whose session was revoked is anonymous on its very
// next request — but never another user's. And the user objects the auth procedures return
// carry none of auth's internal fields.
import type { AppRouter } from '@quire/api'
import { buildConfig } from '@quire/core'
import { testProviders } from '@quire/core/testing'
import { TRPCClientError } from '@trpc/client'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { SESSION_COOKIE_NAME } from '../src/index.ts'
import { startTestServer, TEST_PASSWORD, TEST_SECRET, type TestServer } from './harness/test-server.ts'

const config = buildConfig({
  collections: [{ slug: 'users', auth: { scrypt: { N: 1024, r: 8, p: 1 } }, fields: [{ name: 'name', type: 'text' }] }],
  secret: TEST_SECRET,
  db: { url: 'file:./unused.db' },
})

async function rejection(promise: Promise<unknown>): Promise<TRPCClientError<AppRouter>> {
  const error: unknown = await promise.then(() => undefined, (caught: unknown) => caught)
  if (!(error instanceof TRPCClientError)) throw new Error(`expected a TRPCClientError, got ${String(error)}`)
  return error as TRPCClientError<AppRouter>
}

describe.each(testProviders())('session management over HTTP on %s', (provider) => {
  let server: TestServer
  let counter = 0

  beforeAll(async () => {
    server = await startTestServer({ provider, config })
  })
  afterAll(() => server.close())

  /** A new user, and a function that signs in a new "device" (its own cookie jar) as them. */
  async function newUser() {
    const email = `person${(counter += 1)}@example.com`
    await server.quire.create({ collection: 'users', data: { email, password: TEST_PASSWORD, name: `Person ${counter}` } })
    return async () => {
      const device = server.browser()
      await device.trpc.auth.login.mutate({ email, password: TEST_PASSWORD })
      return device
    }
  }

  it('user objects leave the server without internal fields', async () => {
    const device = await (await newUser())()
    const { jar, trpc } = device
    const raw = await jar.fetch(`${server.url}/trpc/auth.me`)
    const me = ((await raw.json()) as { result: { data: { user: Record<string, unknown> } } }).result.data.user
    expect(me).toMatchObject({ collection: 'users', name: `Person ${counter}` })
    expect(Object.keys(me).filter((key) => key.startsWith('_'))).toEqual([])
    const login = await jar.fetch(`${server.url}/trpc/auth.login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: me.email, password: TEST_PASSWORD }) })
    expect(await login.text()).not.toMatch(/"_sid"|"_strategy"/)
    const refreshed = await trpc.auth.refresh.mutate()
    expect(Object.keys(refreshed.user).filter((key) => key.startsWith('_'))).toEqual([])
  })

  it('lists the live sessions of the caller, marking the current one', async () => {
    const signIn = await newUser()
    const laptop = await signIn()
    const phone = await signIn()
    await (await newUser())() // someone else's session, not listed
    const seenFromLaptop = await laptop.trpc.auth.sessions.list.query()
    const seenFromPhone = await phone.trpc.auth.sessions.list.query()
    expect(seenFromLaptop.map((session) => session.id).sort()).toEqual(seenFromPhone.map((session) => session.id).sort())
    expect(seenFromLaptop.length).toBe(2)
    expect(seenFromLaptop.filter((session) => session.current).length).toBe(1)
    expect(seenFromLaptop.find((session) => session.current)?.id).not.toBe(seenFromPhone.find((session) => session.current)?.id)
    expect(Object.keys(seenFromLaptop[0]!).sort()).toEqual(['createdAt', 'current', 'expiresAt', 'id', 'lastUsedAt', 'userAgent'])
    expect(JSON.stringify(seenFromLaptop)).not.toContain(laptop.jar.cookies.get(SESSION_COOKIE_NAME))
  })

  it("revoking another device's session makes that device anonymous on its next request", async () => {
    const signIn = await newUser()
    const laptop = await signIn()
    const phone = await signIn()
    const phoneSession = (await phone.trpc.auth.sessions.list.query()).find((session) => session.current)!
    expect(await laptop.trpc.auth.sessions.revoke.mutate({ id: phoneSession.id })).toEqual({ id: phoneSession.id, current: false })
    expect(await phone.trpc.authenticateUser.query()).toEqual({ hello: 'Not authenticated' })
    expect(await phone.trpc.auth.me.query()).toEqual({ user: null })
    expect((await laptop.trpc.authenticateUser.query()).hello).toMatch(/^person\d+@example\.com$/)
    expect((await laptop.trpc.auth.sessions.list.query()).map((session) => session.id)).not.toContain(phoneSession.id)
  })

  it("a user cannot revoke another user's session: 404, and it stays alive", async () => {
    const edith = await (await newUser())()
    const bob = await (await newUser())()
    const bobSession = (await bob.trpc.auth.sessions.list.query())[0]!
    const error = await rejection(edith.trpc.auth.sessions.revoke.mutate({ id: bobSession.id }))
    expect([error.data?.code, error.data?.httpStatus, error.message]).toEqual(['NOT_FOUND', 404, 'Session not found.'])
    expect((await rejection(edith.trpc.auth.sessions.revoke.mutate({ id: 2 ** 40 }))).data?.httpStatus).toBe(404)
    expect((await bob.trpc.auth.sessions.list.query()).map((session) => session.id)).toEqual([bobSession.id])
    expect((await bob.trpc.authenticateUser.query()).hello).not.toBe('Not authenticated')
  })

  it('revoking the current session signs this device out and clears its cookie', async () => {
    const device = await (await newUser())()
    const current = (await device.trpc.auth.sessions.list.query())[0]!
    expect(await device.trpc.auth.sessions.revoke.mutate({ id: current.id })).toEqual({ id: current.id, current: true })
    expect(device.jar.cookies.has(SESSION_COOKIE_NAME)).toBe(false)
    expect(await device.trpc.authenticateUser.query()).toEqual({ hello: 'Not authenticated' })
  })

  it('anonymous callers have no sessions to list or revoke (401); inputs are strict', async () => {
    const { trpc } = server.browser()
    expect((await rejection(trpc.auth.sessions.list.query())).data?.code).toBe('UNAUTHORIZED')
    expect((await rejection(trpc.auth.sessions.revoke.mutate({ id: 1 }))).data?.code).toBe('UNAUTHORIZED')
    const device = await (await newUser())()
    const sneaky = await rejection(device.trpc.auth.sessions.revoke.mutate({ id: 1, userId: 2 } as never))
    expect(sneaky.data?.fieldErrors).toEqual([{ path: '', message: 'Unrecognized key: "userId"' }])
  })
})
