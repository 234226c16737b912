// login: the result, the token as Bearer and cookie, a new session per login, one error for
// every failure, hooks and the transaction around them, rehash on login.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { AuthenticationError, LOGIN_FAILED_MESSAGE } from '../src/auth/errors.ts'
import { hashPassword, parsePasswordHash } from '../src/auth/password-hash.ts'
import { delegateFor, type Database } from '../src/database/types.ts'
import { ValidationError } from '../src/errors/api-error.ts'
import type { Quire } from '../src/quire.ts'
import { createTestQuire, testProviders } from '../src/testing/index.ts'
import { authFixture, bearer, rawRows } from './fixtures/auth-config.ts'

const { config, probe, outbox } = authFixture()

describe.each(testProviders())('login on %s', (provider) => {
  let quire: Quire
  let db: Database
  let cleanup: () => Promise<void>
  const sessions = (where: object = {}) => rawRows(db, quire.schema.sessions.delegate, where)

  beforeAll(async () => {
    ;({ quire, db, cleanup } = await createTestQuire({ config, provider }))
    await quire.create({ collection: 'users', data: { email: 'ann@example.test', password: 'ann-password', name: 'Ann' } })
  })
  afterAll(() => cleanup())
  beforeEach(() => {
    probe.calls.length = 0
    probe.throwIn = undefined
  })

  it('returns { token, user, exp }: the user at depth 0 with collection, strategy and session', async () => {
    const before = Math.floor(Date.now() / 1000)
    const { token, user, exp } = await quire.login({ collection: 'users', data: { email: 'ann@example.test', password: 'ann-password' } })
    const after = Math.floor(Date.now() / 1000)
    expect(token).toMatch(/^Fe26\.2\*1\*/)
    expect(user).toMatchObject({ email: 'ann@example.test', name: 'Ann', collection: 'users', _strategy: 'session', greeted: true })
    expect(typeof user._sid).toBe('number')
    // tokenExpiration (7200 s) from the moment of login, however long the login took.
    expect(exp).toBeGreaterThanOrEqual(before + 7200)
    expect(exp).toBeLessThanOrEqual(after + 7200)
    expect(Object.keys(user)).not.toContain('passwordHash')
    expect(Object.keys(user)).not.toContain('password')
  })

  it('lower-cases and trims the email', async () => {
    const { user } = await quire.login({ collection: 'users', data: { email: '  ANN@Example.TEST ', password: 'ann-password' } })
    expect(user.email).toBe('ann@example.test')
  })

  it('authenticates the token as Bearer and as the quire-token cookie', async () => {
    const { token, user } = await quire.login({ collection: 'users', data: { email: 'ann@example.test', password: 'ann-password' } })
    expect((await quire.auth({ headers: bearer(token) })).user).toMatchObject({ id: user.id, collection: 'users', _sid: user._sid })
    expect((await quire.auth({ headers: new Headers({ cookie: `theme=dark; quire-token=${token}` }) })).user?.id).toBe(user.id)
    expect((await quire.auth({ headers: {} })).user).toBeNull()
  })

  it('creates a new session (new id, new row) on every login and stores only the id hash', async () => {
    const first = await quire.login({ collection: 'users', data: { email: 'ann@example.test', password: 'ann-password' } })
    const second = await quire.login({ collection: 'users', data: { email: 'ann@example.test', password: 'ann-password' } })
    expect(second.token).not.toBe(first.token)
    expect(second.user._sid).not.toBe(first.user._sid)
    const rows = await sessions({ id: { in: [first.user._sid, second.user._sid] } })
    expect(rows).toHaveLength(2)
    for (const row of rows) {
      expect(row).toMatchObject({ userCollection: 'users', userId: String(first.user.id) })
      expect(row.idHash).toMatch(/^[0-9a-f]{64}$/)
      expect(first.token).not.toContain(String(row.idHash))
      expect((row.absoluteExpiresAt as Date).getTime() - (row.createdAt as Date).getTime()).toBe(30 * 24 * 3600 * 1000)
    }
  })

  it('does not bump updatedAt', async () => {
    const before = await quire.findByID({ collection: 'users', id: 1 })
    await quire.login({ collection: 'users', data: { email: 'ann@example.test', password: 'ann-password' } })
    expect((await quire.findByID({ collection: 'users', id: 1 })).updatedAt).toBe(before.updatedAt)
  })

  it('answers every failure with the same 401 AuthenticationError', async () => {
    await quire.create({ collection: 'readers', data: { email: 'unverified@example.test', password: 'reader-password' } })
    const attempts = [
      () => quire.login({ collection: 'users', data: { email: 'nobody@example.test', password: 'ann-password' } }),
      () => quire.login({ collection: 'users', data: { email: 'ann@example.test', password: 'wrong' } }),
      () => quire.login({ collection: 'readers', data: { email: 'unverified@example.test', password: 'reader-password' } }),
    ]
    for (const attempt of attempts) {
      const error = await attempt().catch((caught: unknown) => caught)
      expect(error).toBeInstanceOf(AuthenticationError)
      expect(error).toMatchObject({ status: 401, message: LOGIN_FAILED_MESSAGE })
    }
    // Clean the counter the wrong password added, for the tests below.
    await quire.unlock({ collection: 'users', data: { email: 'ann@example.test' } })
  })

  it('refuses a login without email or password as a ValidationError (it reveals nothing)', async () => {
    await expect(quire.login({ collection: 'users', data: { email: '', password: 'x' } })).rejects.toBeInstanceOf(ValidationError)
    await expect(quire.login({ collection: 'users', data: { email: 'ann@example.test', password: '' } })).rejects.toMatchObject({ status: 400, data: { errors: [{ path: 'password' }] } })
    await expect(quire.login({ collection: 'posts', data: { email: 'a@b.c', password: 'x' } })).rejects.toMatchObject({ status: 400, message: 'The collection posts does not have auth enabled.' })
  })

  it('logs in with a username, or with the email when allowEmailLogin is set', async () => {
    const player = await quire.create({ collection: 'players', data: { username: 'Zed', email: 'zed@example.test', password: 'zed-password' } })
    expect(player.username).toBe('zed')
    expect((await quire.login({ collection: 'players', data: { username: 'ZED', password: 'zed-password' } })).user.id).toBe(player.id)
    expect((await quire.login({ collection: 'players', data: { email: 'zed@example.test', password: 'zed-password' } })).user.id).toBe(player.id)
    await expect(quire.login({ collection: 'players', data: { username: 'zed', password: 'nope' } })).rejects.toMatchObject({ status: 401, message: 'The username or password provided is incorrect.' })
  })

  it('runs beforeLogin and afterLogin with the user, and afterLogin may replace it', async () => {
    const { token, user } = await quire.login({ collection: 'users', data: { email: 'ann@example.test', password: 'ann-password' } })
    expect(probe.calls.map((call) => call.hook)).toEqual(['beforeLogin', 'afterLogin'])
    expect(probe.calls[0]!.args.user).toMatchObject({ email: 'ann@example.test', _sid: user._sid })
    expect(probe.calls[1]!.args).toMatchObject({ token })
    expect(user.greeted).toBe(true)
  })

  it.each(['beforeLogin', 'afterLogin'] as const)('a throwing %s leaves no session behind', async (hook) => {
    const before = await sessions({ userId: '1' })
    probe.throwIn = hook
    await expect(quire.login({ collection: 'users', data: { email: 'ann@example.test', password: 'ann-password' } })).rejects.toThrow(`${hook} refused`)
    expect(await sessions({ userId: '1' })).toEqual(before)
  })

  it('populates the user to auth.depth, or the depth the call asks for', async () => {
    const boss = await quire.create({ collection: 'users', data: { email: 'boss@example.test', password: 'boss-password', name: 'Boss' } })
    await quire.create({ collection: 'users', data: { email: 'worker@example.test', password: 'worker-password', manager: boss.id } })
    const flat = await quire.login({ collection: 'users', data: { email: 'worker@example.test', password: 'worker-password' } })
    expect(flat.user.manager).toBe(boss.id)
    expect((await quire.auth({ headers: bearer(flat.token) })).user?.manager).toBe(boss.id)
    const deep = await quire.login({ collection: 'users', data: { email: 'worker@example.test', password: 'worker-password' }, depth: 1 })
    expect(deep.user.manager).toMatchObject({ id: boss.id, name: 'Boss' })
    expect(Object.keys(deep.user.manager as object)).not.toContain('passwordHash')
  })

  it('rehashes a password stored with older parameters at login', async () => {
    const stale = await quire.create({ collection: 'users', data: { email: 'stale@example.test', password: 'stale-password' } })
    const oldHash = (await rawRows(db, 'users', { id: stale.id }))[0]!.passwordHash as string
    expect(parsePasswordHash(oldHash)?.params).toEqual({ N: 1024, r: 8, p: 1 })
    // As if the hash had been made under an older setting: replace it through the raw client.
    const weaker = await hashPassword('stale-password', { N: 2 ** 11, r: 4, p: 1 })
    await delegateFor(db.client, 'users').update({ where: { id: stale.id }, data: { passwordHash: weaker }, select: { id: true } })
    await quire.login({ collection: 'users', data: { email: 'stale@example.test', password: 'stale-password' } })
    const upgraded = (await rawRows(db, 'users', { id: stale.id }))[0]!.passwordHash as string
    expect(upgraded).not.toBe(weaker)
    expect(parsePasswordHash(upgraded)?.params).toEqual({ N: 1024, r: 8, p: 1 })
    await quire.login({ collection: 'users', data: { email: 'stale@example.test', password: 'stale-password' } })
    expect((await rawRows(db, 'users', { id: stale.id }))[0]!.passwordHash).toBe(upgraded)
  })

  it('sends no email on login', () => {
    expect(outbox.outbox.filter((message) => message.to === 'ann@example.test')).toEqual([])
  })
})
