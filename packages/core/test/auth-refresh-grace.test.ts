// Refresh's grace period: after a rotation the previous token still authenticates for
// `refreshGracePeriod` seconds (requests a browser sent before the new cookie arrived), yet
// it can never refresh again, and logout, revocation and expiry end it with the session.
// Sessions also remember the User-Agent they signed in from.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { delegateFor, type Database } from '../src/database/types.ts'
import { Unauthorized } from '../src/errors/api-error.ts'
import type { Quire } from '../src/quire.ts'
import { createTestQuire, testProviders } from '../src/testing/index.ts'
import { authFixture, bearer, rawRows } from './fixtures/auth-config.ts'

const { config } = authFixture()

describe.each(testProviders())('refresh grace period on %s', (provider) => {
  let quire: Quire
  let db: Database
  let cleanup: () => Promise<void>
  let email: string
  let counter = 0
  const whoIs = async (token: string) => (await quire.auth({ headers: bearer(token) })).user
  const login = (collection = 'users') => quire.login({ collection, data: { email, password: 'pass-word' } })
  const refresh = (token: string, collection = 'users') => quire.refresh({ collection, token })

  beforeAll(async () => {
    ;({ quire, db, cleanup } = await createTestQuire({ config, provider }))
  })
  afterAll(() => cleanup())
  beforeEach(async () => {
    email = `grace${(counter += 1)}@example.test`
    await quire.create({ collection: 'users', data: { email, password: 'pass-word' } })
    await quire.create({ collection: 'strict-users', data: { email, password: 'pass-word' } })
  })

  it('the rotated-out token authenticates as the same session for 30 s, then is anonymous', async () => {
    const { token, user } = await login()
    const before = Date.now()
    const refreshed = await refresh(token)
    expect(await whoIs(token)).toMatchObject({ id: user.id, _sid: user._sid })
    const [row] = await rawRows(db, quire.schema.sessions.delegate, { id: user._sid })
    const graceEnds = (row!.previousIdExpiresAt as Date).getTime()
    expect(graceEnds - before).toBeGreaterThanOrEqual(30_000)
    expect(graceEnds - Date.now()).toBeLessThanOrEqual(30_000)
    await delegateFor(db.client, quire.schema.sessions.delegate).update({ where: { id: user._sid }, data: { previousIdExpiresAt: new Date(Date.now() - 1) }, select: { id: true } })
    expect(await whoIs(token)).toBeNull()
    expect((await whoIs(refreshed.token))?.id).toBe(user.id)
  })

  it('a token in its grace period cannot refresh: the session never forks', async () => {
    const { token } = await login()
    const refreshed = await refresh(token)
    await expect(refresh(token)).rejects.toBeInstanceOf(Unauthorized)
    // The current token still refreshes, and then the first token is gone for good.
    const again = await refresh(refreshed.token)
    expect(await whoIs(token)).toBeNull()
    expect(await whoIs(refreshed.token)).not.toBeNull()
    expect(await whoIs(again.token)).not.toBeNull()
  })

  it('of two concurrent refreshes exactly one wins, and the loser’s token still authenticates', async () => {
    const { token, user } = await login()
    const results = await Promise.allSettled([refresh(token), refresh(token)])
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1)
    expect(results.filter((result) => result.status === 'rejected' && result.reason instanceof Unauthorized)).toHaveLength(1)
    expect(await whoIs(token)).toMatchObject({ _sid: user._sid })
  })

  it('logout with the old token during its grace ends the whole session', async () => {
    const { token } = await login()
    const refreshed = await refresh(token)
    expect(await quire.logout({ collection: 'users', token })).toEqual({ revokedSessions: 1 })
    expect(await whoIs(token)).toBeNull()
    expect(await whoIs(refreshed.token)).toBeNull()
  })

  it('revoking the session ends both tokens at once', async () => {
    const { token, user } = await login()
    const refreshed = await refresh(token)
    await quire.revokeSession({ collection: 'users', user, id: user._sid as number })
    expect(await whoIs(token)).toBeNull()
    expect(await whoIs(refreshed.token)).toBeNull()
  })

  it('an expired session is anonymous by either token', async () => {
    const { token, user } = await login()
    const refreshed = await refresh(token)
    await delegateFor(db.client, quire.schema.sessions.delegate).update({ where: { id: user._sid }, data: { expiresAt: new Date(Date.now() - 1) }, select: { id: true } })
    expect(await whoIs(token)).toBeNull()
    expect(await whoIs(refreshed.token)).toBeNull()
  })

  it('refreshGracePeriod: 0 ends the old token at once', async () => {
    const { token } = await login('strict-users')
    const refreshed = await refresh(token, 'strict-users')
    expect(await whoIs(token)).toBeNull()
    expect(await whoIs(refreshed.token)).not.toBeNull()
  })

  it('a rotated-out token refreshing after its grace revokes the whole session (theft detection)', async () => {
    const { token, user } = await login()
    const refreshed = await refresh(token)
    const other = await login()
    await delegateFor(db.client, quire.schema.sessions.delegate).update({ where: { id: user._sid }, data: { previousIdExpiresAt: new Date(Date.now() - 1) }, select: { id: true } })
    await expect(refresh(token)).rejects.toBeInstanceOf(Unauthorized)
    // Both holders are out: the one with the newer token too. Other sessions of the user are not touched.
    expect(await whoIs(refreshed.token)).toBeNull()
    expect(await rawRows(db, quire.schema.sessions.delegate, { id: user._sid })).toEqual([])
    expect(await whoIs(other.token)).not.toBeNull()
  })

  it('a token rotated out several refreshes ago revokes the whole session, even while the newest grace runs', async () => {
    const { token, user } = await login()
    const second = await refresh(token)
    const third = await refresh(second.token)
    const fourth = await refresh(third.token)
    // `third` is in its grace period; `token` and `second` are older: the row no longer knows their ids.
    await expect(refresh(token)).rejects.toBeInstanceOf(Unauthorized)
    expect(await whoIs(fourth.token)).toBeNull()
    expect(await whoIs(third.token)).toBeNull()
    expect(await rawRows(db, quire.schema.sessions.delegate, { id: user._sid })).toEqual([])
  })

  it('a token of another, still live session is never taken for a replay of this one', async () => {
    const first = await login()
    const second = await login()
    await refresh(first.token)
    await refresh(second.token)
    // Each stale token revokes only the session that issued it.
    await delegateFor(db.client, quire.schema.sessions.delegate).update({ where: { id: first.user._sid }, data: { previousIdExpiresAt: new Date(Date.now() - 1) }, select: { id: true } })
    await expect(refresh(first.token)).rejects.toBeInstanceOf(Unauthorized)
    expect(await rawRows(db, quire.schema.sessions.delegate, { id: first.user._sid })).toEqual([])
    expect(await rawRows(db, quire.schema.sessions.delegate, { id: second.user._sid })).toHaveLength(1)
  })

  it('within its grace a rotated-out token cannot refresh, yet the session lives on', async () => {
    const { token } = await login()
    const refreshed = await refresh(token)
    await expect(refresh(token)).rejects.toBeInstanceOf(Unauthorized)
    expect(await whoIs(refreshed.token)).not.toBeNull()
  })

  it('refreshGracePeriod: 0 still recognises the rotated-out token: its refresh revokes the session', async () => {
    const { token } = await login('strict-users')
    const refreshed = await refresh(token, 'strict-users')
    await expect(refresh(token, 'strict-users')).rejects.toBeInstanceOf(Unauthorized)
    expect(await whoIs(refreshed.token)).toBeNull()
  })

  it('a session keeps the User-Agent it signed in from, cut to 256 characters, through refresh', async () => {
    const userAgent = `Mozilla/5.0 (X11; Linux x86_64) Chrome/156.0 ${'x'.repeat(400)}`
    const { token, user } = await quire.login({ collection: 'users', data: { email, password: 'pass-word' }, req: { headers: new Headers({ 'user-agent': userAgent }) } })
    await refresh(token)
    const plain = await login()
    const sessions = await quire.listSessions({ collection: 'users', user })
    const find = (id: unknown) => sessions.find((session) => session.id === id)
    expect(find(user._sid)?.userAgent).toBe(userAgent.slice(0, 256))
    expect(find(plain.user._sid)?.userAgent).toBeNull()
  })
})
