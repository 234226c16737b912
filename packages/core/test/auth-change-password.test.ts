// changePassword: the signed-in user proves the current password and sets a new one. A wrong
// current password is a failed login (it counts toward the lock); the other sessions end and
// the caller's stays; the collection's update access does not apply (it is the user's own).
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { ACCOUNT_LOCKED, SAME_PASSWORD, WRONG_CURRENT_PASSWORD } from '../src/auth/change-password.ts'
import type { RequestUser } from '../src/config/hooks-and-access.ts'
import type { Database } from '../src/database/types.ts'
import { AuthenticationError } from '../src/auth/errors.ts'
import { Unauthorized, ValidationError } from '../src/errors/api-error.ts'
import type { Quire } from '../src/quire.ts'
import { createTestQuire, testProviders } from '../src/testing/index.ts'
import { authFixture, bearer, rawRows } from './fixtures/auth-config.ts'

const { config } = authFixture()

describe.each(testProviders())('changePassword on %s', (provider) => {
  let quire: Quire
  let db: Database
  let cleanup: () => Promise<void>
  let email: string
  let counter = 0
  const login = (password = 'pass-word') => quire.login({ collection: 'users', data: { email, password } })
  const whoIs = async (token: string) => (await quire.auth({ headers: bearer(token) })).user
  const change = (user: RequestUser | null, currentPassword: string, password: string) => quire.withUser(user).changePassword({ collection: 'users', user, currentPassword, password })
  const errorsOf = async (call: Promise<unknown>) => {
    const error = await call.then(() => undefined, (reason: unknown) => reason)
    expect(error).toBeInstanceOf(ValidationError)
    return (error as ValidationError).errors
  }

  beforeAll(async () => {
    ;({ quire, db, cleanup } = await createTestQuire({ config, provider }))
  })
  afterAll(() => cleanup())
  beforeEach(async () => {
    email = `changer${(counter += 1)}@example.test`
    await quire.create({ collection: 'users', data: { email, password: 'pass-word' } })
  })

  it('sets the new password, keeps this session and ends the others, without update access', async () => {
    const mine = await login()
    const other = await login()
    // The fixture lets only admins update users; this user is an editor.
    expect(mine.user.role).toBe('editor')
    const { user } = await change(mine.user, 'pass-word', 'a-new-pass-word')
    expect(user).toMatchObject({ id: mine.user.id, email })
    expect(Object.keys(user)).not.toContain('passwordHash')
    expect((await whoIs(mine.token))?.id).toBe(mine.user.id)
    expect(await whoIs(other.token)).toBeNull()
    await expect(login()).rejects.toBeInstanceOf(AuthenticationError)
    expect((await login('a-new-pass-word')).user.id).toBe(mine.user.id)
  })

  it('a wrong current password is a field error that counts as a failed login; the lock stops it', async () => {
    const { user } = await login()
    expect(await errorsOf(change(user, 'wrong', 'a-new-pass-word'))).toEqual([{ path: 'currentPassword', message: WRONG_CURRENT_PASSWORD }])
    const [row] = await rawRows(db, 'users', { id: user.id })
    expect(row!.loginAttempts).toBe(1)
    for (let attempt = 2; attempt <= 5; attempt += 1) await errorsOf(change(user, 'wrong', 'a-new-pass-word'))
    // Locked now: even the right password is refused, and the password did not change.
    expect(await errorsOf(change(user, 'pass-word', 'a-new-pass-word'))).toEqual([{ path: 'currentPassword', message: ACCOUNT_LOCKED }])
    await quire.unlock({ collection: 'users', data: { email } })
    expect((await login()).user.id).toBe(user.id)
  })

  it('validates the new password and refuses the current one again', async () => {
    const { user } = await login()
    expect(await errorsOf(change(user, 'pass-word', 'ab'))).toEqual([{ path: 'password', message: 'This value must be at least 8 characters long.' }])
    expect(await errorsOf(change(user, '', 'a-new-pass-word'))).toEqual([{ path: 'currentPassword', message: 'This field is required.' }])
    expect(await errorsOf(change(user, 'pass-word', 'pass-word'))).toEqual([{ path: 'password', message: SAME_PASSWORD }])
    expect((await login()).user.id).toBe(user.id)
  })

  it('needs a signed-in user of the same collection', async () => {
    await expect(change(null, 'pass-word', 'a-new-pass-word')).rejects.toBeInstanceOf(Unauthorized)
    const member = await quire.create({ collection: 'members', data: { email, password: 'pass-word' } })
    const stranger = { ...member, collection: 'members' } as RequestUser
    await expect(change(stranger, 'pass-word', 'a-new-pass-word')).rejects.toBeInstanceOf(Unauthorized)
  })
})
