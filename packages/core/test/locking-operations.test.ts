// Locks enforced by the operations: overrideLock: false refuses another user's fresh lock
// (423) on update and delete, by id and in bulk; a successful write releases the locks;
// includeLockStatus reports them on reads.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildConfig } from '../src/config/build-config.ts'
import { Locked } from '../src/errors/api-error.ts'
import { lockDocument } from '../src/locking/index.ts'
import { createTestQuire, testProviders } from '../src/testing/index.ts'
import type { Quire } from '../src/quire.ts'

const config = buildConfig({
  secret: 'test-secret-that-is-at-least-32-characters',
  db: { url: 'file:./unused.db' },
  collections: [
    { slug: 'users', fields: [{ name: 'name', type: 'text' }] },
    { slug: 'docs', fields: [{ name: 'title', type: 'text' }] },
  ],
})

describe.each(testProviders())('locks through operations on %s', (provider) => {
  let quire: Quire
  let cleanup: () => Promise<void>
  const alice = { id: 1, collection: 'users' }
  const bob = { id: 2, collection: 'users' }

  beforeAll(async () => {
    ;({ quire, cleanup } = await createTestQuire({ config, provider }))
  })
  afterAll(() => cleanup())

  it('update and delete by id: 423 for another user’s lock, never for your own or a trusted call', async () => {
    const doc = await quire.create({ collection: 'docs', data: { title: 'a' } })
    await lockDocument(quire, { collection: 'docs', id: doc.id as number, user: alice })
    await expect(quire.update({ collection: 'docs', id: doc.id, data: { title: 'b' }, user: bob, overrideLock: false })).rejects.toBeInstanceOf(Locked)
    await expect(quire.delete({ collection: 'docs', id: doc.id, user: bob, overrideLock: false })).rejects.toMatchObject({ status: 423 })
    expect(await quire.findByID({ collection: 'docs', id: doc.id, includeLockStatus: true })).toMatchObject({ title: 'a', _isLocked: true, _userEditing: { relationTo: 'users', value: 1 } })
    const own = await quire.update({ collection: 'docs', id: doc.id, data: { title: 'by alice' }, user: alice, overrideLock: false })
    expect(own.title).toBe('by alice')
    // That successful write released the lock.
    expect(await quire.findByID({ collection: 'docs', id: doc.id, includeLockStatus: true })).toMatchObject({ _isLocked: false, _userEditing: null })
    await quire.update({ collection: 'docs', id: doc.id, data: { title: 'by bob' }, user: bob, overrideLock: false })
  })

  it('bulk update reports locked documents in errors and updates the rest', async () => {
    const first = await quire.create({ collection: 'docs', data: { title: 'bulk 1' } })
    const second = await quire.create({ collection: 'docs', data: { title: 'bulk 2' } })
    await lockDocument(quire, { collection: 'docs', id: second.id as number, user: alice })
    const result = await quire.update({ collection: 'docs', where: { title: { like: 'bulk' } }, data: { title: 'bulk done' }, user: bob, overrideLock: false })
    expect(result.docs.map((doc) => doc.id)).toEqual([first.id])
    expect(result.errors).toEqual([{ id: second.id, message: `Document with ID ${String(second.id)} is currently locked by another user and cannot be updated.`, isPublic: true }])
    const { docs } = await quire.find({ collection: 'docs', where: { id: { in: [first.id, second.id] } }, sort: 'id', includeLockStatus: true })
    expect(docs.map((doc) => [doc.title, doc._isLocked])).toEqual([
      ['bulk done', false],
      ['bulk 2', true],
    ])
  })

  it('bulk delete reports locked documents and deletes the rest', async () => {
    const free = await quire.create({ collection: 'docs', data: { title: 'del 1' } })
    const held = await quire.create({ collection: 'docs', data: { title: 'del 2' } })
    await lockDocument(quire, { collection: 'docs', id: held.id as number, user: alice })
    const result = await quire.delete({ collection: 'docs', where: { title: { like: 'del' } }, user: bob, overrideLock: false })
    expect(result.docs.map((doc) => doc.id)).toEqual([free.id])
    expect(result.errors.map((error) => error.id)).toEqual([held.id])
    expect(await quire.findByID({ collection: 'docs', id: held.id, disableErrors: true })).not.toBeNull()
  })
})
