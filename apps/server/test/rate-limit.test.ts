// Rate limits on auth.login and auth.forgotPassword through the real server: per account and
// per client address, 429 with Retry-After and a tRPC-shaped error, answered before any
// password is hashed, sliding back open when the window moves. The limits are declared on the
// procedures, so every spelling tRPC resolves to one counts: percent-encoded names, batches,
// the same procedure named twice. The limiter lives in memory; the procedures run on both
// databases.
import { buildConfig, type Provider } from '@quire/core'
import { testProviders } from '@quire/core/testing'
import { holdScrypt, scryptCalls } from '@quire/core/testing/scrypt-probe'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { startTestServer, TEST_SECRET, type TestServer } from './harness/test-server.ts'

// Lets a test hold password hashing (the real scrypt still runs): see scrypt-probe.ts in @quire/core.
vi.mock('node:crypto', async (importOriginal) => (await import('@quire/core/testing/scrypt-probe')).probeScrypt(await importOriginal()))

const config = buildConfig({
  collections: [{ slug: 'users', auth: { scrypt: { N: 2 ** 10, r: 8, p: 1 }, maxLoginAttempts: 0 }, fields: [{ name: 'name', type: 'text' }] }],
  secret: TEST_SECRET,
  db: { url: 'file:./unused.db' },
})
const PASSWORD = 'the-right-password'
const limits = { windowSeconds: 60, loginPerAccount: 3, loginPerIp: 5, forgotPasswordPerAccount: 2, forgotPasswordPerIp: 4, passwordHashConcurrency: 1, passwordHashQueue: 64 }

/** Names tRPC resolves to auth.login: each must be counted as auth.login. */
const LOGIN_SPELLINGS = ['auth.login', 'auth%2Elogin', 'auth%2elogin', 'auth.%6Cogin', '%61uth.login', 'auth%2E%6C%6F%67%69%6E']

describe.each(testProviders())('auth rate limits on %s', (provider: Provider) => {
  let server: TestServer

  beforeAll(async () => {
    server = await startTestServer({ provider, config, env: { rateLimits: limits, trustProxy: true } })
    for (const name of ['ada', 'bob', 'cyd', 'dan', 'fay', 'gil']) await server.quire.create({ collection: 'users', data: { name, email: `${name}@example.com`, password: PASSWORD } })
  })
  afterAll(() => server.close())

  function post(procedure: string, body: unknown, ip: string): Promise<Response> {
    return fetch(`${server.url}/trpc/${procedure}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-forwarded-for': `198.51.100.77, ${ip}` }, body: JSON.stringify(body) })
  }
  const login = (email: string, ip: string, password = 'wrong') => post('auth.login', { email, password }, ip)

  async function expectRefused(response: Response, path = 'auth.login'): Promise<void> {
    expect(response.status).toBe(429)
    const retryAfter = Number(response.headers.get('retry-after'))
    expect(Number.isInteger(retryAfter) && retryAfter >= 1 && retryAfter <= 60).toBe(true)
    expect(response.headers.getSetCookie()).toEqual([])
    expect(await response.json()).toEqual({ error: { message: `Too many attempts. Try again in ${retryAfter === 1 ? '1 second' : `${retryAfter} seconds`}.`, code: -32029, data: { code: 'TOO_MANY_REQUESTS', httpStatus: 429, path } } })
  }

  it('per account: the 4th attempt in a minute is refused, even with the right password and from elsewhere', async () => {
    for (let attempt = 0; attempt < 3; attempt += 1) expect((await login('ada@example.com', '192.0.2.1')).status).toBe(401)
    await expectRefused(await login('ada@example.com', '192.0.2.2', PASSWORD))
    // Spelled differently, still the same account (the Local API trims and lower-cases logins).
    await expectRefused(await login('  ADA@Example.com ', '192.0.2.3', PASSWORD))
    // Another account is not affected.
    expect((await login('bob@example.com', '192.0.2.2', PASSWORD)).status).toBe(200)
  })

  it('per address: the 6th attempt from one address is refused whatever the account; other addresses go on', async () => {
    const ip = '203.0.113.10'
    const emails = ['bob', 'cyd', 'dan', 'nobody1', 'nobody2'].map((name) => `${name}@example.com`)
    for (const email of emails) expect((await login(email, ip)).status).toBe(401)
    await expectRefused(await login('nobody3@example.com', ip))
    expect((await login('nobody3@example.com', '203.0.113.11')).status).toBe(401)
  })

  it('every spelling of auth.login counts against the same limits, and none gets past them', async () => {
    // Each spelling reaches the procedure (a wrong password is a 401 from it)…
    for (const [index, spelling] of LOGIN_SPELLINGS.slice(0, 3).entries()) expect((await post(spelling, { email: 'fay@example.com', password: 'wrong' }, `192.0.2.${110 + index}`)).status).toBe(401)
    // …and counts toward the account: the 4th, however spelled, is refused, with the right password too.
    for (const spelling of LOGIN_SPELLINGS) await expectRefused(await post(spelling, { email: 'fay@example.com', password: PASSWORD }, '192.0.2.120'))
    // Per address too: 5 attempts spelled differently, the 6th is refused in every spelling.
    const ip = '203.0.113.40'
    for (const [index, spelling] of LOGIN_SPELLINGS.slice(1).entries()) expect((await post(spelling, { email: `nobody-${index}@example.com`, password: 'x' }, ip)).status).toBe(401)
    for (const spelling of LOGIN_SPELLINGS) await expectRefused(await post(spelling, { email: 'nobody-else@example.com', password: 'x' }, ip))
  })

  it('a batch counts each login in it: 10 in one request from one address, 5 run and 5 are refused', async () => {
    const ip = '203.0.113.20'
    const names = Array.from({ length: 10 }, (_, index) => LOGIN_SPELLINGS[index % LOGIN_SPELLINGS.length])
    const body = Object.fromEntries(names.map((_, index) => [index, { email: `batch-${index}@example.com`, password: 'x' }]))
    const response = await post(`${names.join(',')}?batch=1`, body, ip)
    const statuses = ((await response.json()) as Array<{ error: { data: { httpStatus: number } } }>).map((item) => item.error.data.httpStatus)
    expect(statuses.filter((status) => status === 401)).toHaveLength(5)
    expect(statuses.filter((status) => status === 429)).toHaveLength(5)
    expect(Number(response.headers.get('retry-after'))).toBeGreaterThanOrEqual(1)
    // The address is spent: a lone login after the batch is refused.
    await expectRefused(await post('auth.login', { email: 'batch-11@example.com', password: 'x' }, ip))
    // The same account named twice in one batch counts twice.
    const twice = await post('auth.login,auth%2Elogin?batch=1', { 0: { email: 'gil@example.com', password: 'x' }, 1: { email: 'GIL@example.com', password: 'y' } }, '203.0.113.21')
    expect(twice.status).toBe(401)
    const third = await post('auth.login,auth.login?batch=1', { 0: { email: 'gil@example.com', password: 'x' }, 1: { email: 'gil@example.com', password: 'y' } }, '203.0.113.22')
    expect(((await third.json()) as Array<{ error: { data: { httpStatus: number } } }>).map((item) => item.error.data.httpStatus).sort()).toEqual([401, 429])
  })

  it('forgotPassword: per account and per address, same 429, however spelled', async () => {
    for (const spelling of ['auth.forgotPassword', 'auth%2EforgotPassword']) expect((await post(spelling, { email: 'dan@example.com' }, '192.0.2.50')).status).toBe(200)
    await expectRefused(await post('auth.forgotPassword', { email: 'dan@example.com' }, '192.0.2.51'), 'auth.forgotPassword')
    await expectRefused(await post('auth.%66orgotPassword', { email: 'dan@example.com' }, '192.0.2.52'), 'auth.forgotPassword')
    for (const name of ['x1', 'x2']) expect((await post('auth.forgotPassword', { email: `${name}@example.com` }, '192.0.2.60')).status).toBe(200)
    for (const name of ['x3', 'x4']) expect((await post('auth.forgotPassword', { email: `${name}@example.com` }, '192.0.2.60')).status).toBe(200)
    await expectRefused(await post('auth.forgotPassword', { email: 'x5@example.com' }, '192.0.2.60'), 'auth.forgotPassword')
  })

  it('other procedures are never limited, and an oversized password is a 400 before any hashing', async () => {
    for (let attempt = 0; attempt < 10; attempt += 1) expect((await post('auth.me', {}, '192.0.2.1')).status).toBe(405)
    const huge = await post('auth.login', { email: 'ada@example.com', password: 'x'.repeat(70_000) }, '192.0.2.99')
    expect(huge.status).toBe(400)
  })

  it.each(['auth.login', 'auth%2Elogin', 'auth.%6Cogin'])('password hashing is gated for %s: one login hashes at a time, one waits, the rest are refused with 429', async (spelling) => {
    const slowConfig = buildConfig({
      collections: [{ slug: 'users', auth: { scrypt: { N: 2 ** 16, r: 8, p: 1 }, maxLoginAttempts: 0 }, fields: [] }],
      secret: TEST_SECRET,
      db: { url: 'file:./unused.db' },
    })
    const off = { ...limits, loginPerAccount: 0, loginPerIp: 0, passwordHashConcurrency: 1, passwordHashQueue: 1 }
    const gated = await startTestServer({ provider, config: slowConfig, env: { rateLimits: off } })
    try {
      await gated.quire.create({ collection: 'users', data: { email: 'slow@example.com', password: PASSWORD } })
      const attempt = () => fetch(`${gated.url}/trpc/${spelling}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'slow@example.com', password: PASSWORD }) })
      // The first login's hash is held until two have been refused, so however slow the machine
      // all four arrive while one hashes: one hashes, one waits for the slot, two are refused.
      let refusedTwo!: () => void
      const twoRefused = new Promise<void>((resolve) => (refusedTwo = resolve))
      let refusedCount = 0
      scryptCalls.length = 0
      const release = holdScrypt()
      const pending = Array.from({ length: 4 }, () =>
        attempt().then((response) => {
          if (response.status === 429 && (refusedCount += 1) === 2) refusedTwo()
          return response
        }),
      )
      try {
        await twoRefused
        expect(scryptCalls).toHaveLength(1) // the one admitted login, still hashing
      } finally {
        release()
      }
      const responses = await Promise.all(pending)
      expect(responses.map((response) => response.status).sort()).toEqual([200, 200, 429, 429])
      const refused = responses.find((response) => response.status === 429)!
      expect([refused.headers.get('retry-after'), ((await refused.json()) as { error: { message: string } }).error.message]).toEqual(['1', 'Too many sign-ins at once. Try again in 1 second.'])
      expect((await attempt()).status).toBe(200)
    } finally {
      await gated.close()
    }
  })

  it('the window slides: room comes back when the oldest attempt leaves it', async () => {
    // The clock stands still until the test moves it, so the attempts are as close together or
    // as far apart as the test says, however slow the machine (timers stay real).
    vi.useFakeTimers({ toFake: ['Date'] })
    const quick = await startTestServer({ provider, config, env: { rateLimits: { ...limits, windowSeconds: 60, loginPerAccount: 1 } } })
    try {
      await quick.quire.create({ collection: 'users', data: { name: 'eve', email: 'eve@example.com', password: PASSWORD } })
      const once = () => fetch(`${quick.url}/trpc/auth.login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'eve@example.com', password: PASSWORD }) })
      expect((await once()).status).toBe(200)
      vi.setSystemTime(Date.now() + 59_000)
      const refused = await once()
      expect([refused.status, refused.headers.get('retry-after')]).toEqual([429, '1'])
      vi.setSystemTime(Date.now() + 1_000)
      expect((await once()).status).toBe(200)
    } finally {
      await quick.close()
      vi.useRealTimers()
    }
  })
})
