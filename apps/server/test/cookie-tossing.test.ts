// Cookie tossing through the real server. In production the session cookie is
// `__Host-quire-session` (Secure, Path=/, no Domain: a browser lets only this host set it),
// and an unprefixed `quire-session` someone planted is not read at all. A request carrying the
// session cookie twice — ours and a planted one, or two planted ones — is anonymous, whichever
// of them is valid, and gets our cookie cleared: the server never picks one of them.
import { testProviders } from '@quire/core/testing'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PRODUCTION_SESSION_COOKIE_NAME, SESSION_COOKIE_NAME } from '../src/index.ts'
import { serveQuire, startTestServer, TEST_PASSWORD, type TestServer } from './harness/test-server.ts'

describe.each(testProviders())('session cookies and cookie tossing on %s', (provider) => {
  let production: TestServer
  let development: TestServer

  beforeAll(async () => {
    production = await startTestServer({ provider, env: { production: true } })
    // A development-mode server on the same database: its cookie has no prefix.
    development = await serveQuire({ quire: production.quire })
    for (const email of ['victim@example.com', 'attacker@example.com']) await production.quire.create({ collection: 'users', data: { email, password: TEST_PASSWORD, name: email } })
  })
  afterAll(async () => {
    await development.close()
    await production.close()
  })

  async function login(server: TestServer, email: string): Promise<{ setCookie: string; pair: string }> {
    const response = await fetch(`${server.url}/trpc/auth.login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password: TEST_PASSWORD }) })
    expect(response.status).toBe(200)
    const setCookie = response.headers.getSetCookie()[0] ?? ''
    return { setCookie, pair: setCookie.split(';')[0] ?? '' }
  }

  async function me(server: TestServer, cookie: string): Promise<{ email: string | null; setCookie: string[] }> {
    const response = await fetch(`${server.url}/trpc/auth.me`, { headers: { cookie } })
    expect(response.status).toBe(200)
    const body = (await response.json()) as { result: { data: { user: { email: string } | null } } }
    return { email: body.result.data.user?.email ?? null, setCookie: response.headers.getSetCookie() }
  }

  it('production: the cookie is __Host-quire-session, Secure, Path=/, without Domain', async () => {
    const { setCookie, pair } = await login(production, 'victim@example.com')
    expect(setCookie).toMatch(new RegExp(`^${PRODUCTION_SESSION_COOKIE_NAME}=Fe26\\.2\\*.+; Max-Age=\\d+; Path=/; HttpOnly; Secure; SameSite=Lax$`))
    expect(setCookie).not.toMatch(/domain=/i)
    expect((await me(production, pair)).email).toBe('victim@example.com')
  })

  it('production: an unprefixed session cookie is not read', async () => {
    const { pair } = await login(production, 'victim@example.com')
    const unprefixed = pair.replace(`${PRODUCTION_SESSION_COOKIE_NAME}=`, `${SESSION_COOKIE_NAME}=`)
    expect((await me(production, unprefixed)).email).toBeNull()
  })

  it('two session cookies in one request: anonymous, whichever is valid, and ours is cleared', async () => {
    for (const server of [production, development]) {
      const name = server === production ? PRODUCTION_SESSION_COOKIE_NAME : SESSION_COOKIE_NAME
      const victim = (await login(server, 'victim@example.com')).pair
      const attacker = (await login(server, 'attacker@example.com')).pair
      for (const cookie of [`${attacker}; ${victim}`, `${victim}; ${attacker}`, `${victim}; ${name}=garbage`, `${name}=garbage; ${victim}`, `${victim}; ${victim}`]) {
        const answer = await me(server, cookie)
        expect([cookie, answer.email]).toEqual([cookie, null])
        expect(answer.setCookie.some((line) => line.startsWith(`${name}=;`) && /Max-Age=0/.test(line))).toBe(true)
      }
      // Each of them alone still works: only the ambiguity is refused.
      expect((await me(server, victim)).email).toBe('victim@example.com')
      expect((await me(server, attacker)).email).toBe('attacker@example.com')
    }
  })

  it('with two session cookies a mutation runs as nobody: logout revokes nothing, the real session lives on', async () => {
    const victim = (await login(development, 'victim@example.com')).pair
    const attacker = (await login(development, 'attacker@example.com')).pair
    const response = await fetch(`${development.url}/trpc/auth.logout`, { method: 'POST', headers: { 'content-type': 'application/json', cookie: `${victim}; ${attacker}`, origin: development.url }, body: '{}' })
    expect(response.status).toBe(200)
    expect(((await response.json()) as { result: { data: { revokedSessions: number } } }).result.data.revokedSessions).toBe(0)
    expect((await me(development, victim)).email).toBe('victim@example.com')
  })
})
