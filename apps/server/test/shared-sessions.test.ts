// Two server instances against one PostgreSQL database share sessions, because a session is
// a database row and the cookie only seals a reference to it: sign in through one, use the
// cookie on the other, log out through the other, and the first sees an anonymous caller.
// Each server has its own Quire, opened by its own getQuire (its own connection pool), as two
// processes would; nothing is shared in memory but the test's cookie jars.
//
// Skipped only when TEST_POSTGRES_URL is unset (there is no PostgreSQL to share); CI sets it.
import { getQuire, type Quire } from '@quire/core'
import { createTestDatabase, type TestDatabase } from '@quire/core/testing'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { SESSION_COOKIE_NAME, withServerEnv } from '../src/index.ts'
import { createCookieJar } from './harness/cookie-jar.ts'
import { testConfig } from './harness/test-config.ts'
import { serveQuire, TEST_PASSWORD, TEST_SECRET, type TestServer } from './harness/test-server.ts'

const EMAIL = 'roaming@example.com'

describe.skipIf(!process.env.TEST_POSTGRES_URL)('two servers on one PostgreSQL', () => {
  let database: TestDatabase
  let first: TestServer
  let second: TestServer

  beforeAll(async () => {
    database = await createTestDatabase({ config: testConfig, provider: 'postgresql' })
    // Two config objects → two getQuire instances, each opening its own database client.
    const open = (): Promise<Quire> => getQuire({ config: withServerEnv(testConfig, { databaseUrl: database.url, secret: TEST_SECRET }) })
    const [quireA, quireB] = [await open(), await open()]
    expect(quireA).not.toBe(quireB)
    expect(quireA.db).not.toBe(quireB.db)
    first = await serveQuire({ quire: quireA, cleanup: () => quireA.db.close() })
    second = await serveQuire({ quire: quireB, cleanup: () => quireB.db.close() })
    await quireA.create({ collection: 'users', data: { name: 'Roaming Editor', email: EMAIL, password: TEST_PASSWORD, role: 'editor' } })
  })
  afterAll(async () => {
    await first?.close()
    await second?.close()
    await database?.cleanup()
  })

  it('login through one, use and logout through the other, and the first sees an anonymous user', async () => {
    const onFirst = first.browser()
    await onFirst.trpc.auth.login.mutate({ email: EMAIL, password: TEST_PASSWORD })
    const cookie = onFirst.jar.cookies.get(SESSION_COOKIE_NAME)
    expect(cookie).toMatch(/^Fe26\.2\*/)

    // The same browser cookie, presented to the other server (its own origin, as behind a load balancer).
    const jarOnSecond = createCookieJar(second.url)
    jarOnSecond.cookies.set(SESSION_COOKIE_NAME, cookie ?? '')
    const onSecond = second.browser(jarOnSecond)
    expect(await onSecond.trpc.authenticateUser.query()).toEqual({ hello: EMAIL })
    expect((await onSecond.trpc.collections.count.query({ collection: 'users' })).totalDocs).toBe(1)
    const sessions = await onSecond.trpc.auth.sessions.list.query()
    expect(sessions.map((session) => session.current)).toEqual([true])

    expect(await onSecond.trpc.auth.logout.mutate()).toEqual({ revokedSessions: 1 })
    expect(jarOnSecond.cookies.has(SESSION_COOKIE_NAME)).toBe(false)
    // The first server still holds the cookie, but the session behind it is gone.
    expect(onFirst.jar.cookies.get(SESSION_COOKIE_NAME)).toBe(cookie)
    expect(await onFirst.trpc.authenticateUser.query()).toEqual({ hello: 'Not authenticated' })
    expect(await onFirst.trpc.auth.me.query()).toEqual({ user: null })
  })
})
