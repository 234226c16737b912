// New passwords follow auth.passwordPolicy (default: 8 characters, no common password) on every
// way in: create, update, changePassword and resetPassword. Nothing else is asked of them (no
// composition rules); a config may lower the bar to Payload's (the parity suites do).
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { COMMON_PASSWORD, PAYLOAD_PASSWORD_POLICY } from '../src/auth/password-rules.ts'
import '../src/auth/index.ts'
import { buildConfig } from '../src/config/build-config.ts'
import { ValidationError } from '../src/errors/api-error.ts'
import type { Quire } from '../src/quire.ts'
import { createTestQuire, testProviders } from '../src/testing/index.ts'
import { authFixture, FAST_SCRYPT } from './fixtures/auth-config.ts'

const SHORT = 'This value must be at least 8 characters long.'

async function messagesOf(call: Promise<unknown>): Promise<string[]> {
  const error = await call.then(() => undefined, (reason: unknown) => reason)
  expect(error).toBeInstanceOf(ValidationError)
  return (error as ValidationError).errors.map((problem) => problem.message)
}

describe.each(testProviders())('password policy on %s', (provider) => {
  let quire: Quire
  let cleanup: () => Promise<void>
  let counter = 0
  const email = () => `policy${(counter += 1)}@example.test`
  const { config } = authFixture()

  beforeAll(async () => {
    ;({ quire, cleanup } = await createTestQuire({ config, provider }))
  })
  afterAll(() => cleanup())

  it('refuses short and common passwords on create, and takes any long uncommon one', async () => {
    expect(await messagesOf(quire.create({ collection: 'users', data: { email: email(), password: 'abc' } }))).toEqual([SHORT])
    expect(await messagesOf(quire.create({ collection: 'users', data: { email: email(), password: 'seven77' } }))).toEqual([SHORT])
    for (const common of ['password', 'PassWord1', '12345678', 'iloveyou', 'qwertyuiop']) {
      expect(await messagesOf(quire.create({ collection: 'users', data: { email: email(), password: common } }))).toEqual([COMMON_PASSWORD])
    }
    // No composition rules: lower-case words, spaces, one script or another are all fine.
    for (const password of ['correct horse battery staple', 'eightchr', '密码密码密码密码', 'quire-demo-password']) {
      await expect(quire.create({ collection: 'users', data: { email: email(), password } })).resolves.toHaveProperty('id')
    }
  })

  it('counts characters, not UTF-16 units', async () => {
    // Seven emoji are 14 UTF-16 units but 7 characters.
    expect(await messagesOf(quire.create({ collection: 'users', data: { email: email(), password: '😀'.repeat(7) } }))).toEqual([SHORT])
  })

  it('applies to update, changePassword and resetPassword', async () => {
    const address = email()
    const user = await quire.create({ collection: 'users', data: { email: address, password: 'a-long-enough-one' } })
    expect(await messagesOf(quire.update({ collection: 'users', id: user.id, data: { password: 'short' } }))).toEqual([SHORT])
    expect(await messagesOf(quire.update({ collection: 'users', id: user.id, data: { password: 'sunshine' } }))).toEqual([COMMON_PASSWORD])
    const { user: signedIn } = await quire.login({ collection: 'users', data: { email: address, password: 'a-long-enough-one' } })
    expect(await messagesOf(quire.changePassword({ collection: 'users', user: signedIn, currentPassword: 'a-long-enough-one', password: 'football' }))).toEqual([COMMON_PASSWORD])
    const token = await quire.forgotPassword({ collection: 'users', data: { email: address }, disableEmail: true })
    expect(await messagesOf(quire.resetPassword({ collection: 'users', data: { token: token!, password: 'tiny' } }))).toEqual([SHORT])
    // The refused reset consumed nothing: the token still works with an acceptable password.
    await expect(quire.resetPassword({ collection: 'users', data: { token: token!, password: 'reset-to-something-long' } })).resolves.toHaveProperty('token')
  })
})

describe.each(testProviders())('a configured password policy on %s', (provider) => {
  it('takes a lower minimum and no list (Payload’s rules), or a higher minimum', async () => {
    const config = buildConfig({
      secret: 'policy-test-secret-that-is-at-least-32-chars',
      db: { url: 'file:./unused.db' },
      collections: [
        { slug: 'payload-like', auth: { scrypt: FAST_SCRYPT, passwordPolicy: PAYLOAD_PASSWORD_POLICY }, fields: [] },
        { slug: 'strict', auth: { scrypt: FAST_SCRYPT, passwordPolicy: { minLength: 12 } }, fields: [] },
      ],
    })
    const { quire, cleanup } = await createTestQuire({ config, provider })
    try {
      await expect(quire.create({ collection: 'payload-like', data: { email: 'a@example.test', password: 'test' } })).resolves.toHaveProperty('id')
      expect(await messagesOf(quire.create({ collection: 'payload-like', data: { email: 'b@example.test', password: 'ab' } }))).toEqual(['This value must be at least 3 characters long.'])
      expect(await messagesOf(quire.create({ collection: 'strict', data: { email: 'c@example.test', password: 'elevenchars' } }))).toEqual(['This value must be at least 12 characters long.'])
    } finally {
      await cleanup()
    }
  })

  it('refuses a minimum that is no whole number from 1', () => {
    const build = (minLength: number) => () =>
      buildConfig({ secret: 'policy-test-secret-that-is-at-least-32-chars', db: { url: 'file:./unused.db' }, collections: [{ slug: 'users', auth: { passwordPolicy: { minLength } }, fields: [] }] })
    expect(build(0)).toThrow(/users\.auth\.passwordPolicy\.minLength/)
    expect(build(2.5)).toThrow(/users\.auth\.passwordPolicy\.minLength/)
  })
})
