// Lockout and enumeration: failed attempts are counted atomically outside the login
// transaction, lock the account, expire; every failure looks and takes the same.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { AuthenticationError, LOGIN_FAILED_MESSAGE } from '../src/auth/errors.ts'
import { delegateFor, type Database } from '../src/database/types.ts'
import { Forbidden, NotFound } from '../src/errors/api-error.ts'
import type { Quire } from '../src/quire.ts'
import { createTestQuire, testProviders } from '../src/testing/index.ts'
import { authFixture, bearer, rawRows } from './fixtures/auth-config.ts'

const { config, outbox } = authFixture()

describe.each(testProviders())('lockout on %s', (provider) => {
  let quire: Quire
  let db: Database
  let cleanup: () => Promise<void>
  const state = async (collection: string, id: unknown) => (await rawRows(db, collection, { id }))[0]!
  const setRow = (collection: string, id: unknown, data: object) => delegateFor(db.client, collection).update({ where: { id }, data, select: { id: true } })
  const login = (email: string, password: string, collection = 'users') => quire.login({ collection, data: { email, password } })

  beforeAll(async () => {
    ;({ quire, db, cleanup } = await createTestQuire({ config, provider }))
  })
  afterAll(() => cleanup())

  it('counts 100 parallel wrong passwords exactly (100) and locks the account', async () => {
    const user = await quire.create({ collection: 'users', data: { email: 'target@example.test', password: 'right-password' } })
    const results = await Promise.allSettled(Array.from({ length: 100 }, (_, index) => login('target@example.test', `wrong-${index}`)))
    expect(results.every((result) => result.status === 'rejected' && result.reason instanceof AuthenticationError)).toBe(true)
    const row = await state('users', user.id)
    expect(row.loginAttempts).toBe(100)
    const lockedFor = (row.lockUntil as Date).getTime() - Date.now()
    expect(lockedFor).toBeGreaterThan(590_000)
    expect(lockedFor).toBeLessThanOrEqual(600_000)
    // Locked: even the right password is refused, with the same error, and is not counted.
    await expect(login('target@example.test', 'right-password')).rejects.toMatchObject({ status: 401, message: LOGIN_FAILED_MESSAGE })
    expect((await state('users', user.id)).loginAttempts).toBe(100)
  })

  it('locks at maxLoginAttempts (5): the fifth failure locks, the sixth try is refused', async () => {
    const user = await quire.create({ collection: 'users', data: { email: 'five@example.test', password: 'right-password' } })
    for (let attempt = 1; attempt <= 4; attempt += 1) await expect(login('five@example.test', 'wrong')).rejects.toBeInstanceOf(AuthenticationError)
    expect(await state('users', user.id)).toMatchObject({ loginAttempts: 4, lockUntil: null })
    // Four failures do not lock: the right password still works and clears the counter.
    await login('five@example.test', 'right-password')
    expect(await state('users', user.id)).toMatchObject({ loginAttempts: 0, lockUntil: null })
    for (let attempt = 1; attempt <= 5; attempt += 1) await expect(login('five@example.test', 'wrong')).rejects.toBeInstanceOf(AuthenticationError)
    expect((await state('users', user.id)).lockUntil).toBeInstanceOf(Date)
    await expect(login('five@example.test', 'right-password')).rejects.toBeInstanceOf(AuthenticationError)
  })

  it('mails the user once when the account locks, with no token and the way back in', async () => {
    await quire.create({ collection: 'users', data: { email: 'told@example.test', password: 'right-password' } })
    const before = outbox.outbox.length // one outbox for both databases' runs
    const mailsTo = () => outbox.outbox.slice(before).filter((message) => message.to === 'told@example.test')
    for (let attempt = 1; attempt <= 4; attempt += 1) await expect(login('told@example.test', 'wrong')).rejects.toBeInstanceOf(AuthenticationError)
    expect(mailsTo()).toEqual([])
    for (let attempt = 5; attempt <= 8; attempt += 1) await expect(login('told@example.test', 'wrong')).rejects.toBeInstanceOf(AuthenticationError)
    // The lock is set once (by the fifth failure); the later ones change nothing and mail nothing.
    expect(mailsTo()).toHaveLength(1)
    const [mail] = mailsTo()
    expect(mail!.subject).toBe('Your account was locked after failed sign-ins')
    expect(mail!.text).toContain('locked after 5 failed sign-in attempts')
    expect(mail!.text).toContain('https://cms.example.test/forgot-password')
    expect(`${mail!.text}${mail!.html}`).not.toMatch(/token/i)
  })

  it('an expired lock lets the right password in, and a wrong one restarts the count at 1', async () => {
    const user = await quire.create({ collection: 'users', data: { email: 'expired@example.test', password: 'right-password' } })
    await setRow('users', user.id, { loginAttempts: 5, lockUntil: new Date(Date.now() - 1000) })
    await expect(login('expired@example.test', 'wrong')).rejects.toBeInstanceOf(AuthenticationError)
    expect(await state('users', user.id)).toMatchObject({ loginAttempts: 1, lockUntil: null })
    await setRow('users', user.id, { loginAttempts: 5, lockUntil: new Date(Date.now() - 1000) })
    await login('expired@example.test', 'right-password')
    expect(await state('users', user.id)).toMatchObject({ loginAttempts: 0, lockUntil: null })
  })

  it('the lock revokes sessions created in the last 20 s (a correct guess racing wrong ones)', async () => {
    const user = await quire.create({ collection: 'users', data: { email: 'raced@example.test', password: 'right-password' } })
    const won = await login('raced@example.test', 'right-password')
    expect((await quire.auth({ headers: bearer(won.token) })).user?.id).toBe(user.id)
    await Promise.allSettled(Array.from({ length: 5 }, () => login('raced@example.test', 'wrong')))
    expect((await quire.auth({ headers: bearer(won.token) })).user).toBeNull()
  })

  it('unlock clears the counter and the lock; it needs update access when access is enforced', async () => {
    const user = await quire.create({ collection: 'users', data: { email: 'unlock@example.test', password: 'right-password' } })
    await setRow('users', user.id, { loginAttempts: 9, lockUntil: new Date(Date.now() + 600_000) })
    await expect(quire.unlock({ collection: 'users', data: { email: 'unlock@example.test' }, overrideAccess: false })).rejects.toBeInstanceOf(Forbidden)
    await expect(quire.unlock({ collection: 'users', data: { email: 'nobody@example.test' } })).rejects.toBeInstanceOf(NotFound)
    expect(await quire.unlock({ collection: 'users', data: { email: 'UNLOCK@example.test' } })).toBe(true)
    expect(await state('users', user.id)).toMatchObject({ loginAttempts: 0, lockUntil: null })
    await login('unlock@example.test', 'right-password')
  })

  it('maxLoginAttempts: 0 never locks (and adds no counter fields)', async () => {
    await quire.create({ collection: 'bots', data: { email: 'bot@example.test', password: 'bot-password' } })
    for (let attempt = 0; attempt < 8; attempt += 1) await expect(login('bot@example.test', 'wrong', 'bots')).rejects.toBeInstanceOf(AuthenticationError)
    expect((await login('bot@example.test', 'bot-password', 'bots')).user.email).toBe('bot@example.test')
    expect(Object.keys((await rawRows(db, 'bots'))[0]!)).not.toContain('loginAttempts')
  })
})

// One provider is enough: this measures hashing, not the database. OWASP parameters (~0.37 s a hash).
describe('enumeration by timing (slow-users, OWASP scrypt)', () => {
  let quire: Quire
  let db: Database
  let cleanup: () => Promise<void>
  beforeAll(async () => {
    ;({ quire, db, cleanup } = await createTestQuire({ config, provider: 'sqlite' }))
  })
  afterAll(() => cleanup())

  it('an unknown email, a wrong password and a locked account take the same time', async () => {
    await quire.create({ collection: 'slow-users', data: { email: 'known@example.test', password: 'right-password' } })
    const locked = await quire.create({ collection: 'slow-users', data: { email: 'locked@example.test', password: 'right-password' } })
    await delegateFor(db.client, quire.schema.collections.get('slow-users')!.model.delegate).update({ where: { id: locked.id }, data: { lockUntil: new Date(Date.now() + 600_000) }, select: { id: true } })
    const timed = async (email: string, password: string): Promise<number> => {
      const started = performance.now()
      await expect(quire.login({ collection: 'slow-users', data: { email, password } })).rejects.toMatchObject({ message: LOGIN_FAILED_MESSAGE })
      return performance.now() - started
    }
    // Interleaved rounds, so load from other test files slows every kind alike; medians of 5.
    const kinds = { wrong: ['known@example.test', 'wrong-password'], unknown: ['nobody@example.test', 'wrong-password'], locked: ['locked@example.test', 'right-password'] } as const
    const samples: Record<keyof typeof kinds, number[]> = { wrong: [], unknown: [], locked: [] }
    await timed('warm-up@example.test', 'x') // builds the dummy hash once
    for (let round = 0; round < 5; round += 1) {
      for (const kind of Object.keys(kinds) as (keyof typeof kinds)[]) samples[kind].push(await timed(kinds[kind][0], kinds[kind][1]))
    }
    const median = (values: number[]): number => [...values].sort((a, b) => a - b)[2]!
    const [wrong, unknown, lockedRight] = [median(samples.wrong), median(samples.unknown), median(samples.locked)]
    console.info(`login failures: wrong password ${wrong.toFixed(0)} ms, unknown email ${unknown.toFixed(0)} ms, locked ${lockedRight.toFixed(0)} ms`)
    expect(wrong).toBeGreaterThan(150) // a real scrypt ran
    for (const other of [unknown, lockedRight]) {
      // Without the dummy hash an unknown email answers in a few ms: a ratio near 0.01.
      expect(other / wrong).toBeGreaterThan(0.5)
      expect(other / wrong).toBeLessThan(2)
    }
  })
})
