// Payload 3.88.0 test/database/int.spec.ts, the query, bulk update and transaction cases, ported
// to Quire. Payload's `payload.db.updateMany` cases run through the Local API's update by where,
// which Payload's own Local API uses for the same thing. Payload opens transactions by hand on a
// req; Quire's equivalent is quire.transaction() (README, "What differs from Payload, on purpose").
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DocumentData } from '../../../src/config/hooks-and-access.ts'
import { NotFound } from '../../../src/errors/api-error.ts'
import type { Quire } from '../../../src/quire.ts'
import { createTestQuire, testProviders } from '../../../src/testing/index.ts'
import { databaseConfig } from './config.ts'

const postsSlug = 'posts'

describe.each(testProviders())('Payload test/database (queries, bulk updates, transactions) on %s', (provider) => {
  let payload: Quire
  let cleanup: () => Promise<void>
  const ids = (docs: DocumentData[]) => docs.map((doc) => doc.id)
  const resetPosts = () => payload.delete({ collection: postsSlug, where: { id: { exists: true } } })
  const titled = async (title: string, sort?: string) => (await payload.find({ collection: postsSlug, depth: 0, pagination: false, where: { title: { equals: title } }, sort })).docs

  beforeAll(async () => {
    ;({ quire: payload, cleanup } = await createTestQuire({ config: databaseConfig, provider }))
  })
  afterAll(() => cleanup())

  it('should query hasMany select field with contains operator', async () => {
    const { id } = await payload.create({ collection: 'select-has-many', data: { roles: ['admin'] } })
    const result = await payload.find({ collection: 'select-has-many', where: { roles: { contains: 'admin' } } })
    expect(ids(result.docs)).toEqual([id])
    await payload.delete({ collection: 'select-has-many', id: id as number })
  })

  it('ensure querying hasMany select field with contains operator does not do partial matching', async () => {
    const { id } = await payload.create({ collection: 'select-has-many', data: { food: ['bananabread'] } })
    expect((await payload.find({ collection: 'select-has-many', where: { food: { contains: 'banana' } } })).docs).toHaveLength(0)
    await payload.delete({ collection: 'select-has-many', id: id as number })
  })

  it('should return the correct number of docs per page when sorting on an array sub-field', async () => {
    const prefix = 'SortArraySubField'
    for (let i = 0; i < 10; i++) {
      await payload.create({ collection: postsSlug, data: { arrayWithIDs: Array.from({ length: 3 }, (_, j) => ({ text: `${prefix}-doc${String(i).padStart(2, '0')}-item${j}` })), title: `${prefix}-${i}` } })
    }
    const page = (n: number) => payload.find({ collection: postsSlug, limit: 5, page: n, sort: 'arrayWithIDs.text', where: { title: { contains: prefix } } })
    const [page1, page2] = [await page(1), await page(2)]
    expect(page1.totalDocs).toBe(10)
    expect(page1.totalPages).toBe(2)
    expect(page1.docs).toHaveLength(5)
    expect(page2.docs).toHaveLength(5)
    expect(page2.docs.filter((doc) => ids(page1.docs).includes(doc.id))).toHaveLength(0)
    const minTexts = [...page1.docs, ...page2.docs].map((doc) => (doc.arrayWithIDs as DocumentData[]).map((row) => row.text as string).sort()[0]!)
    expect(minTexts).toEqual([...minTexts].sort())
    await payload.delete({ collection: postsSlug, where: { title: { contains: prefix } } })
  })

  it('should group where conditions with AND', async () => {
    await payload.create({ collection: postsSlug, data: { title: 'post 1' } })
    const doc2 = await payload.create({ collection: postsSlug, data: { title: 'post 2' } })
    const condition = { in: [doc2.id], not_in: [] }
    expect((await payload.find({ collection: postsSlug, where: { id: condition } })).totalDocs).toEqual(1)
    expect((await payload.find({ collection: postsSlug, where: { and: [{ id: condition }] } })).totalDocs).toEqual(1)
  })

  it('should count with a query that contains subqueries', async () => {
    const category = await payload.create({ collection: 'categories', data: { title: 'new-category' } })
    await payload.create({ collection: postsSlug, data: { category: category.id, title: 'new-post' } })
    expect((await payload.count({ collection: postsSlug, where: { 'category.title': { equals: 'new-category' } } })).totalDocs).toBe(1)
    expect((await payload.count({ collection: postsSlug, where: { 'category.title': { equals: 'non-existing-category' } } })).totalDocs).toBe(0)
  })

  it('should support in with null', async () => {
    await resetPosts()
    const post1 = await payload.create({ collection: postsSlug, data: { text: 'text-1', title: 'a' } })
    await payload.create({ collection: postsSlug, data: { text: 'text-2', title: 'a' } })
    const post3 = await payload.create({ collection: postsSlug, data: { text: 'text-3', title: 'a' } })
    const postNull = await payload.create({ collection: postsSlug, data: { text: null, title: 'a' } })
    const { docs } = await payload.find({ collection: postsSlug, where: { text: { in: ['text-1', 'text-3', null] } } })
    expect(ids(docs)).toEqual([postNull.id, post3.id, post1.id])
  })

  describe('local API', () => {
    const numbered = async () => {
      await resetPosts()
      // Payload shuffles 0-10 at random; a fixed shuffle makes the same point.
      for (const number of [7, 2, 10, 0, 5, 9, 1, 8, 3, 6, 4]) await payload.create({ collection: postsSlug, data: { number, title: 'not updated' } })
    }
    const updateAll = (options: { limit?: number; sort?: string }) => payload.update({ collection: postsSlug, data: { title: 'updated' }, where: { id: { exists: true } }, ...options })

    it('should support `limit` arg in bulk updates', async () => {
      await resetPosts()
      for (let i = 0; i < 10; i++) await payload.create({ collection: postsSlug, data: { title: 'hello' } })
      const updateResult = await payload.update({ collection: postsSlug, data: { title: 'world' }, limit: 5, where: { title: { equals: 'hello' } } })
      expect(updateResult.docs).toHaveLength(5)
      expect(updateResult.docs[0]!.title).toStrictEqual('world')
      expect(await titled('hello')).toHaveLength(5)
      expect(await titled('world')).toHaveLength(5)
    })

    it('ensure updateMany updates all docs and respects where query', async () => {
      await resetPosts()
      await payload.create({ collection: postsSlug, data: { title: 'notupdated' } })
      for (let i = 0; i < 5; i++) await payload.create({ collection: postsSlug, data: { title: `v1 ${i}` } })
      const result = await payload.update({ collection: postsSlug, data: { title: 'updated' }, where: { title: { not_equals: 'notupdated' } } })
      expect(result.docs).toHaveLength(5)
      expect(await titled('updated')).toHaveLength(5)
      const notUpdated = (await payload.find({ collection: postsSlug, pagination: false, where: { title: { not_equals: 'updated' } } })).docs
      expect(notUpdated.map((doc) => doc.title)).toEqual(['notupdated'])
    })

    it('ensure updateMany respects limit', async () => {
      await numbered()
      expect((await updateAll({ limit: 5 })).docs).toHaveLength(5)
      expect(await titled('updated')).toHaveLength(5)
      expect(await titled('not updated')).toHaveLength(6)
    })

    it.each(['ensure updateMany respects limit and sort', 'ensure payload.update operation respects limit and sort'])('%s', async () => {
      await numbered()
      const result = await updateAll({ limit: 5, sort: 'number' })
      expect(result.docs.map((doc) => [doc.number, doc.title])).toEqual([0, 1, 2, 3, 4].map((number) => [number, 'updated']))
      expect((await titled('updated', 'number')).map((doc) => doc.number)).toEqual([0, 1, 2, 3, 4])
    })

    it.each(['ensure updateMany respects limit and negative sort', 'ensure payload.update operation respects limit and negative sort'])('%s', async () => {
      await numbered()
      const result = await updateAll({ limit: 5, sort: '-number' })
      expect(result.docs.map((doc) => [doc.number, doc.title])).toEqual([10, 9, 8, 7, 6].map((number) => [number, 'updated']))
      expect((await titled('updated', '-number')).map((doc) => doc.number)).toEqual([10, 9, 8, 7, 6])
    })

    it.each([
      ['ensure updateMany correctly handles 0 limit', 0],
      ['ensure updateMany correctly handles -1 limit', -1],
    ])('%s', async (_title, limit) => {
      await resetPosts()
      for (let i = 0; i < 5; i++) await payload.create({ collection: postsSlug, data: { title: 'not updated' } })
      expect((await updateAll({ limit })).docs).toHaveLength(5)
      expect(await titled('updated')).toHaveLength(5)
    })

    it.each(['ensure updateOne does not create new document if `where` query has no results', 'ensure updateMany does not create new document if `where` query has no results'])('%s', async () => {
      await resetPosts()
      await payload.update({ collection: postsSlug, data: { title: 'updated' }, where: { title: { equals: 'does not exist' } } })
      expect((await payload.find({ collection: postsSlug, pagination: false })).docs).toHaveLength(0)
    })
  })

  describe('transactions', () => {
    it('should commit multiple operations in isolation', async () => {
      let firstId: unknown
      let signalCreated!: () => void
      let signalChecked!: () => void
      const created = new Promise<void>((resolve) => (signalCreated = resolve))
      const checked = new Promise<void>((resolve) => (signalChecked = resolve))
      const transaction = payload.transaction(async () => {
        firstId = (await payload.create({ collection: postsSlug, data: { title: 'isolated' } })).id
        signalCreated()
        await checked
        return (await payload.create({ collection: postsSlug, data: { title: 'isolated' } })).id
      })
      // Outside the transaction (Payload: a call without its req), the uncommitted document is not there.
      await created
      const outside = await payload.findByID({ id: firstId as number, collection: postsSlug }).catch((error: unknown) => error)
      signalChecked()
      expect(outside).toBeInstanceOf(NotFound)
      const secondId = await transaction
      expect((await payload.findByID({ id: firstId as number, collection: postsSlug })).id).toStrictEqual(firstId)
      expect((await payload.findByID({ id: secondId as number, collection: postsSlug })).id).toStrictEqual(secondId)
    })

    it('should commit multiple operations async', async () => {
      const [first, second] = await Promise.all([payload.create({ collection: postsSlug, data: { title: 'async' } }), payload.create({ collection: postsSlug, data: { title: 'async' } })])
      expect((await payload.findByID({ id: first.id as number, collection: postsSlug })).id).toStrictEqual(first.id)
      expect((await payload.findByID({ id: second.id as number, collection: postsSlug })).id).toStrictEqual(second.id)
    })

    it('should rollback operations on failure', async () => {
      const firstId = await payload.transaction(async () => {
        const first = await payload.create({ collection: postsSlug, data: { title: 'kept' } })
        await payload.create({ collection: postsSlug, data: { throwAfterChange: true, title: 'undone' } }).catch(() => undefined)
        return first.id
      })
      // Quire: a failed nested write is undone on its own (a savepoint) and the outer writes commit; Payload rolls back the whole transaction.
      expect((await payload.findByID({ id: firstId as number, collection: postsSlug })).title).toBe('kept')
      expect((await payload.find({ collection: postsSlug, where: { title: { equals: 'undone' } } })).totalDocs).toBe(0)
    })

    describe('disableTransaction', () => {
      let post: DocumentData
      beforeAll(async () => {
        post = await payload.create({ collection: postsSlug, data: { title: 'no transaction' }, depth: 0, disableTransaction: true })
        // The probe can tell: without the option a write runs in a transaction.
        expect((await payload.create({ collection: postsSlug, data: { title: 'with transaction' } })).hasTransaction).toBe(true)
      })

      it('should not use transaction calling create() with disableTransaction', () => {
        expect(post.hasTransaction).toBeFalsy()
      })

      it('should not use transaction calling update() with disableTransaction', async () => {
        expect((await payload.update({ id: post.id as number, collection: postsSlug, data: { title: 'no transaction' }, disableTransaction: true })).hasTransaction).toBeFalsy()
      })

      it('should not use transaction calling delete() with disableTransaction', async () => {
        expect((await payload.delete({ id: post.id as number, collection: postsSlug, disableTransaction: true })).hasTransaction).toBeFalsy()
      })
    })
  })
})
