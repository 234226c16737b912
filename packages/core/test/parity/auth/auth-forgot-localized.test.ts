// Payload 3.88.0 test/auth/forgot-password-localized/int.spec.ts, ported to Quire: forgotPassword
// on a user whose required field is localized must not trip over validation in any locale.
// Payload registers the user through its first-register endpoint; here it is created directly.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import '../../../src/auth/index.ts'
import { PAYLOAD_PASSWORD_POLICY } from '../../../src/auth/password-rules.ts'
import { buildConfig } from '../../../src/config/build-config.ts'
import type { Quire } from '../../../src/quire.ts'
import { createTestQuire, testProviders } from '../../../src/testing/index.ts'
import { devUser, FAST_SCRYPT } from './config.ts'

const config = buildConfig({
  secret: 'parity-forgot-localized-secret-0123456789',
  db: { url: 'file:./unused.db' },
  localization: { locales: ['en', 'pl'], defaultLocale: 'en' },
  collections: [
    {
      slug: 'users',
      auth: { scrypt: FAST_SCRYPT, passwordPolicy: PAYLOAD_PASSWORD_POLICY },
      fields: [
        { name: 'localizedField', type: 'text', localized: true, required: true },
        { name: 'roles', type: 'select', defaultValue: ['user'], hasMany: true, options: ['admin', 'editor', 'moderator', 'user', 'viewer'], required: true },
      ],
    },
  ],
})

describe.each(testProviders())('Payload test/auth/forgot-password-localized on %s', (provider) => {
  let payload: Quire
  let cleanup: () => Promise<void>

  beforeAll(async () => {
    ;({ quire: payload, cleanup } = await createTestQuire({ config, provider }))
    const user = await payload.create({ collection: 'users', locale: 'en', data: { email: devUser.email, password: devUser.password, localizedField: 'English content' } })
    await payload.update({ collection: 'users', id: user.id as number, locale: 'pl', data: { localizedField: 'Polish content' } })
  })
  afterAll(() => cleanup())

  it('should successfully process forgotPassword operation with localized fields', async () => {
    const token = await payload.forgotPassword({ collection: 'users', data: { email: devUser.email }, disableEmail: true })
    expect(typeof token).toBe('string')
    expect(token!.length).toBeGreaterThan(0)
  })

  it('should not throw validation errors for localized fields', async () => {
    await expect(payload.forgotPassword({ collection: 'users', data: { email: devUser.email }, disableEmail: true })).resolves.not.toThrow()
  })
})
