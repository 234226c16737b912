// The seed's server functions (seeds/000_03aaefc671210a51.txt: login, logout with allSessions,
// refresh, authenticateUser) written against Quire's Local API, exactly in the seed's shape.
// A cookie jar stands in for Next's cookies(); the tRPC issue wires the same calls to HTTP.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { authCookieName } from '../src/auth/extract-credentials.ts'
import { delegateFor, type Database } from '../src/database/types.ts'
import type { Quire } from '../src/quire.ts'
import { createTestQuire, testProviders } from '../src/testing/index.ts'
import { authFixture } from './fixtures/auth-config.ts'

const { config } = authFixture()
const COOKIE = authCookieName(config)

/** One browser: its cookie jar and the server functions it calls. */
function browser(quire: Quire) {
  const jar = new Map<string, string>()
  const headers = () => ({ cookie: [...jar].map(([name, value]) => `${name}=${value}`).join('; ') })
  return {
    jar,
    async loginAction({ email, password }: { email: string; password: string }) {
      try {
        const result = await quire.login({ collection: 'users', data: { email, password } })
        jar.set(COOKIE, result.token)
        return result
      } catch (error) {
        throw new Error(`Login failed: ${error instanceof Error ? error.message : 'Unknown error'}`)
      }
    },
    async logoutAction({ allSessions = false }: { allSessions?: boolean } = {}) {
      const { user } = await quire.auth({ headers: headers() })
      if (!user) return { success: true, message: 'User already logged out' }
      await quire.logout({ collection: user.collection, token: jar.get(COOKIE), allSessions })
      jar.delete(COOKIE)
      return { success: true, message: 'User logged out successfully' }
    },
    async refreshAction() {
      const { user } = await quire.auth({ headers: headers() })
      if (!user) throw new Error('Refresh failed: not authenticated')
      const token = jar.get(COOKIE)
      if (!token) return { success: false, message: 'No valid token found to refresh' }
      const refreshed = await quire.refresh({ collection: user.collection, token })
      jar.set(COOKIE, refreshed.token)
      return { success: true, message: 'Token refreshed successfully', exp: refreshed.exp }
    },
    async authenticateUser() {
      const { user } = await quire.auth({ headers: headers() })
      return user ? { hello: user.email } : { hello: 'Not authenticated' }
    },
  }
}

describe.each(testProviders())('the seed’s server functions on %s', (provider) => {
  let quire: Quire
  let db: Database
  let cleanup: () => Promise<void>

  beforeAll(async () => {
    ;({ quire, db, cleanup } = await createTestQuire({ config, provider }))
    await quire.create({ collection: 'users', data: { email: 'dev@payloadcms.test', password: 'test-password' } })
  })
  afterAll(() => cleanup())

  it('login sets the cookie that authenticates; refresh replaces it; logout clears it', async () => {
    const tab = browser(quire)
    expect(await tab.authenticateUser()).toEqual({ hello: 'Not authenticated' })
    const result = await tab.loginAction({ email: 'dev@payloadcms.test', password: 'test-password' })
    expect(result.user.email).toBe('dev@payloadcms.test')
    expect(await tab.authenticateUser()).toEqual({ hello: 'dev@payloadcms.test' })

    const before = tab.jar.get(COOKIE)!
    expect(await tab.refreshAction()).toMatchObject({ success: true, message: 'Token refreshed successfully' })
    expect(tab.jar.get(COOKIE)).not.toBe(before)
    expect(await tab.authenticateUser()).toEqual({ hello: 'dev@payloadcms.test' })
    // The cookie from before the refresh (rotation) works only for its grace period, for the
    // requests a browser sent before the new cookie arrived; once that ends, it is anonymous.
    const stale = browser(quire)
    stale.jar.set(COOKIE, before)
    expect(await stale.authenticateUser()).toEqual({ hello: 'dev@payloadcms.test' })
    await delegateFor(db.client, quire.schema.sessions.delegate).updateMany({ where: {}, data: { previousIdExpiresAt: new Date(Date.now() - 1) } })
    expect(await stale.authenticateUser()).toEqual({ hello: 'Not authenticated' })

    const kept = tab.jar.get(COOKIE)!
    expect(await tab.logoutAction()).toEqual({ success: true, message: 'User logged out successfully' })
    expect(await tab.authenticateUser()).toEqual({ hello: 'Not authenticated' })
    expect(await tab.logoutAction()).toEqual({ success: true, message: 'User already logged out' })
    // Replaying the logged-out cookie is anonymous too.
    const replay = browser(quire)
    replay.jar.set(COOKIE, kept)
    expect(await replay.authenticateUser()).toEqual({ hello: 'Not authenticated' })
  })

  it('logout with allSessions: true signs out every browser of the user', async () => {
    const laptop = browser(quire)
    const phone = browser(quire)
    await laptop.loginAction({ email: 'dev@payloadcms.test', password: 'test-password' })
    await phone.loginAction({ email: 'dev@payloadcms.test', password: 'test-password' })
    expect(await laptop.logoutAction({ allSessions: true })).toEqual({ success: true, message: 'User logged out successfully' })
    expect(await phone.authenticateUser()).toEqual({ hello: 'Not authenticated' })
  })

  it('logout without allSessions keeps the other browsers signed in', async () => {
    const laptop = browser(quire)
    const phone = browser(quire)
    await laptop.loginAction({ email: 'dev@payloadcms.test', password: 'test-password' })
    await phone.loginAction({ email: 'dev@payloadcms.test', password: 'test-password' })
    await laptop.logoutAction()
    expect(await phone.authenticateUser()).toEqual({ hello: 'dev@payloadcms.test' })
  })

  it('a failed login reports the one public message', async () => {
    await expect(browser(quire).loginAction({ email: 'dev@payloadcms.test', password: 'nope' })).rejects.toThrow('Login failed: The email or password provided is incorrect.')
  })

  it('refresh without a session fails as the seed says', async () => {
    await expect(browser(quire).refreshAction()).rejects.toThrow('Refresh failed')
  })
})
