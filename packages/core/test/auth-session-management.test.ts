// listSessions / revokeSession: a user sees and ends their own sessions, and only their own.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { delegateFor, type Database } from '../src/database/types.ts'
import { NotFound, Unauthorized } from '../src/errors/api-error.ts'
import type { Quire } from '../src/quire.ts'
import { createTestQuire, testProviders } from '../src/testing/index.ts'
import { authFixture, bearer } from './fixtures/auth-config.ts'

const { config } = authFixture()

describe.each(testProviders())('session management on %s', (provider) => {
  let quire: Quire
  let db: Database
  let cleanup: () => Promise<void>
  let counter = 0

  beforeAll(async () => {
    ;({ quire, db, cleanup } = await createTestQuire({ config, provider }))
  })
  afterAll(() => cleanup())

  async function newUser(collection = 'users'): Promise<{ email: string; login: () => Promise<string> }> {
    const email = `device${(counter += 1)}@example.test`
    await quire.create({ collection, data: { email, password: 'pass-word' } })
    return { email, login: async () => (await quire.login({ collection, data: { email, password: 'pass-word' } })).token }
  }
  const userOf = async (token: string) => (await quire.auth({ headers: bearer(token) })).user

  it('lists the live sessions of the user only, newest use first, marking the current one', async () => {
    const { login } = await newUser()
    const laptop = await login()
    const phone = await login()
    const expired = await login()
    const stranger = await (await newUser()).login()
    const expiredUser = await userOf(expired)
    await delegateFor(db.client, quire.schema.sessions.delegate).update({ where: { id: expiredUser?._sid }, data: { expiresAt: new Date(Date.now() - 1000) }, select: { id: true } })
    // The phone was used after the laptop.
    await delegateFor(db.client, quire.schema.sessions.delegate).update({ where: { id: (await userOf(phone))?._sid }, data: { lastUsedAt: new Date(Date.now() + 5000) }, select: { id: true } })

    const user = await userOf(laptop)
    const phoneId = (await userOf(phone))?._sid
    const sessions = await quire.listSessions({ collection: 'users', user })
    expect(sessions.map((session) => [session.id, session.current])).toEqual([
      [phoneId, false],
      [user?._sid, true],
    ])
    expect(Object.keys(sessions[0]!).sort()).toEqual(['createdAt', 'current', 'expiresAt', 'id', 'lastUsedAt', 'userAgent'])
    expect(sessions[0]!.expiresAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/)
    expect(JSON.stringify(sessions)).not.toContain(laptop)
    expect((await quire.listSessions({ collection: 'users', user: await userOf(stranger) })).length).toBe(1)
  })

  it('revoking another device ends that session at once and leaves the current one', async () => {
    const { login } = await newUser()
    const laptop = await login()
    const phone = await login()
    const user = await userOf(laptop)
    const phoneId = (await userOf(phone))?._sid as number
    expect(await quire.revokeSession({ collection: 'users', user, id: phoneId })).toEqual({ id: phoneId, current: false })
    expect(await userOf(phone)).toBeNull()
    expect((await userOf(laptop))?._sid).toBe(user?._sid)
    expect(await quire.revokeSession({ collection: 'users', user, id: user?._sid as number })).toEqual({ id: user?._sid, current: true })
    expect(await userOf(laptop)).toBeNull()
  })

  it("another user's session, an unknown id and a revoked one are all NotFound, and nothing is deleted", async () => {
    const victimToken = await (await newUser()).login()
    const victimSession = (await userOf(victimToken))?._sid as number
    const attacker = await userOf(await (await newUser()).login())
    for (const id of [victimSession, 987_654_321, 2 ** 40, -1, 1.5]) {
      await expect(quire.revokeSession({ collection: 'users', user: attacker, id })).rejects.toBeInstanceOf(NotFound)
    }
    expect((await userOf(victimToken))?._sid).toBe(victimSession)
  })

  it('needs a user of that collection; stateless collections have no sessions', async () => {
    await expect(quire.listSessions({ collection: 'users', user: null })).rejects.toBeInstanceOf(Unauthorized)
    const member = await userOf(await (await newUser('members')).login())
    await expect(quire.listSessions({ collection: 'users', user: member })).rejects.toBeInstanceOf(Unauthorized)
    expect(await quire.listSessions({ collection: 'members', user: member })).toEqual([])
    await expect(quire.revokeSession({ collection: 'members', user: member, id: 1 })).rejects.toBeInstanceOf(NotFound)
  })

  it('a user-bound API acts for its own user, whatever user the call names', async () => {
    const mine = await userOf(await (await newUser()).login())
    const theirs = await userOf(await (await newUser()).login())
    const sessions = await quire.withUser(mine).listSessions({ collection: 'users', user: theirs })
    expect(sessions.map((session) => session.id)).toEqual([mine?._sid])
    await expect(quire.withUser(mine).revokeSession({ collection: 'users', user: theirs, id: theirs?._sid as number })).rejects.toBeInstanceOf(NotFound)
  })
})
