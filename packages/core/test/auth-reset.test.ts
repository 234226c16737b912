// forgotPassword / resetPassword / verifyEmail: hashed single-use tokens, emails after commit
// with links on serverURL, the same answer for known and unknown emails, revocation on reset.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { INVALID_RESET_TOKEN } from '../src/auth/reset-password.ts'
import { tokenHash } from '../src/auth/secret-keys.ts'
import { INVALID_VERIFICATION_TOKEN } from '../src/auth/verify-email.ts'
import { delegateFor, type Database } from '../src/database/types.ts'
import { Forbidden } from '../src/errors/api-error.ts'
import type { Quire } from '../src/quire.ts'
import { createTestQuire, testProviders } from '../src/testing/index.ts'
import { authFixture, bearer, rawRows, SERVER_URL, tokenFromOutbox } from './fixtures/auth-config.ts'

const { config, outbox, probe } = authFixture()

describe.each(testProviders())('password reset and verification on %s', (provider) => {
  let quire: Quire
  let db: Database
  let cleanup: () => Promise<void>
  let email: string
  let userId: number
  let counter = 0
  const whoIs = async (token: string) => (await quire.auth({ headers: bearer(token) })).user
  const row = async (collection = 'users', id: unknown = userId) => (await rawRows(db, collection, { id }))[0]!

  beforeAll(async () => {
    ;({ quire, db, cleanup } = await createTestQuire({ config, provider }))
  })
  afterAll(() => cleanup())
  beforeEach(async () => {
    outbox.clear()
    probe.calls.length = 0
    email = `reset${(counter += 1)}@example.test`
    userId = (await quire.create({ collection: 'users', data: { email, password: 'old-password' } })).id as number
  })

  it('answers null for known and unknown emails; only the known one gets an email, after commit', async () => {
    expect(await quire.forgotPassword({ collection: 'users', data: { email } })).toBeNull()
    expect(await quire.forgotPassword({ collection: 'users', data: { email: 'nobody@example.test' } })).toBeNull()
    expect(outbox.outbox.map((message) => message.to)).toEqual([email])
    const [message] = outbox.outbox
    expect(message).toMatchObject({ subject: 'Reset your password', from: '"Quire" <cms@example.test>' })
    expect(message!.text).toContain(`${SERVER_URL}/reset-password?token=`)
    // afterForgotPassword ran for both, with no other difference the caller could see.
    expect(probe.calls.map((call) => [call.hook, (call.args.user as { id?: number } | null)?.id ?? null])).toEqual([
      ['afterForgotPassword', userId],
      ['afterForgotPassword', null],
    ])
  })

  it('stores only the token hash, with an expiry of forgotPassword.expiration or the call’s', async () => {
    // The expiry is counted from the moment of the call, however long the call took.
    const expiresWithin = async (seconds: number, call: () => Promise<unknown>): Promise<void> => {
      const from = Date.now()
      await call()
      const by = Date.now()
      const expiration = (await row()).resetPasswordExpiration as Date
      expect(expiration).toBeInstanceOf(Date)
      expect(expiration.getTime()).toBeGreaterThanOrEqual(from + seconds * 1000)
      expect(expiration.getTime()).toBeLessThanOrEqual(by + seconds * 1000)
    }
    await expiresWithin(3600, () => quire.forgotPassword({ collection: 'users', data: { email } }))
    const token = tokenFromOutbox(outbox, email)
    const stored = await row()
    expect(stored.resetPasswordTokenHash).toBe(tokenHash(token))
    expect(JSON.stringify(stored)).not.toContain(token)
    await expiresWithin(60, () => quire.forgotPassword({ collection: 'users', data: { email }, expiration: 60 }))
  })

  it('returns the token only with disableEmail, and sends nothing then', async () => {
    const token = await quire.forgotPassword({ collection: 'users', data: { email }, disableEmail: true })
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/)
    expect(outbox.outbox).toEqual([])
    expect(await quire.forgotPassword({ collection: 'users', data: { email: 'nobody@example.test' }, disableEmail: true })).toBeNull()
  })

  it('resetPassword sets the password, revokes every session, returns a new login; the token works once', async () => {
    const before = [(await quire.login({ collection: 'users', data: { email, password: 'old-password' } })).token, (await quire.login({ collection: 'users', data: { email, password: 'old-password' } })).token]
    const token = (await quire.forgotPassword({ collection: 'users', data: { email }, disableEmail: true }))!
    const result = await quire.resetPassword({ collection: 'users', data: { token, password: 'new-password' } })
    expect(result.user).toMatchObject({ id: userId, email, _strategy: 'session' })
    expect((await whoIs(result.token))?.id).toBe(userId)
    for (const old of before) expect(await whoIs(old)).toBeNull()
    await expect(quire.login({ collection: 'users', data: { email, password: 'old-password' } })).rejects.toMatchObject({ status: 401 })
    await quire.login({ collection: 'users', data: { email, password: 'new-password' } })
    expect(await row()).toMatchObject({ resetPasswordTokenHash: null, resetPasswordExpiration: null })
    const replay = await quire.resetPassword({ collection: 'users', data: { token, password: 'third-password' } }).catch((error: unknown) => error)
    expect(replay).toBeInstanceOf(Forbidden)
    expect(replay).toMatchObject({ status: 403, message: INVALID_RESET_TOKEN })
  })

  it('refuses an expired or unknown reset token, and a weak new password', async () => {
    const token = (await quire.forgotPassword({ collection: 'users', data: { email }, disableEmail: true }))!
    await expect(quire.resetPassword({ collection: 'users', data: { token, password: 'ab' } })).rejects.toMatchObject({ status: 400 })
    await delegateFor(db.client, 'users').update({ where: { id: userId }, data: { resetPasswordExpiration: new Date(Date.now() - 1000) }, select: { id: true } })
    await expect(quire.resetPassword({ collection: 'users', data: { token, password: 'new-password' } })).rejects.toMatchObject({ status: 403 })
    await expect(quire.resetPassword({ collection: 'users', data: { token: 'made-up', password: 'new-password' } })).rejects.toMatchObject({ status: 403 })
  })

  it("judges the token before the password, in Payload's words: a missing, unknown or expired token is 403 whatever the password", async () => {
    const invalid = { status: 403, message: 'Token is either invalid or has expired.' }
    for (const token of [null, '', undefined]) {
      await expect(quire.resetPassword({ collection: 'users', data: { token, password: 'new-password' } as never })).rejects.toMatchObject(invalid)
    }
    await expect(quire.resetPassword({ collection: 'users', data: { token: 'made-up', password: 'ab' } })).rejects.toMatchObject(invalid)
    // A weak password with a good token is still a 400 on the password, and the token stays usable.
    const token = (await quire.forgotPassword({ collection: 'users', data: { email }, disableEmail: true }))!
    await expect(quire.resetPassword({ collection: 'users', data: { token, password: 'ab' } })).rejects.toMatchObject({ status: 400, data: { errors: [{ path: 'password' }] } })
    expect((await quire.resetPassword({ collection: 'users', data: { token, password: 'new-password' } })).user.email).toBe(email)
  })

  it('of two concurrent resets with one token exactly one wins', async () => {
    const token = (await quire.forgotPassword({ collection: 'users', data: { email }, disableEmail: true }))!
    const results = await Promise.allSettled([
      quire.resetPassword({ collection: 'users', data: { token, password: 'first-password' } }),
      quire.resetPassword({ collection: 'users', data: { token, password: 'second-password' } }),
    ])
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1)
  })

  it('a new user of a verify collection gets a verification email and cannot log in until verified', async () => {
    const reader = await quire.create({ collection: 'readers', data: { email: `reader${counter}@example.test`, password: 'reader-pass' } })
    const to = reader.email as string
    const token = tokenFromOutbox(outbox, to)
    expect(outbox.outbox.find((message) => message.to === to)?.text).toContain(`${SERVER_URL}/verify-email?token=`)
    expect(await row('readers', reader.id)).toMatchObject({ emailVerified: false, emailVerificationTokenHash: tokenHash(token) })
    await expect(quire.login({ collection: 'readers', data: { email: to, password: 'reader-pass' } })).rejects.toMatchObject({ status: 401 })
    expect(await quire.verifyEmail({ collection: 'readers', token })).toBe(true)
    expect(await row('readers', reader.id)).toMatchObject({ emailVerified: true, emailVerificationTokenHash: null })
    await quire.login({ collection: 'readers', data: { email: to, password: 'reader-pass' } })
    await expect(quire.verifyEmail({ collection: 'readers', token })).rejects.toMatchObject({ status: 403, message: INVALID_VERIFICATION_TOKEN })
  })

  it('sends no verification email when the context says so, nor for a user created verified', async () => {
    await quire.create({ collection: 'readers', data: { email: `quiet${counter}@example.test`, password: 'reader-pass' }, context: { disableVerificationEmail: true } })
    await quire.create({ collection: 'readers', data: { email: `preverified${counter}@example.test`, password: 'reader-pass', emailVerified: true } })
    expect(outbox.outbox).toEqual([])
  })

  it('sends no email when the transaction that queued it rolls back', async () => {
    // A reader created inside the login transaction (by beforeLogin), which afterLogin then fails.
    const readerEmail = `rollback${counter}@example.test`
    probe.work = { beforeLogin: ({ req }) => (req as { quire: Quire }).quire.create({ collection: 'readers', data: { email: readerEmail, password: 'reader-pass' } }) }
    probe.throwIn = 'afterLogin'
    try {
      await expect(quire.login({ collection: 'users', data: { email, password: 'old-password' } })).rejects.toThrow('afterLogin refused')
    } finally {
      probe.work = undefined
      probe.throwIn = undefined
    }
    expect(await quire.count({ collection: 'readers', where: { email: { equals: readerEmail } } })).toEqual({ totalDocs: 0 })
    expect(outbox.outbox).toEqual([])
  })

  it('a password reset also verifies the address', async () => {
    const reader = await quire.create({ collection: 'readers', data: { email: `resetreader${counter}@example.test`, password: 'reader-pass' } })
    const token = (await quire.forgotPassword({ collection: 'readers', data: { email: reader.email as string }, disableEmail: true }))!
    const { token: session } = await quire.resetPassword({ collection: 'readers', data: { token, password: 'fresh-pass' } })
    expect((await whoIs(session))?.id).toBe(reader.id)
    expect((await row('readers', reader.id)).emailVerified).toBe(true)
  })
})
