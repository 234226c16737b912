// The cookie's attributes and lifetime, over a real Node request/response pair.
import { createServer, type Server } from 'node:http'
import type { SessionCookie } from '@quire/api'
import { afterEach, describe, expect, it } from 'vitest'
import { cookieCount, ironSessionCookie, sessionOptions } from './session-cookie.ts'

const secret = 'cookie-test-secret-of-32-characters!'
let server: Server | undefined
afterEach(() => server?.close())

/** Serves one request: `act` runs against the request's session; answers with its token. */
async function roundTrip(production: boolean, act: (session: SessionCookie) => Promise<void> | void, cookie?: string): Promise<Response> {
  server = createServer((req, res) => {
    void ironSessionCookie(req, res, sessionOptions({ secret, production })).then(async (session) => {
      await act(session)
      res.end(session.token ?? '-')
    })
  })
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : 0
  return fetch(`http://127.0.0.1:${port}/`, { headers: cookie ? { cookie } : {} })
}

describe('the iron-session cookie', () => {
  it('seals the token with HttpOnly, SameSite=Lax, Path=/ and a lifetime following the session', async () => {
    const response = await roundTrip(false, (session) => session.set('token-1', new Date(Date.now() + 3600_000)))
    const [setCookie] = response.headers.getSetCookie()
    expect(setCookie).toMatch(/^quire-session=Fe26\.2\*/)
    expect(setCookie).toContain('HttpOnly')
    expect(setCookie).toContain('SameSite=Lax')
    expect(setCookie).toContain('Path=/')
    expect(setCookie).not.toContain('Secure')
    expect(Number(/Max-Age=(\d+)/.exec(setCookie ?? '')?.[1])).toBe(3540)

    const cookie = (setCookie ?? '').split(';')[0]
    expect(await (await roundTrip(false, () => undefined, cookie)).text()).toBe('token-1')
  })

  it('is __Host-quire-session and Secure in production', async () => {
    const response = await roundTrip(true, (session) => session.set('t', new Date(Date.now() + 600_000)))
    expect(response.headers.getSetCookie()[0]).toMatch(/^__Host-quire-session=Fe26\.2\*[^;]+; Max-Age=\d+; Path=\/; HttpOnly; Secure; SameSite=Lax$/)
  })

  it('two session cookies read as no token and clear ours; a new login still sets one', async () => {
    const first = await roundTrip(false, (session) => session.set('token-1', new Date(Date.now() + 3600_000)))
    const cookie = (first.headers.getSetCookie()[0] ?? '').split(';')[0] ?? ''
    const twice = await roundTrip(false, () => undefined, `${cookie}; ${cookie}`)
    expect(await twice.text()).toBe('-')
    expect(twice.headers.getSetCookie()[0]).toMatch(/^quire-session=; Max-Age=0/)
    const relogin = await roundTrip(false, (session) => session.set('token-2', new Date(Date.now() + 3600_000)), `${cookie}; quire-session=other`)
    expect(await relogin.text()).toBe('token-2')
    expect(relogin.headers.getSetCookie().at(-1)).toMatch(/^quire-session=Fe26\.2\*/)
  })

  it('clear() expires the cookie; a tampered or expired seal reads as no token', async () => {
    const cleared = await roundTrip(false, (session) => session.clear())
    expect(cleared.headers.getSetCookie()[0]).toMatch(/^quire-session=; Max-Age=0/)
    expect(await (await roundTrip(false, () => undefined, 'quire-session=Fe26.2*forged')).text()).toBe('-')
    const expired = await roundTrip(false, (session) => session.set('old', new Date(Date.now() - 1000)))
    const cookie = (expired.headers.getSetCookie()[0] ?? '').split(';')[0]
    expect(await (await roundTrip(false, () => undefined, cookie)).text()).toBe('-')
  })
})

describe('cookieCount', () => {
  it('counts cookies by exact name', () => {
    expect(cookieCount('a=1; quire-session=x; b=2; quire-session=y', 'quire-session')).toBe(2)
    expect(cookieCount('xquire-session=1; quire-session2=2; quire-session=3', 'quire-session')).toBe(1)
    expect(cookieCount(undefined, 'quire-session')).toBe(0)
  })
})

describe('cookiePassword', () => {
  it('derives a stable 43-character key that differs from the secret', async () => {
    const { cookiePassword } = await import('./session-cookie.ts')
    expect(cookiePassword(secret)).toBe(cookiePassword(secret))
    expect(cookiePassword(secret)).toMatch(/^[A-Za-z0-9_-]{43}$/)
    expect(cookiePassword(secret)).not.toBe(cookiePassword(`${secret}x`))
  })
})
