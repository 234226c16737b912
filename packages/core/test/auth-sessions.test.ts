// Sessions: logout (one, all), refresh rotation, idle and absolute expiry, pruning, password
// changes revoking other sessions, me().
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { pruneExpiredSessions } from '../src/auth/sessions.ts'
import { delegateFor, type Database } from '../src/database/types.ts'
import { Unauthorized } from '../src/errors/api-error.ts'
import type { Quire } from '../src/quire.ts'
import { createTestQuire, testProviders } from '../src/testing/index.ts'
import { authFixture, bearer, rawRows } from './fixtures/auth-config.ts'

const { config, probe } = authFixture()

describe.each(testProviders())('sessions on %s', (provider) => {
  let quire: Quire
  let db: Database
  let cleanup: () => Promise<void>
  let email: string
  let userId: number
  let counter = 0
  const sessionRows = (where: object = {}) => rawRows(db, quire.schema.sessions.delegate, where)
  const editSession = (id: unknown, data: object) => delegateFor(db.client, quire.schema.sessions.delegate).update({ where: { id }, data, select: { id: true } })
  const whoIs = async (token: string) => (await quire.auth({ headers: bearer(token) })).user
  const login = () => quire.login({ collection: 'users', data: { email, password: 'pass-word' } })

  beforeAll(async () => {
    ;({ quire, db, cleanup } = await createTestQuire({ config, provider }))
  })
  afterAll(() => cleanup())
  beforeEach(async () => {
    probe.calls.length = 0
    email = `user${(counter += 1)}@example.test`
    userId = (await quire.create({ collection: 'users', data: { email, password: 'pass-word' } })).id as number
  })

  it('logout revokes the session: the token replayed afterwards is anonymous', async () => {
    const { token } = await login()
    expect((await whoIs(token))?.id).toBe(userId)
    expect(await quire.logout({ collection: 'users', token })).toEqual({ revokedSessions: 1 })
    expect(await whoIs(token)).toBeNull()
    expect((await quire.auth({ headers: { cookie: `quire-token=${token}` } })).user).toBeNull()
    expect(probe.calls.map((call) => call.hook)).toEqual(['beforeLogin', 'afterLogin', 'afterLogout'])
    expect(probe.calls[2]!.args).toMatchObject({ allSessions: false, user: { id: userId } })
    // Logging out again is not an error.
    expect(await quire.logout({ collection: 'users', token })).toEqual({ revokedSessions: 0 })
  })

  it('logout by the user auth() returned (its _sid) revokes that session only', async () => {
    const first = await login()
    const second = await login()
    const { user } = await quire.auth({ headers: bearer(first.token) })
    expect(await quire.logout({ collection: 'users', user })).toEqual({ revokedSessions: 1 })
    expect(await whoIs(first.token)).toBeNull()
    expect((await whoIs(second.token))?.id).toBe(userId)
  })

  it('logout with allSessions revokes every session of the user and no one else’s', async () => {
    const tokens = [(await login()).token, (await login()).token, (await login()).token]
    const bystander = await quire.create({ collection: 'users', data: { email: `bystander${counter}@example.test`, password: 'pass-word' } })
    const other = await quire.login({ collection: 'users', data: { email: bystander.email as string, password: 'pass-word' } })
    expect(await quire.logout({ collection: 'users', token: tokens[0]!, allSessions: true })).toEqual({ revokedSessions: 3 })
    for (const token of tokens) expect(await whoIs(token)).toBeNull()
    expect(await sessionRows({ userId: String(userId) })).toEqual([])
    expect((await whoIs(other.token))?.id).toBe(bystander.id)
  })

  it('refresh extends and rotates: a new token, the old one anonymous after its grace, the same row and absolute expiry', async () => {
    const { token, user } = await login()
    const [before] = await sessionRows({ id: user._sid })
    await editSession(user._sid, { expiresAt: new Date(Date.now() + 60_000) })
    const refreshedFrom = Math.floor(Date.now() / 1000)
    const refreshed = await quire.refresh({ collection: 'users', token })
    const refreshedBy = Math.floor(Date.now() / 1000)
    expect(refreshed.token).not.toBe(token)
    expect(refreshed.user).toMatchObject({ id: userId, _sid: user._sid })
    // A full tokenExpiration (7200 s) from the moment of the refresh.
    expect(refreshed.exp).toBeGreaterThanOrEqual(refreshedFrom + 7200)
    expect(refreshed.exp).toBeLessThanOrEqual(refreshedBy + 7200)
    expect((await whoIs(refreshed.token))?.id).toBe(userId)
    // The old token lands during the grace period (auth-refresh-grace.test.ts), then never again.
    await editSession(user._sid, { previousIdExpiresAt: new Date(Date.now() - 1) })
    expect(await whoIs(token)).toBeNull()
    const [after] = await sessionRows({ id: user._sid })
    expect(after!.idHash).not.toBe(before!.idHash)
    expect(after!.absoluteExpiresAt).toEqual(before!.absoluteExpiresAt)
    expect(probe.calls.at(-1)).toMatchObject({ hook: 'afterRefresh', args: { token: refreshed.token, exp: refreshed.exp } })
    // The old token cannot be refreshed either.
    await expect(quire.refresh({ collection: 'users', token })).rejects.toBeInstanceOf(Unauthorized)
  })

  it('of two concurrent refreshes of one token exactly one wins', async () => {
    const { token } = await login()
    const results = await Promise.allSettled([quire.refresh({ collection: 'users', token }), quire.refresh({ collection: 'users', token })])
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1)
    expect(results.filter((result) => result.status === 'rejected' && result.reason instanceof Unauthorized)).toHaveLength(1)
  })

  it('refresh never extends a session past its absolute expiry', async () => {
    const { token, user } = await login()
    const absolute = new Date(Date.now() + 100_000)
    await editSession(user._sid, { absoluteExpiresAt: absolute })
    const refreshed = await quire.refresh({ collection: 'users', token })
    expect(refreshed.exp).toBe(Math.floor(absolute.getTime() / 1000))
  })

  it('an idle-expired session is anonymous and pruned', async () => {
    const { token, user } = await login()
    await editSession(user._sid, { expiresAt: new Date(Date.now() - 1000) })
    expect(await whoIs(token)).toBeNull()
    expect(await sessionRows({ id: user._sid })).toEqual([])
    await expect(quire.refresh({ collection: 'users', token })).rejects.toBeInstanceOf(Unauthorized)
  })

  it('an absolutely-expired session is anonymous and pruned, however recently used', async () => {
    const { token, user } = await login()
    await editSession(user._sid, { absoluteExpiresAt: new Date(Date.now() - 1000) })
    expect(await whoIs(token)).toBeNull()
    expect(await sessionRows({ id: user._sid })).toEqual([])
  })

  it('using a session moves its idle expiry forward (at most once a minute), never past the absolute one', async () => {
    const { token, user } = await login()
    const soon = new Date(Date.now() + 120_000)
    await editSession(user._sid, { lastUsedAt: new Date(Date.now() - 30_000), expiresAt: soon })
    await whoIs(token)
    expect((await sessionRows({ id: user._sid }))[0]!.expiresAt).toEqual(soon) // used 30 s ago: no write
    await editSession(user._sid, { lastUsedAt: new Date(Date.now() - 90_000) })
    const usedFrom = Date.now()
    await whoIs(token)
    const usedBy = Date.now()
    const [touched] = await sessionRows({ id: user._sid })
    // Used during that call, and idle expiry a full tokenExpiration (7200 s) from then.
    expect((touched!.lastUsedAt as Date).getTime()).toBeGreaterThanOrEqual(usedFrom)
    expect((touched!.lastUsedAt as Date).getTime()).toBeLessThanOrEqual(usedBy)
    expect((touched!.expiresAt as Date).getTime()).toBeGreaterThanOrEqual(usedFrom + 7_200_000)
    expect((touched!.expiresAt as Date).getTime()).toBeLessThanOrEqual(usedBy + 7_200_000)
    const absolute = new Date(Date.now() + 50_000)
    await editSession(user._sid, { lastUsedAt: new Date(Date.now() - 90_000), absoluteExpiresAt: absolute })
    await whoIs(token)
    expect((await sessionRows({ id: user._sid }))[0]!.expiresAt).toEqual(absolute)
  })

  it('login prunes the user’s expired sessions; pruneExpiredSessions prunes everyone’s', async () => {
    const stale = await login()
    await editSession(stale.user._sid, { expiresAt: new Date(Date.now() - 1000) })
    await login()
    expect(await sessionRows({ id: stale.user._sid })).toEqual([])
    const other = await login()
    await editSession(other.user._sid, { absoluteExpiresAt: new Date(Date.now() - 1000) })
    expect(await pruneExpiredSessions(quire)).toBeGreaterThanOrEqual(1)
    expect(await sessionRows({ id: other.user._sid })).toEqual([])
  })

  it('changing the password through update revokes the other sessions and keeps the caller’s own', async () => {
    const mine = await login()
    const elsewhere = await login()
    await quire.update({ collection: 'users', id: userId, data: { password: 'new-pass-word' }, user: mine.user })
    expect((await whoIs(mine.token))?.id).toBe(userId)
    expect(await whoIs(elsewhere.token)).toBeNull()
    await expect(login()).rejects.toMatchObject({ status: 401 })
    await quire.login({ collection: 'users', data: { email, password: 'new-pass-word' } })
  })

  it('changing the password without a session user (trusted code) revokes every session', async () => {
    const one = await login()
    const two = await login()
    await quire.update({ collection: 'users', id: userId, data: { password: 'reset-by-admin' } })
    expect(await whoIs(one.token)).toBeNull()
    expect(await whoIs(two.token)).toBeNull()
  })

  it('updating other fields keeps every session', async () => {
    const { token } = await login()
    await quire.update({ collection: 'users', id: userId, data: { name: 'Renamed' } })
    expect((await whoIs(token))?.name).toBe('Renamed')
  })

  it('deleting the user makes its tokens anonymous and deletes its sessions', async () => {
    const { token } = await login()
    await login()
    expect(await sessionRows({ userId: String(userId) })).toHaveLength(2)
    await quire.delete({ collection: 'users', id: userId })
    expect(await whoIs(token)).toBeNull()
    expect(await sessionRows({ userId: String(userId) })).toEqual([])
  })

  it('me() returns the token’s user, expiry and strategy, and null once logged out', async () => {
    const { token, exp } = await login()
    expect(await quire.me({ token })).toMatchObject({ user: { id: userId, email }, collection: 'users', exp, strategy: 'session' })
    expect(probe.calls.at(-1)?.hook).toBe('afterMe')
    expect((await quire.me({ token, collection: 'members' })).user).toBeNull()
    await quire.logout({ collection: 'users', token })
    expect(await quire.me({ token })).toEqual({ user: null })
    expect(await quire.me({ token: 'not-a-token' })).toEqual({ user: null })
  })

  it('a bearer token decides alone: an invalid one is anonymous even with a valid cookie', async () => {
    const { token } = await login()
    expect((await quire.auth({ headers: { authorization: 'Bearer forged', cookie: `quire-token=${token}` } })).user).toBeNull()
  })
})
