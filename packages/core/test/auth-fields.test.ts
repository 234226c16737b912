// The auth fields: hidden ones never leave the server (any depth, any read), `password` is a
// write-only input, server-only values cannot be written by callers, API keys, permissions.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { AUTH_FIELDS } from '../src/auth/auth-fields.ts'
import { tokenHash } from '../src/auth/secret-keys.ts'
import type { Database } from '../src/database/types.ts'
import { ValidationError } from '../src/errors/api-error.ts'
import type { Quire } from '../src/quire.ts'
import { createTestQuire, testProviders } from '../src/testing/index.ts'
import { authFixture, rawRows } from './fixtures/auth-config.ts'

const { config } = authFixture()
const HIDDEN = ['passwordHash', 'resetPasswordTokenHash', 'resetPasswordExpiration', 'loginAttempts', 'lockUntil', 'emailVerified', 'emailVerificationTokenHash', 'apiKeyIndex']
const NEVER = ['password', 'apiKey', ...HIDDEN]

/** Every key anywhere in a value, nested documents included. */
function allKeys(value: unknown, keys = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const item of value) allKeys(item, keys)
  else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      keys.add(key)
      allKeys(child, keys)
    }
  }
  return keys
}

describe.each(testProviders())('auth fields on %s', (provider) => {
  let quire: Quire
  let db: Database
  let cleanup: () => Promise<void>
  let bossId: number
  let workerId: number

  beforeAll(async () => {
    ;({ quire, db, cleanup } = await createTestQuire({ config, provider }))
    bossId = (await quire.create({ collection: 'users', data: { email: 'boss@example.test', password: 'boss-pass', name: 'Boss', role: 'admin' } })).id as number
    workerId = (await quire.create({ collection: 'users', data: { email: 'worker@example.test', password: 'worker-pass', manager: bossId } })).id as number
    await quire.create({ collection: 'posts', data: { title: 'Hello', author: workerId } })
    // Give every hidden field a value, so leaving one out is a real omission.
    await quire.forgotPassword({ collection: 'users', data: { email: 'boss@example.test' }, disableEmail: true })
    await quire.login({ collection: 'users', data: { email: 'boss@example.test', password: 'wrong' } }).catch(() => undefined)
  })
  afterAll(() => cleanup())

  it('adds email (unique, required) and the hidden fields, with no password column', async () => {
    const [row] = await rawRows(db, 'users', { id: bossId })
    expect(row!.passwordHash).toMatch(/^scrypt\$1024\$8\$1\$/)
    expect(row!.resetPasswordTokenHash).toMatch(/^[0-9a-f]{64}$/)
    expect(row!.loginAttempts).toBe(1)
    expect(Object.keys(row!)).not.toContain('password')
    await expect(quire.create({ collection: 'users', data: { email: 'BOSS@example.test', password: 'x-password' } })).rejects.toMatchObject({ status: 400 })
    await expect(quire.create({ collection: 'users', data: { password: 'x-password' } })).rejects.toMatchObject({ data: { errors: [{ path: 'email' }] } })
  })

  it('never returns hidden fields or password at depth 0, 1 and 2, by id or by find', async () => {
    for (const depth of [0, 1, 2]) {
      const reads = [
        await quire.findByID({ collection: 'users', id: workerId, depth }),
        await quire.find({ collection: 'users', depth }),
        await quire.find({ collection: 'posts', depth }),
      ]
      for (const read of reads) for (const name of NEVER) expect(allKeys(read).has(name)).toBe(false)
    }
    const post = (await quire.find({ collection: 'posts', depth: 2 })).docs[0]!
    expect(post.author).toMatchObject({ id: workerId, manager: { id: bossId, name: 'Boss', email: 'boss@example.test' } })
  })

  it('returns hidden fields to showHiddenFields, and never password', async () => {
    const boss = await quire.findByID({ collection: 'users', id: bossId, showHiddenFields: true })
    expect(boss).toMatchObject({ loginAttempts: 1, passwordHash: expect.stringMatching(/^scrypt\$/), resetPasswordTokenHash: expect.stringMatching(/^[0-9a-f]{64}$/) })
    expect(Object.keys(boss)).not.toContain('password')
  })

  it('requires a password on create and checks its length; update without one keeps the hash', async () => {
    const missing = await quire.create({ collection: 'users', data: { email: 'nopass@example.test' } }).catch((error: unknown) => error)
    expect(missing).toBeInstanceOf(ValidationError)
    expect(missing).toMatchObject({ data: { collection: 'users', errors: [{ path: 'password', message: 'This field is required.' }] } })
    await expect(quire.create({ collection: 'users', data: { email: 'short@example.test', password: 'ab' } })).rejects.toMatchObject({ data: { errors: [{ path: 'password' }] } })
    await expect(quire.create({ collection: 'users', data: { email: 'number@example.test', password: 12345 as unknown as string } })).rejects.toBeInstanceOf(ValidationError)
    const before = (await rawRows(db, 'users', { id: workerId }))[0]!.passwordHash
    await quire.update({ collection: 'users', id: workerId, data: { name: 'Worker' } })
    await quire.update({ collection: 'users', id: workerId, data: { password: '' } })
    expect((await rawRows(db, 'users', { id: workerId }))[0]!.passwordHash).toBe(before)
  })

  it('drops server-only values a caller sends (hash, token hashes, API key index)', async () => {
    const made = await quire.create({
      collection: 'users',
      data: { email: 'sneaky@example.test', password: 'real-pass', passwordHash: 'scrypt$1024$8$1$AAAA$BBBB', resetPasswordTokenHash: tokenHash('mine') },
    })
    const [row] = await rawRows(db, 'users', { id: made.id })
    expect(row!.passwordHash).not.toBe('scrypt$1024$8$1$AAAA$BBBB')
    expect(row!.resetPasswordTokenHash).toBeNull()
    await quire.update({ collection: 'users', id: made.id, data: { passwordHash: 'plain' } })
    expect((await rawRows(db, 'users', { id: made.id }))[0]!.passwordHash).toBe(row!.passwordHash)
    await quire.login({ collection: 'users', data: { email: 'sneaky@example.test', password: 'real-pass' } })
  })

  it('lets trusted code, not access-checked callers, set the verified flag', async () => {
    const trusted = await quire.create({ collection: 'readers', data: { email: 'trusted@example.test', password: 'reader-pass', emailVerified: true } })
    expect((await rawRows(db, 'readers', { id: trusted.id }))[0]!.emailVerified).toBe(true)
    const boss = { id: bossId, collection: 'users', role: 'admin' }
    const signup = await quire.create({ collection: 'readers', data: { email: 'self@example.test', password: 'reader-pass', emailVerified: true }, overrideAccess: false, user: boss })
    expect((await rawRows(db, 'readers', { id: signup.id }))[0]!.emailVerified).toBe(false)
  })

  it('authenticates an API key by its HMAC index, only while enabled, never returning the key', async () => {
    const bot = await quire.create({ collection: 'bots', data: { email: 'bot@example.test', password: 'bot-pass', enableAPIKey: true, apiKey: 'key-123' } })
    expect(bot.enableAPIKey).toBe(true)
    expect(allKeys(bot).has('apiKey')).toBe(false)
    const [row] = await rawRows(db, 'bots', { id: bot.id })
    expect(row!.apiKeyIndex).toMatch(/^[0-9a-f]{64}$/)
    expect(JSON.stringify(row)).not.toContain('key-123')
    const viaKey = await quire.auth({ headers: { authorization: 'bots API-Key key-123' } })
    expect(viaKey.user).toMatchObject({ id: bot.id, collection: 'bots', _strategy: 'api-key' })
    expect((await quire.auth({ headers: { authorization: 'bots API-Key key-124' } })).user).toBeNull()
    expect((await quire.auth({ headers: { authorization: 'users API-Key key-123' } })).user).toBeNull()
    await quire.update({ collection: 'bots', id: bot.id, data: { enableAPIKey: false } })
    expect((await quire.auth({ headers: { authorization: 'bots API-Key key-123' } })).user).toBeNull()
    await quire.update({ collection: 'bots', id: bot.id, data: { enableAPIKey: true, apiKey: null } })
    expect((await quire.auth({ headers: { authorization: 'bots API-Key key-123' } })).user).toBeNull()
  })

  it('gives auth() the user’s permissions: booleans, a Where counting as allowed', async () => {
    const anonymous = await quire.auth({ headers: {} })
    expect(anonymous.permissions.collections.posts).toEqual({ create: false, read: true, update: false, delete: false })
    expect(anonymous.permissions.collections.users).toEqual({ create: false, read: true, update: false, delete: false })
    expect(anonymous.permissions.globals.settings).toEqual({ read: true, update: false })
    const { token } = await quire.login({ collection: 'users', data: { email: 'worker@example.test', password: 'worker-pass' } })
    const worker = await quire.auth({ headers: { authorization: `Bearer ${token}` } })
    expect(worker.permissions.collections.posts).toEqual({ create: true, read: true, update: true, delete: false })
    expect(worker.permissions.collections.users).toEqual({ create: true, read: true, update: false, delete: true })
    expect(worker.permissions.globals.settings).toEqual({ read: true, update: false })
  })

  it('names every auth field as AUTH_FIELDS says', () => {
    const names = quire.schema.collections.get('bots')!.config.fields.map((field) => field.name)
    expect(names).toEqual(['name', AUTH_FIELDS.email, 'passwordHash', 'resetPasswordTokenHash', 'resetPasswordExpiration', 'enableAPIKey', 'apiKeyIndex'])
  })
})
