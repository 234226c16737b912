// Refresh-token reuse through the real server. A session cookie copied by someone else: whoever
// refreshes first gets the new token, the other is left with the rotated-out one. Within the grace
// period (requests already in flight) that one still authenticates but cannot refresh; a refresh
// with it after the grace means two parties hold the session, and the whole session ends — the
// thief's newer cookie too. With `refreshGracePeriod: 0` the same holds from the first second.
import { buildConfig, type Quire } from '@quire/core'
import { testProviders } from '@quire/core/testing'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { SESSION_COOKIE_NAME } from '../src/index.ts'
import { createCookieJar } from './harness/cookie-jar.ts'
import { startTestServer, TEST_PASSWORD, TEST_SECRET, type TestServer } from './harness/test-server.ts'

const FAST = { N: 1024, r: 8, p: 1 }
const config = buildConfig({
  collections: [
    { slug: 'users', auth: { scrypt: FAST }, fields: [] },
    { slug: 'strict-users', auth: { scrypt: FAST, refreshGracePeriod: 0 }, fields: [] },
  ],
  secret: TEST_SECRET,
  db: { url: 'file:./unused.db' },
})

/** Ends the grace period of every rotated-out token now (instead of waiting 30 s). */
async function endGracePeriods(quire: Quire): Promise<void> {
  const sessions = (quire.db.client as unknown as Record<string, { updateMany(args: object): Promise<unknown> }>)[quire.schema.sessions.delegate]
  await sessions!.updateMany({ where: { previousIdHash: { not: null } }, data: { previousIdExpiresAt: new Date(Date.now() - 1) } })
}

describe.each(testProviders())('refresh token reuse over HTTP on %s', (provider) => {
  let server: TestServer
  let counter = 0

  beforeAll(async () => {
    server = await startTestServer({ provider, config })
  })
  afterAll(() => server.close())

  /** The owner's browser signed in, and a thief's browser holding a copy of the same cookie. */
  async function stolenSession(collection: 'users' | 'strict-users') {
    const email = `owner${(counter += 1)}@example.com`
    await server.quire.create({ collection, data: { email, password: TEST_PASSWORD } })
    const owner = server.browser()
    await owner.trpc.auth.login.mutate({ collection, email, password: TEST_PASSWORD })
    const thief = server.browser(createCookieJar(server.url))
    thief.jar.cookies.set(SESSION_COOKIE_NAME, owner.jar.cookies.get(SESSION_COOKIE_NAME)!)
    return { owner, thief, email }
  }

  const refreshStatus = async (browser: ReturnType<TestServer['browser']>) => (await browser.jar.fetch(`${server.url}/trpc/auth.refresh`, { method: 'POST', headers: { 'content-type': 'application/json' } })).status
  const whoIs = async (browser: ReturnType<TestServer['browser']>) => (await browser.trpc.auth.me.query()).user?.email ?? null

  it('a rotated-out cookie refreshing after its grace ends the session for both holders', async () => {
    const { owner, thief, email } = await stolenSession('users')
    expect(await refreshStatus(thief)).toBe(200)
    await endGracePeriods(server.quire)
    expect(await refreshStatus(owner)).toBe(401)
    expect(await whoIs(thief)).toBeNull()
    expect(await refreshStatus(thief)).toBe(401)
    // The owner signs in again as usual.
    await owner.trpc.auth.login.mutate({ email, password: TEST_PASSWORD })
    expect(await whoIs(owner)).toBe(email)
  })

  it('a cookie stolen several refreshes ago still ends the session when it refreshes', async () => {
    const { owner, thief, email } = await stolenSession('users')
    // The owner refreshes three times (the newest rotated-out token is in its grace); the thief's copy is older.
    for (let round = 0; round < 3; round += 1) expect(await refreshStatus(owner)).toBe(200)
    expect(await whoIs(owner)).toBe(email)
    expect(await refreshStatus(thief)).toBe(401)
    expect(await whoIs(owner)).toBeNull()
  })

  it('within the grace the rotated-out cookie cannot refresh, and the session lives on', async () => {
    const { owner, thief, email } = await stolenSession('users')
    expect(await refreshStatus(owner)).toBe(200)
    expect(await refreshStatus(thief)).toBe(401)
    expect(await whoIs(owner)).toBe(email)
    expect(await whoIs(thief)).toBe(email)
  })

  it('refreshGracePeriod: 0 — the rotated-out cookie is signed out at once, and its refresh ends the session', async () => {
    const { owner, thief } = await stolenSession('strict-users')
    expect(await refreshStatus(owner)).toBe(200)
    expect(await whoIs(thief)).toBeNull()
    expect(await refreshStatus(thief)).toBe(401)
    expect(await whoIs(owner)).toBeNull()
  })
})
