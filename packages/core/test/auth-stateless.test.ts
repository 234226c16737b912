// `useSessions: false` (members): stateless iron tokens sealing { collection, id, exp }. They
// are NOT revocable: logout, password changes and refresh leave an issued token valid until
// its exp — the documented price of not keeping sessions.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { epochSeconds, sealToken } from '../src/auth/tokens.ts'
import type { Database } from '../src/database/types.ts'
import { Unauthorized } from '../src/errors/api-error.ts'
import type { Quire } from '../src/quire.ts'
import { createTestQuire, testProviders } from '../src/testing/index.ts'
import { authFixture, bearer, rawRows } from './fixtures/auth-config.ts'

const { config } = authFixture()

describe.each(testProviders())('stateless tokens on %s', (provider) => {
  let quire: Quire
  let db: Database
  let cleanup: () => Promise<void>
  let memberId: number
  const whoIs = async (token: string) => (await quire.auth({ headers: bearer(token) })).user
  const login = () => quire.login({ collection: 'members', data: { email: 'member@example.test', password: 'member-pass' } })
  const seal = (claims: { id?: string; exp: number; iat: number; collection?: string }) =>
    sealToken(config, { kind: 'stateless', collection: claims.collection ?? 'members', id: claims.id ?? String(memberId), exp: claims.exp, iat: claims.iat }, new Date(Date.now() + 3600_000))

  beforeAll(async () => {
    ;({ quire, db, cleanup } = await createTestQuire({ config, provider }))
    memberId = (await quire.create({ collection: 'members', data: { email: 'member@example.test', password: 'member-pass' } })).id as number
  })
  afterAll(() => cleanup())

  it('login seals the user and expiry; no session row is written', async () => {
    const before = epochSeconds(new Date())
    const { token, user, exp } = await login()
    const after = epochSeconds(new Date())
    // tokenExpiration (600 s) from the moment of login, however long the login took.
    expect(exp).toBeGreaterThanOrEqual(before + 600)
    expect(exp).toBeLessThanOrEqual(after + 600)
    expect(user).toMatchObject({ id: memberId, collection: 'members', _strategy: 'stateless' })
    expect(user._sid).toBeUndefined()
    expect(await whoIs(token)).toMatchObject({ id: memberId, _strategy: 'stateless' })
    expect(await rawRows(db, quire.schema.sessions.delegate, { userCollection: 'members' })).toEqual([])
  })

  it('is not revocable: the token still works after logout and after a password change', async () => {
    const { token } = await login()
    expect(await quire.logout({ collection: 'members', token, allSessions: true })).toEqual({ revokedSessions: 0 })
    expect((await whoIs(token))?.id).toBe(memberId)
    await quire.update({ collection: 'members', id: memberId, data: { password: 'member-pass-2' } })
    expect((await whoIs(token))?.id).toBe(memberId)
    await quire.update({ collection: 'members', id: memberId, data: { password: 'member-pass' } })
  })

  it('refresh issues a new token with a new expiry; the old one stays valid until its own', async () => {
    const { token } = await login()
    const refreshed = await quire.refresh({ collection: 'members', token })
    expect(refreshed.token).not.toBe(token)
    expect((await whoIs(refreshed.token))?.id).toBe(memberId)
    expect((await whoIs(token))?.id).toBe(memberId)
  })

  it('an expired token is anonymous', async () => {
    const now = epochSeconds(new Date())
    expect(await whoIs(await seal({ exp: now - 1, iat: now - 600 }))).toBeNull()
    expect((await whoIs(await seal({ exp: now + 60, iat: now - 600 })))?.id).toBe(memberId)
  })

  it('refresh stops at maxSessionAge (3600 s) after the original login', async () => {
    const now = epochSeconds(new Date())
    const old = await seal({ exp: now + 60, iat: now - 3600 })
    await expect(quire.refresh({ collection: 'members', token: old })).rejects.toBeInstanceOf(Unauthorized)
    const young = await seal({ exp: now + 60, iat: now - 3500 })
    const refreshed = await quire.refresh({ collection: 'members', token: young })
    expect(refreshed.exp).toBe(now - 3500 + 3600)
  })

  it('a token naming a collection that uses sessions, or a missing user, is anonymous', async () => {
    const now = epochSeconds(new Date())
    expect(await whoIs(await seal({ exp: now + 60, iat: now, collection: 'users', id: '1' }))).toBeNull()
    expect(await whoIs(await seal({ exp: now + 60, iat: now, id: '999' }))).toBeNull()
  })
})
