import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestQuire, testProviders } from '../src/testing/index.ts'
import type { Quire } from '../src/quire.ts'
import { blogConfig } from './fixtures/blog-config.ts'

describe.each(testProviders())('bulk update and delete on %s', (provider) => {
  let quire: Quire
  let cleanup: () => Promise<void>

  beforeAll(async () => {
    ;({ quire, cleanup } = await createTestQuire({ config: blogConfig, provider }))
  })
  afterAll(() => cleanup())

  async function seed(prefix: string, count: number): Promise<void> {
    for (let index = 0; index < count; index += 1) {
      await quire.create({ collection: 'posts', data: { title: `${prefix} ${index}`, views: index, slug: `${prefix}-${index}` } })
    }
  }

  it('updates every match and returns { docs, errors }', async () => {
    await seed('bulk', 5)
    const result = await quire.update({ collection: 'posts', where: { title: { like: 'bulk' } }, data: { status: 'published', featured: true } })
    expect(result.errors).toEqual([])
    expect(result.docs).toHaveLength(5)
    expect(result.docs.every((doc) => doc.status === 'published' && doc.featured === true)).toBe(true)
    expect((await quire.count({ collection: 'posts', where: { status: { equals: 'published' } } })).totalDocs).toBe(5)
  })

  it('honours limit and sort', async () => {
    await seed('ranked', 4)
    const result = await quire.update({ collection: 'posts', where: { title: { like: 'ranked' } }, sort: '-views', limit: 2, data: { body: 'top' } })
    expect(result.docs.map((doc) => doc.views)).toEqual([3, 2])
    expect((await quire.count({ collection: 'posts', where: { body: { equals: 'top' } } })).totalDocs).toBe(2)
  })

  it('replaces child tables per document in bulk', async () => {
    await seed('kids', 2)
    const result = await quire.update({ collection: 'posts', where: { title: { like: 'kids' } }, data: { links: [{ label: 'l', url: '/l' }], flavours: ['salty'] } })
    expect(result.docs).toHaveLength(2)
    const ids = result.docs.map((doc) => (doc.links as { id: string }[])[0]!.id)
    expect(new Set(ids).size).toBe(2)
    expect(result.docs.every((doc) => (doc.flavours as string[])[0] === 'salty')).toBe(true)
  })

  it('reports invalid data per document and changes nothing', async () => {
    await seed('invalid', 2)
    const result = await quire.update({ collection: 'posts', where: { title: { like: 'invalid' } }, data: { views: -5 } })
    expect(result.docs).toEqual([])
    expect(result.errors).toHaveLength(2)
    expect(result.errors[0]).toMatchObject({ message: 'The following field is invalid: Views', isPublic: true })
    expect((await quire.count({ collection: 'posts', where: { views: { less_than: 0 } } })).totalDocs).toBe(0)
  })

  it('per-document validation (custom validate) fails only the documents it rejects', async () => {
    const ok = await quire.create({ collection: 'posts', data: { title: 'mixed ok' } })
    const result = await quire.update({ collection: 'posts', where: { id: { equals: ok.id } }, data: { secretCode: 'XYZ' } })
    expect(result.docs.map((doc) => doc.secretCode)).toEqual(['XYZ'])
    const bad = await quire.update({ collection: 'posts', where: { id: { equals: ok.id } }, data: { secretCode: 'no' } })
    expect(bad.errors.map((error) => error.id)).toEqual([ok.id])
  })

  it('reports a document the database refuses (unique conflict) and commits the others', async () => {
    await seed('uniq', 2)
    const result = await quire.update({ collection: 'posts', where: { title: { like: 'uniq' } }, sort: 'views', data: { slug: 'same-for-all' } })
    expect(result.docs.map((doc) => doc.title)).toEqual(['uniq 0'])
    expect(result.errors).toEqual([{ id: expect.any(Number), message: 'The following field is invalid: slug', isPublic: true }])
    expect((await quire.count({ collection: 'posts', where: { slug: { equals: 'same-for-all' } } })).totalDocs).toBe(1)
    const refused = await quire.findByID({ collection: 'posts', id: result.errors[0]!.id })
    expect(refused.slug).toBe('uniq-1')
  })

  it('requires where', async () => {
    await expect(quire.update({ collection: 'posts', data: { title: 'x' } } as never)).rejects.toMatchObject({ status: 400 })
    await expect(quire.delete({ collection: 'posts' } as never)).rejects.toMatchObject({ status: 400 })
  })

  it('deletes every match and returns the deleted documents', async () => {
    await seed('gone', 3)
    const result = await quire.delete({ collection: 'posts', where: { title: { like: 'gone' } } })
    expect(result.errors).toEqual([])
    expect(result.docs.map((doc) => doc.title).sort()).toEqual(['gone 0', 'gone 1', 'gone 2'])
    expect((await quire.count({ collection: 'posts', where: { title: { like: 'gone' } } })).totalDocs).toBe(0)
  })

  it('an empty where object matches all', async () => {
    const before = (await quire.count({ collection: 'categories' })).totalDocs
    await quire.create({ collection: 'categories', data: { name: 'c1' } })
    await quire.create({ collection: 'categories', data: { name: 'c2' } })
    const result = await quire.update({ collection: 'categories', where: {}, data: { name: 'renamed' } })
    expect(result.docs).toHaveLength(before + 2)
  })
})
