// Document locking (docs/locking.md) through the locking functions, on a real database.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { buildConfig } from '../src/config/build-config.ts'
import { inTransaction } from '../src/database/transactions.ts'
import { delegateFor, type Database, type ModelDelegate } from '../src/database/types.ts'
import { Locked } from '../src/errors/api-error.ts'
import {
  checkLock,
  checkLocks,
  globalLockStatusFor,
  lockDocument,
  lockStatusFor,
  LOCK_RETENTION_MS,
  pruneStaleLocks,
  releaseLocks,
  releaseLocksAfterCommit,
  unlockDocument,
  type LockTarget,
  type LockUser,
  type LockingContext,
} from '../src/locking/index.ts'
import type { Quire } from '../src/quire.ts'
import { createTestQuire, testProviders } from '../src/testing/index.ts'

const config = buildConfig({
  secret: 'locking-test-secret-of-at-least-32-chars',
  db: { url: 'file:./unused.db' },
  collections: [
    { slug: 'users', fields: [{ name: 'name', type: 'text' }] },
    { slug: 'editors', fields: [{ name: 'name', type: 'text' }] },
    { slug: 'posts', fields: [{ name: 'title', type: 'text' }] },
    { slug: 'quick', lockDocuments: { duration: 60 }, fields: [{ name: 'title', type: 'text' }] },
    { slug: 'free', lockDocuments: false, fields: [{ name: 'title', type: 'text' }] },
  ],
  globals: [
    { slug: 'settings', fields: [{ name: 'siteName', type: 'text' }] },
    { slug: 'open-settings', lockDocuments: false, fields: [{ name: 'siteName', type: 'text' }] },
  ],
})

describe.each(testProviders())('document locking on %s', (provider) => {
  let quire: Quire
  let db: Database
  let cleanup: () => Promise<void>
  let locks: ModelDelegate
  let alice: LockUser
  let bob: LockUser
  let editorWithAlicesId: LockUser
  let post: { id: number }
  let other: { id: number }

  beforeAll(async () => {
    ;({ quire, db, cleanup } = await createTestQuire({ config, provider }))
    locks = delegateFor(db.client, quire.schema.locks.delegate)
    alice = { collection: 'users', id: (await quire.create({ collection: 'users', data: { name: 'Alice' } })).id as number }
    bob = { collection: 'users', id: (await quire.create({ collection: 'users', data: { name: 'Bob' } })).id as number }
    const editor = await quire.create({ collection: 'editors', data: { name: 'Eve' } })
    expect(editor.id).toBe(alice.id) // same id, other auth collection
    editorWithAlicesId = { collection: 'editors', id: editor.id as number }
    post = (await quire.create({ collection: 'posts', data: { title: 'Locked one' } })) as { id: number }
    other = (await quire.create({ collection: 'posts', data: { title: 'Other' } })) as { id: number }
  })
  afterAll(() => cleanup())
  beforeEach(async () => {
    await locks.deleteMany({})
  })

  const postTarget = (): LockTarget => ({ collection: 'posts', id: post.id })
  const enforce = (target: LockTarget, user: LockUser | null, operation: 'update' | 'delete' = 'update') =>
    checkLock({ quire, target, user, overrideLock: false, operation })
  /** Moves every lock of the target `seconds` into the past, as if nobody refreshed it since. */
  const age = (where: object, seconds: number) => locks.updateMany({ where, data: { updatedAt: new Date(Date.now() - seconds * 1000) } })

  it('stores a lock as one row naming the document and its holder', async () => {
    await lockDocument(quire, { ...postTarget(), user: alice })
    expect(await locks.findMany({ select: { collection: true, documentId: true, globalSlug: true, userCollection: true, userId: true } })).toEqual([
      { collection: 'posts', documentId: String(post.id), globalSlug: null, userCollection: 'users', userId: String(alice.id) },
    ])
  })

  it("blocks another user's update and delete with 423 and Payload's messages when overrideLock is false", async () => {
    await lockDocument(quire, { ...postTarget(), user: alice })
    const update = enforce(postTarget(), bob)
    await expect(update).rejects.toBeInstanceOf(Locked)
    await expect(update).rejects.toMatchObject({ status: 423, message: `Document with ID ${post.id} is currently locked by another user and cannot be updated.` })
    await expect(enforce(postTarget(), bob, 'delete')).rejects.toMatchObject({ status: 423, message: `Document with ID ${post.id} is currently locked and cannot be deleted.` })
    await expect(enforce(postTarget(), null)).rejects.toMatchObject({ status: 423 })
  })

  it('checks nothing unless overrideLock is exactly false', async () => {
    await lockDocument(quire, { ...postTarget(), user: alice })
    for (const overrideLock of [undefined, true]) {
      await expect(checkLock({ quire, target: postTarget(), user: bob, overrideLock, operation: 'update' })).resolves.toBe(true)
    }
  })

  it("never blocks the lock's own holder, and tells holders apart by collection and id", async () => {
    await lockDocument(quire, { ...postTarget(), user: alice })
    await expect(enforce(postTarget(), alice)).resolves.toBe(true)
    await expect(enforce({ collection: 'posts', id: String(post.id) }, { collection: 'users', id: String(alice.id) })).resolves.toBe(true)
    await expect(enforce(postTarget(), editorWithAlicesId)).rejects.toMatchObject({ status: 423 })
  })

  it('lets a stale lock expire after the default 300 s, or the collection duration', async () => {
    await lockDocument(quire, { ...postTarget(), user: alice })
    // Aged well inside the duration, so a slow machine between the two lines cannot expire it.
    await age({ documentId: String(post.id) }, 200)
    await expect(enforce(postTarget(), bob)).rejects.toMatchObject({ status: 423 })
    await age({ documentId: String(post.id) }, 301)
    await expect(enforce(postTarget(), bob)).resolves.toBe(true)

    const quick = await quire.create({ collection: 'quick', data: { title: 'q' } })
    const quickTarget = { collection: 'quick', id: quick.id }
    await lockDocument(quire, { ...quickTarget, user: alice })
    await age({ collection: 'quick' }, 30)
    await expect(enforce(quickTarget, bob)).rejects.toMatchObject({ status: 423 })
    await age({ collection: 'quick' }, 61)
    await expect(enforce(quickTarget, bob)).resolves.toBe(true)
    // An explicit duration overrides the config's.
    await expect(checkLock({ quire, target: quickTarget, user: bob, overrideLock: false, operation: 'update', duration: 120 })).rejects.toMatchObject({ status: 423 })
  })

  it('counts only the newest lock: locking a held document takes it over', async () => {
    await lockDocument(quire, { ...postTarget(), user: alice })
    await age({ userId: String(alice.id) }, 10)
    await lockDocument(quire, { ...postTarget(), user: bob })
    await expect(enforce(postTarget(), alice)).rejects.toMatchObject({ status: 423 })
    await expect(enforce(postTarget(), bob)).resolves.toBe(true)
  })

  it('refreshes the holder’s lock instead of adding rows', async () => {
    await lockDocument(quire, { ...postTarget(), user: alice })
    await age({}, 400)
    const refreshedFrom = Date.now()
    await lockDocument(quire, { ...postTarget(), user: alice })
    const refreshedBy = Date.now()
    const rows = await locks.findMany({ select: { updatedAt: true } })
    expect(rows).toHaveLength(1)
    // Stamped by that second lockDocument call (not left 400 s old).
    expect((rows[0]!.updatedAt as Date).getTime()).toBeGreaterThanOrEqual(refreshedFrom)
    expect((rows[0]!.updatedAt as Date).getTime()).toBeLessThanOrEqual(refreshedBy)
    await expect(enforce(postTarget(), bob)).rejects.toMatchObject({ status: 423 })
  })

  it('unlockDocument removes only the caller’s own lock', async () => {
    await lockDocument(quire, { ...postTarget(), user: alice })
    await lockDocument(quire, { ...postTarget(), user: bob })
    await unlockDocument(quire, { ...postTarget(), user: bob })
    expect(await locks.findMany({ select: { userId: true } })).toEqual([{ userId: String(alice.id) }])
  })

  it('refuses to lock a missing document, without a user, or where locking is off', async () => {
    await expect(lockDocument(quire, { collection: 'posts', id: 999_999, user: alice })).rejects.toMatchObject({ status: 404 })
    await expect(lockDocument(quire, { ...postTarget(), user: null })).rejects.toMatchObject({ status: 401 })
    const free = await quire.create({ collection: 'free', data: { title: 'f' } })
    await expect(lockDocument(quire, { collection: 'free', id: free.id, user: alice })).rejects.toMatchObject({ status: 400 })
    await expect(lockDocument(quire, { collection: 'nope', id: 1, user: alice })).rejects.toMatchObject({ status: 404 })
    expect(await locks.count({})).toBe(0)
  })

  it('ignores lock rows entirely when lockDocuments is false', async () => {
    const free = await quire.create({ collection: 'free', data: { title: 'f' } })
    await locks.create({ data: { collection: 'free', documentId: String(free.id), userCollection: 'users', userId: String(alice.id), updatedAt: new Date() } })
    await expect(enforce({ collection: 'free', id: free.id }, bob)).resolves.toBe(false)
    expect((await lockStatusFor(quire, 'free', [free.id])).get(free.id)).toEqual({ _isLocked: false, _userEditing: null })
  })

  it('releases every lock of the target, and only of the target', async () => {
    await lockDocument(quire, { ...postTarget(), user: alice })
    await lockDocument(quire, { ...postTarget(), user: bob })
    await lockDocument(quire, { collection: 'posts', id: other.id, user: alice })
    await releaseLocks(quire, postTarget())
    expect(await locks.findMany({ select: { documentId: true } })).toEqual([{ documentId: String(other.id) }])
    await releaseLocks(quire, { collection: 'posts', ids: [post.id, other.id] })
    expect(await locks.count({})).toBe(0)
  })

  it('releases after the commit, and not at all when the write rolls back', async () => {
    await lockDocument(quire, { ...postTarget(), user: alice })
    await inTransaction(db, async () => {
      await releaseLocksAfterCommit(quire, postTarget())
      expect(await locks.count({})).toBe(1) // nothing deleted inside the transaction
    })
    expect(await locks.count({})).toBe(0)

    await lockDocument(quire, { ...postTarget(), user: alice })
    const failingWrite = inTransaction(db, async () => {
      await releaseLocksAfterCommit(quire, postTarget())
      throw new Error('write failed')
    })
    await expect(failingWrite).rejects.toThrow('write failed')
    expect(await locks.count({})).toBe(1)
  })

  it('checks many documents in one query for bulk writes', async () => {
    await lockDocument(quire, { ...postTarget(), user: alice })
    await lockDocument(quire, { collection: 'posts', id: other.id, user: bob })
    const { context, queries } = countingLockQueries()
    const blocked = await checkLocks({ quire: context, collection: 'posts', ids: [post.id, other.id, 424242], user: bob, overrideLock: false, operation: 'delete' })
    expect(queries()).toBe(1)
    expect([...blocked.keys()]).toEqual([post.id])
    expect(blocked.get(post.id)).toMatchObject({ status: 423, message: `Document with ID ${post.id} is currently locked and cannot be deleted.` })
    expect((await checkLocks({ quire, collection: 'posts', ids: [post.id], user: bob, overrideLock: undefined, operation: 'delete' })).size).toBe(0)
  })

  it('reports the lock status of many documents in one query, ignoring stale locks', async () => {
    const third = await quire.create({ collection: 'posts', data: { title: 'Stale' } })
    await lockDocument(quire, { ...postTarget(), user: alice })
    await lockDocument(quire, { collection: 'posts', id: third.id, user: bob })
    await age({ documentId: String(third.id) }, 301)
    const { context, queries } = countingLockQueries()
    const statuses = await lockStatusFor(context, 'posts', [post.id, other.id, third.id, String(other.id)])
    expect(queries()).toBe(1)
    expect(statuses).toEqual(
      new Map<number | string, unknown>([
        [post.id, { _isLocked: true, _userEditing: { relationTo: 'users', value: alice.id } }],
        [other.id, { _isLocked: false, _userEditing: null }],
        [third.id, { _isLocked: false, _userEditing: null }],
        [String(other.id), { _isLocked: false, _userEditing: null }],
      ]),
    )
    expect(await lockStatusFor(context, 'posts', [])).toEqual(new Map())
    expect(queries()).toBe(1)
  })

  it('handles more ids than a query may list (SQLite binds at most a few thousand)', async () => {
    const many = [post.id, ...Array.from({ length: 30_000 }, (_, i) => 100_000 + i)]
    await lockDocument(quire, { ...postTarget(), user: alice })
    await lockDocument(quire, { collection: 'posts', id: other.id, user: alice })
    const { context, queries } = countingLockQueries()
    expect([...(await checkLocks({ quire: context, collection: 'posts', ids: many, user: bob, overrideLock: false, operation: 'update' })).keys()]).toEqual([post.id])
    const statuses = await lockStatusFor(context, 'posts', many)
    expect(queries()).toBe(2)
    expect(statuses.size).toBe(many.length)
    expect(statuses.get(post.id)?._isLocked).toBe(true)
    expect(statuses.get(100_000)?._isLocked).toBe(false)
    expect(statuses.has(other.id)).toBe(false)
    await releaseLocks(quire, { collection: 'posts', ids: many })
    expect(await locks.findMany({ select: { documentId: true } })).toEqual([{ documentId: String(other.id) }])
  })

  it('locks, checks, reports and releases globals by slug', async () => {
    const settings = { globalSlug: 'settings' }
    await lockDocument(quire, { ...settings, user: alice })
    expect(await locks.findMany({ select: { collection: true, documentId: true, globalSlug: true } })).toEqual([{ collection: null, documentId: null, globalSlug: 'settings' }])
    await expect(enforce(settings, bob)).rejects.toMatchObject({ status: 423, message: 'Global document with slug settings is currently locked by another user and cannot be updated.' })
    await expect(enforce(settings, alice)).resolves.toBe(true)
    expect(await globalLockStatusFor(quire, 'settings')).toEqual({ _isLocked: true, _userEditing: { relationTo: 'users', value: alice.id } })
    await expect(lockDocument(quire, { globalSlug: 'open-settings', user: alice })).rejects.toMatchObject({ status: 400 })
    await releaseLocks(quire, settings)
    expect(await globalLockStatusFor(quire, 'settings')).toEqual({ _isLocked: false, _userEditing: null })
    await expect(enforce(settings, bob)).resolves.toBe(false)
  })

  it('pruneStaleLocks deletes only the rows left unrefreshed for a day; fresh and merely stale ones stay', async () => {
    await lockDocument(quire, { ...postTarget(), user: alice })
    await lockDocument(quire, { collection: 'posts', id: other.id, user: bob })
    await lockDocument(quire, { globalSlug: 'settings', user: alice })
    // Stale by the 300 s duration, but a check with a longer `duration` could still count it.
    await age({ documentId: String(post.id) }, 3600)
    await age({ globalSlug: 'settings' }, LOCK_RETENTION_MS / 1000 + 60)
    expect(await pruneStaleLocks(quire)).toBe(1)
    expect((await locks.findMany({ select: { documentId: true }, orderBy: { id: 'asc' } })).map((row) => row.documentId)).toEqual([String(post.id), String(other.id)])
    expect(await pruneStaleLocks(quire)).toBe(0)
  })

  /** A locking context whose client counts the queries made on the locks table. */
  function countingLockQueries(): { context: LockingContext; queries: () => number } {
    let count = 0
    const delegate = quire.schema.locks.delegate
    const counted = new Proxy(delegateFor(db.reader, delegate), {
      get(target, property, receiver) {
        const value: unknown = Reflect.get(target, property, receiver)
        if (typeof value !== 'function') return value
        return (...args: unknown[]) => {
          count += 1
          return (value as (...a: unknown[]) => unknown).apply(target, args)
        }
      },
    })
    const withCounter = <T extends object>(client: T): T => new Proxy(client, { get: (target, property, receiver) => (property === delegate ? counted : Reflect.get(target, property, receiver)) })
    return { context: { schema: quire.schema, db: { ...db, client: withCounter(db.client), reader: withCounter(db.reader) } }, queries: () => count }
  }
})
