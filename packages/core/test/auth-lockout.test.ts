// Lockout and enumeration: failed attempts are counted atomically outside the login
// transaction, lock the account, expire; every failure looks and takes the same.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { OWASP_SCRYPT } from '../src/auth/auth-options.ts'
import { AuthenticationError, LOGIN_FAILED_MESSAGE } from '../src/auth/errors.ts'
import { delegateFor, type Database } from '../src/database/types.ts'
import { Forbidden, NotFound } from '../src/errors/api-error.ts'
import type { Quire } from '../src/quire.ts'
import { createTestQuire, hashBudget, testProviders } from '../src/testing/index.ts'
import { authFixture, bearer, rawRows } from './fixtures/auth-config.ts'
import { scryptCalls, type ScryptCall } from '../src/testing/scrypt-probe.ts'

const { config, outbox } = authFixture()

// Counts hashes (the real scrypt still runs): see scrypt-probe.ts.
vi.mock('node:crypto', async (importOriginal) => (await import('../src/testing/scrypt-probe.ts')).probeScrypt(await importOriginal()))
const OWASP_CALL: ScryptCall = { ...OWASP_SCRYPT }

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
    const before = Date.now()
    const results = await Promise.allSettled(Array.from({ length: 100 }, (_, index) => login('target@example.test', `wrong-${index}`)))
    const after = Date.now()
    expect(results.every((result) => result.status === 'rejected' && result.reason instanceof AuthenticationError)).toBe(true)
    const row = await state('users', user.id)
    expect(row.loginAttempts).toBe(100)
    // lockTime (600 s) from a moment during the attempts, however long they took.
    const lockUntil = (row.lockUntil as Date).getTime()
    expect(lockUntil).toBeGreaterThanOrEqual(before + 600_000)
    expect(lockUntil).toBeLessThanOrEqual(after + 600_000)
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

// One provider is enough: this counts hashing work, not database work. `slow-users` has the
// OWASP default cost, which is also what the dummy hash for an unknown email must use.
describe('enumeration by work (slow-users, OWASP scrypt)', () => {
  let quire: Quire
  let db: Database
  let cleanup: () => Promise<void>
  beforeAll(async () => {
    ;({ quire, db, cleanup } = await createTestQuire({ config, provider: 'sqlite' }))
  })
  afterAll(() => cleanup())

  // Six OWASP hashes: two creates, the dummy, three failed logins.
  it('an unknown email, a wrong password and a locked account cost the same work: one hash at the configured cost', { timeout: hashBudget(6) }, async () => {
    await quire.create({ collection: 'slow-users', data: { email: 'known@example.test', password: 'right-password' } })
    const locked = await quire.create({ collection: 'slow-users', data: { email: 'locked@example.test', password: 'right-password' } })
    await delegateFor(db.client, quire.schema.collections.get('slow-users')!.model.delegate).update({ where: { id: locked.id }, data: { lockUntil: new Date(Date.now() + 600_000) }, select: { id: true } })
    const hashesOf = async (email: string, password: string): Promise<ScryptCall[]> => {
      scryptCalls.length = 0
      await expect(quire.login({ collection: 'slow-users', data: { email, password } })).rejects.toMatchObject({ message: LOGIN_FAILED_MESSAGE })
      return [...scryptCalls]
    }
    // The first failure of a process also builds the dummy hash (once per parameter set).
    expect(await hashesOf('warm-up@example.test', 'x')).toEqual([OWASP_CALL, OWASP_CALL])
    const oneHash = [OWASP_CALL]
    expect(await hashesOf('known@example.test', 'wrong-password')).toEqual(oneHash)
    expect(await hashesOf('nobody@example.test', 'wrong-password')).toEqual(oneHash)
    expect(await hashesOf('locked@example.test', 'right-password')).toEqual(oneHash)
  })
})
