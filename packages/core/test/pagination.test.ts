import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestQuire, testProviders } from '../src/testing/index.ts'
import type { Quire } from '../src/quire.ts'
import { blogConfig } from './fixtures/blog-config.ts'

describe.each(testProviders())('pagination on %s', (provider) => {
  let quire: Quire
  let cleanup: () => Promise<void>

  beforeAll(async () => {
    ;({ quire, cleanup } = await createTestQuire({ config: blogConfig, provider }))
    for (let index = 1; index <= 10; index += 1) {
      await quire.create({ collection: 'categories', data: { name: `Category ${String(index).padStart(2, '0')}` } })
    }
  })
  afterAll(() => cleanup())

  it('matches Payload for 10 docs, limit 4 (docs/operations.md#per-operation-options-and-results)', async () => {
    const pages = await Promise.all([1, 2, 3].map((page) => quire.find({ collection: 'categories', limit: 4, page, sort: 'name' })))
    const meta = pages.map(({ docs, ...rest }) => ({ names: docs.map((doc) => doc.name), ...rest }))
    expect(meta).toEqual([
      { names: ['Category 01', 'Category 02', 'Category 03', 'Category 04'], totalDocs: 10, limit: 4, totalPages: 3, page: 1, pagingCounter: 1, hasPrevPage: false, hasNextPage: true, prevPage: null, nextPage: 2 },
      { names: ['Category 05', 'Category 06', 'Category 07', 'Category 08'], totalDocs: 10, limit: 4, totalPages: 3, page: 2, pagingCounter: 5, hasPrevPage: true, hasNextPage: true, prevPage: 1, nextPage: 3 },
      { names: ['Category 09', 'Category 10'], totalDocs: 10, limit: 4, totalPages: 3, page: 3, pagingCounter: 9, hasPrevPage: true, hasNextPage: false, prevPage: 2, nextPage: null },
    ])
  })

  it('defaults to limit 10, page 1, newest first', async () => {
    const result = await quire.find({ collection: 'categories' })
    expect(result).toMatchObject({ totalDocs: 10, limit: 10, totalPages: 1, page: 1, hasNextPage: false })
    expect(result.docs[0]!.name).toBe('Category 10')
    expect(result.docs[9]!.name).toBe('Category 01')
  })

  it('counts correctly past the end', async () => {
    const result = await quire.find({ collection: 'categories', limit: 4, page: 5 })
    expect(result).toMatchObject({ docs: [], totalDocs: 10, totalPages: 3, page: 5, hasPrevPage: true, prevPage: 4, hasNextPage: false, nextPage: null, pagingCounter: 17 })
  })

  it('limit 0 and pagination false return everything with flat meta', async () => {
    const all = await quire.find({ collection: 'categories', limit: 0 })
    const { docs, ...meta } = all
    expect(docs).toHaveLength(10)
    expect(meta).toEqual({ totalDocs: 10, limit: 0, totalPages: 1, page: 1, pagingCounter: 1, hasPrevPage: false, hasNextPage: false, prevPage: null, nextPage: null })
    const unpaged = await quire.find({ collection: 'categories', pagination: false, limit: 3 })
    expect(unpaged.docs).toHaveLength(3)
    expect(unpaged).toMatchObject({ totalDocs: 3, limit: 3, totalPages: 1, page: 1, hasNextPage: false })
    expect((await quire.find({ collection: 'categories', pagination: false })).docs).toHaveLength(10)
  })

  it('reports an empty collection as one empty page', async () => {
    const empty = await quire.find({ collection: 'posts' })
    expect(empty).toEqual({ docs: [], totalDocs: 0, limit: 10, totalPages: 1, page: 1, pagingCounter: 1, hasPrevPage: false, hasNextPage: false, prevPage: null, nextPage: null })
  })

  it('rejects a page below 1', async () => {
    await expect(quire.find({ collection: 'categories', page: 0 })).rejects.toMatchObject({ status: 400 })
  })
})
