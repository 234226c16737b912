// Hashing a password (a third of a second at OWASP cost) happens before a trusted write's
// transaction opens, so it no longer holds the database: on SQLite, whose writes take turns,
// another write started meanwhile lands first. Callers held to access rules still hash inside
// (no hashing before access is checked), and a password changed by a hook is hashed as given.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import type { Quire } from '../src/quire.ts'
import { AuthenticationError } from '../src/auth/errors.ts'
import { createTestQuire, hashBudget, testProviders } from '../src/testing/index.ts'
import { authFixture } from './fixtures/auth-config.ts'
import { nextScrypt } from '../src/testing/scrypt-probe.ts'

// Tells the test when a hash has started (the real scrypt still runs): see scrypt-probe.ts.
vi.mock('node:crypto', async (importOriginal) => (await import('../src/testing/scrypt-probe.ts')).probeScrypt(await importOriginal()))

const { config } = authFixture()

describe.each(testProviders())('password hashing outside the write transaction on %s', (provider) => {
  let quire: Quire
  let cleanup: () => Promise<void>
  let counter = 0

  beforeAll(async () => {
    ;({ quire, cleanup } = await createTestQuire({ config, provider }))
  })
  afterAll(() => cleanup())

  // Two OWASP hashes: the create and the login.
  it('another write started while a new user’s password hashes lands first', { timeout: hashBudget(2) }, async () => {
    const landed: string[] = []
    const email = `slow${(counter += 1)}@example.test`
    // slow-users hash at OWASP cost (~0.37 s idle). The post starts once the hash has started,
    // whatever the machine's speed: if that hash held the write transaction, the post would wait.
    const hashing = nextScrypt()
    const user = quire.create({ collection: 'slow-users', data: { email, password: 'pass-word' } }).then(() => landed.push('user'))
    await hashing
    const post = quire.create({ collection: 'posts', data: { title: 'Meanwhile' } }).then(() => landed.push('post'))
    await Promise.all([user, post])
    expect(landed).toEqual(['post', 'user'])
    // The hash stored is the one of the password given.
    await expect(quire.login({ collection: 'slow-users', data: { email, password: 'pass-word' } })).resolves.toMatchObject({ user: { email } })
  })

  // Three OWASP hashes: the create and two logins.
  it('a password a hook changed is hashed as the hook left it', { timeout: hashBudget(3) }, async () => {
    const email = `hooked${(counter += 1)}@example.test`
    const hooked = await createTestQuire({
      provider,
      config: {
        ...config,
        collections: config.collections.map((collection) =>
          collection.slug !== 'slow-users' ? collection : { ...collection, hooks: { ...collection.hooks, beforeValidate: [({ data }) => ({ ...data, password: `${String(data.password)}!` })] } },
        ),
      },
    })
    try {
      await hooked.quire.create({ collection: 'slow-users', data: { email, password: 'pass-word' } })
      await expect(hooked.quire.login({ collection: 'slow-users', data: { email, password: 'pass-word' } })).rejects.toBeInstanceOf(AuthenticationError)
      await expect(hooked.quire.login({ collection: 'slow-users', data: { email, password: 'pass-word!' } })).resolves.toMatchObject({ user: { email } })
    } finally {
      await hooked.cleanup()
    }
  })
})
