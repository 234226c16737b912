// Payload 3.88.0 test/locked-documents/int.spec.ts, ported to Quire. Quire keeps locks in its own
// table (`quire_locks`, taken with lockDocument/unlockDocument) rather than in a
// `payload-locked-documents` collection (README, "Document locking"), so where Payload creates,
// finds or updates lock documents, these cases take locks with lockDocument and read them from
// the table. Where Payload waits out a 1-second lock duration, the lock is aged in the table
// instead, so no test waits on a clock.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import '../../../src/auth/index.ts'
import { PAYLOAD_PASSWORD_POLICY } from '../../../src/auth/password-rules.ts'
import { buildConfig } from '../../../src/config/build-config.ts'
import type { DocumentData } from '../../../src/config/hooks-and-access.ts'
import { delegateFor, type Database, type ModelDelegate } from '../../../src/database/types.ts'
import { Locked } from '../../../src/errors/api-error.ts'
import { lockDocument, lockStatusFor, type LockTarget, type LockUser } from '../../../src/locking/index.ts'
import type { Quire } from '../../../src/quire.ts'
import { LOCK_COLUMNS } from '../../../src/storage/names.ts'
import { createTestQuire, testProviders } from '../../../src/testing/index.ts'

const config = buildConfig({
  secret: 'parity-locks-secret-0123456789abcdef',
  db: { url: 'file:./unused.db' },
  collections: [
    { slug: 'users', auth: { scrypt: { N: 2 ** 10, r: 8, p: 1 }, passwordPolicy: PAYLOAD_PASSWORD_POLICY }, fields: [] },
    { slug: 'posts', fields: [{ name: 'text', type: 'text' }] },
    { slug: 'pages', fields: [{ name: 'text', type: 'text' }] },
  ],
  globals: [{ slug: 'menu', fields: [{ name: 'globalText', type: 'text' }] }],
})

describe.each(testProviders())('Payload test/locked-documents on %s', (provider) => {
  let payload: Quire
  let db: Database
  let cleanup: () => Promise<void>
  let locks: ModelDelegate
  let user: LockUser
  let user2: LockUser

  /** What the admin UI does when another user opens the document: their lock, fresh. */
  const lockedBy = async (owner: LockUser, target: LockTarget) => lockDocument(payload, { ...target, user: owner })
  /** Payload sets a 1-second duration and waits; the lock is made older than the default 300 s instead. */
  const makeStale = (target: LockTarget) =>
    locks.updateMany({ where: 'globalSlug' in target ? { [LOCK_COLUMNS.globalSlug]: target.globalSlug } : { [LOCK_COLUMNS.collection]: target.collection, [LOCK_COLUMNS.documentId]: String(target.id) }, data: { updatedAt: new Date(Date.now() - 301_000) } })
  const locksOn = async (target: LockTarget) =>
    locks.count({ where: 'globalSlug' in target ? { [LOCK_COLUMNS.globalSlug]: target.globalSlug } : { [LOCK_COLUMNS.collection]: target.collection, [LOCK_COLUMNS.documentId]: String(target.id) } })
  const newPost = async (text: string) => ({ collection: 'posts', id: (await payload.create({ collection: 'posts', data: { text } })).id as number })

  beforeAll(async () => {
    ;({ quire: payload, db, cleanup } = await createTestQuire({ config, provider }))
    locks = delegateFor(db.client, payload.schema.locks.delegate)
    await payload.create({ collection: 'users', data: { email: 'dev@payloadcms.com', password: 'test' } })
    const { user: loggedIn } = await payload.login({ collection: 'users', data: { email: 'dev@payloadcms.com', password: 'test' } })
    user = { collection: 'users', id: loggedIn.id as number }
    user2 = { collection: 'users', id: (await payload.create({ collection: 'users', data: { email: 'test@payloadcms.com', password: 'test' } })).id as number }
    await payload.create({ collection: 'posts', data: { text: 'some post' } })
    await payload.create({ collection: 'pages', data: { text: 'some page' } })
    await payload.updateGlobal({ slug: 'menu', data: { globalText: 'global text' } })
  })
  afterAll(() => cleanup())

  it('should update unlocked document - collection', async () => {
    // A post of its own: another test deletes the shared one.
    const target = await newPost('some post')
    const updatedPost = await payload.update({ collection: 'posts', data: { text: 'updated post' }, id: target.id })
    expect(updatedPost.text).toEqual('updated post')
  })

  it('should update unlocked document - global', async () => {
    const updatedGlobalMenu = await payload.updateGlobal({ slug: 'menu', data: { globalText: 'updated global text' } })
    expect(updatedGlobalMenu.globalText).toEqual('updated global text')
  })

  it('should delete unlocked document - collection', async () => {
    const target = await newPost('to delete')
    const before = (await payload.find({ collection: 'posts', depth: 0 })).docs.length
    await payload.delete({ collection: 'posts', id: target.id })
    expect((await payload.find({ collection: 'posts', depth: 0 })).docs).toHaveLength(before - 1)
  })

  it('should allow update of stale locked document - collection', async () => {
    const target = await newPost('new post 2')
    await lockedBy(user2, target)
    await makeStale(target)
    const updateLockedDoc = await payload.update({ collection: 'posts', data: { text: 'updated post 2' }, overrideLock: false, id: target.id })
    expect(updateLockedDoc.text).toEqual('updated post 2')
    // A write releases the document's locks.
    expect(await locksOn(target)).toBe(0)
  })

  it('should allow update of stale locked document - global', async () => {
    const target = { globalSlug: 'menu' }
    await lockedBy(user2, target)
    await makeStale(target)
    const updated = await payload.updateGlobal({ data: { globalText: 'global text 2' }, overrideLock: false, slug: 'menu' })
    expect(updated.globalText).toEqual('global text 2')
    expect(await locksOn(target)).toBe(0)
  })

  it('should not allow update of locked document - collection', async () => {
    const target = await newPost('some post')
    await lockedBy(user2, target)
    const error = await payload.update({ collection: 'posts', data: { text: 'updated post' }, overrideLock: false, id: target.id }).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(Locked)
    expect((error as Error).message).toMatch(/currently locked by another user and cannot be updated/)
    expect((await payload.findByID({ collection: 'posts', id: target.id })).text).toEqual('some post')
  })

  it('should not allow update of locked document - global', async () => {
    // The value Payload's previous test left, written here so this test stands alone.
    await payload.updateGlobal({ slug: 'menu', data: { globalText: 'global text 2' } })
    await lockedBy(user2, { globalSlug: 'menu' })
    const error = await payload.updateGlobal({ data: { globalText: 'updated global text' }, overrideLock: false, slug: 'menu' }).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(Locked)
    expect((error as Error).message).toMatch(/currently locked by another user and cannot be updated/)
    expect((await payload.findGlobal({ slug: 'menu' })).globalText).toEqual('global text 2')
  })

  it('should not allow delete of locked document - collection', async () => {
    const target = await newPost('new post 3')
    await lockedBy(user2, target)
    const error = await payload.delete({ collection: 'posts', id: target.id, overrideLock: false }).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(Locked)
    expect((error as Error).message).toMatch(/currently locked and cannot be deleted/)
    expect((await payload.find({ collection: 'posts', where: { id: { equals: target.id } } })).docs).toHaveLength(1)
  })

  it('should allow delete of stale locked document - collection', async () => {
    const target = await newPost('new post 4')
    await lockedBy(user2, target)
    await makeStale(target)
    await payload.delete({ collection: 'posts', id: target.id, overrideLock: false })
    expect((await payload.find({ collection: 'posts', where: { id: { equals: target.id } } })).docs).toHaveLength(0)
    expect(await locksOn(target)).toBe(0)
  })

  it('should allow update of locked document w/ overrideLock flag - collection', async () => {
    const target = await newPost('new post 5')
    await lockedBy(user2, target)
    const updateLockedDoc = await payload.update({ collection: 'posts', data: { text: 'updated post 5' }, id: target.id, overrideLock: true })
    expect(updateLockedDoc.text).toEqual('updated post 5')
    expect(await locksOn(target)).toBe(0)
  })

  it('should allow update of locked document w/ overrideLock flag - global', async () => {
    await lockedBy(user2, { globalSlug: 'menu' })
    const updated = await payload.updateGlobal({ data: { globalText: 'updated global text 2' }, slug: 'menu', overrideLock: true })
    expect(updated.globalText).toEqual('updated global text 2')
    expect(await locksOn({ globalSlug: 'menu' })).toBe(0)
  })

  it('should allow delete of locked document w/ overrideLock flag - collection', async () => {
    const target = await newPost('new post 6')
    await lockedBy(user2, target)
    await payload.delete({ collection: 'posts', id: target.id, overrideLock: true })
    expect((await payload.find({ collection: 'posts', where: { id: { equals: target.id } } })).docs).toHaveLength(0)
    expect(await locksOn(target)).toBe(0)
  })

  it('should allow take over on locked doc (simulates take over modal from admin ui)', async () => {
    const target = await newPost('new post 7')
    await lockedBy(user2, target)
    // Payload's take over rewrites the lock's user; Quire's is the new user locking the document (the newest lock holds it).
    await lockedBy(user, target)
    const status = (await lockStatusFor(payload, 'posts', [target.id])).get(target.id)
    expect(status).toEqual({ _isLocked: true, _userEditing: { relationTo: 'users', value: user.id } })
  })
})
