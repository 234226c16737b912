import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestQuire, testProviders } from '../src/testing/index.ts'
import type { Quire } from '../src/quire.ts'
import { NotFound, ValidationError } from '../src/errors/api-error.ts'
import { blogConfig } from './fixtures/blog-config.ts'

describe.each(testProviders())('CRUD on %s', (provider) => {
  let quire: Quire
  let cleanup: () => Promise<void>
  let alice: { id: number | string }
  let news: { id: number | string }

  beforeAll(async () => {
    ;({ quire, cleanup } = await createTestQuire({ config: blogConfig, provider }))
    alice = await quire.create({ collection: 'users', data: { name: 'Alice', email: 'alice@example.com', apiNote: 'internal' } })
    news = await quire.create({ collection: 'categories', data: { name: 'News', slug: 'news' } })
  })
  afterAll(() => cleanup())

  it('creates a document with every storage kind and reads it back identically', async () => {
    const data = {
      title: 'Hello',
      slug: 'hello',
      body: 'Long text',
      rating: 4.5,
      publishedAt: '2026-01-02T03:04:05.000Z',
      flavours: ['sour', 'sweet'],
      kind: 'news',
      contactEmail: 'press@example.com',
      snippet: 'const a = 1',
      settings: { theme: 'dark', sizes: [1, 2] },
      content: { root: { children: [{ text: 'Hi' }] } },
      location: [4.9, 52.37],
      author: alice.id,
      category: news.id,
      tags: [news.id],
      pinned: { relationTo: 'users', value: alice.id },
      meta: { title: 'Meta', description: 'Desc', reviewer: alice.id },
      links: [{ label: 'Home', url: '/', attributes: [{ name: 'rel', value: 'home' }] }, { label: 'About', url: '/about' }],
      secretCode: 'ABC',
    }
    const created = await quire.create({ collection: 'posts', data, depth: 0 })
    expect(created).toMatchObject({
      ...data,
      views: 0,
      featured: false,
      status: 'draft',
      related: [],
      links: [
        { label: 'Home', url: '/', attributes: [{ name: 'rel', value: 'home' }] },
        { label: 'About', url: '/about', attributes: [] },
      ],
    })
    expect(typeof created.id).toBe('number')
    expect(created.links).toHaveLength(2)
    const [home] = created.links as { id: string }[]
    expect(home!.id).toMatch(/^[0-9a-f]{24}$/)
    expect(new Date(created.createdAt as string).toISOString()).toBe(created.createdAt)
    const found = await quire.findByID({ collection: 'posts', id: created.id, depth: 0 })
    expect(found).toEqual(created)
  })

  it('keeps hasMany order and polymorphic shapes', async () => {
    const second = await quire.create({ collection: 'categories', data: { name: 'Second' } })
    const other = await quire.create({ collection: 'posts', data: { title: 'Other' } })
    const post = await quire.create({
      collection: 'posts',
      depth: 0,
      data: {
        title: 'Ordered',
        tags: [second.id, news.id],
        related: [
          { relationTo: 'categories', value: news.id },
          { relationTo: 'posts', value: other.id },
        ],
      },
    })
    expect(post.tags).toEqual([second.id, news.id])
    expect(post.related).toEqual([
      { relationTo: 'categories', value: news.id },
      { relationTo: 'posts', value: other.id },
    ])
    const updated = await quire.update({ collection: 'posts', id: post.id, data: { tags: [news.id, second.id] }, depth: 0 })
    expect(updated.tags).toEqual([news.id, second.id])
  })

  it('hides hidden fields unless showHiddenFields', async () => {
    const plain = await quire.findByID({ collection: 'users', id: alice.id })
    expect(plain).not.toHaveProperty('apiNote')
    const shown = await quire.findByID({ collection: 'users', id: alice.id, showHiddenFields: true })
    expect(shown.apiNote).toBe('internal')
  })

  it('updates only the given fields and replaces arrays', async () => {
    const post = await quire.create({ collection: 'posts', data: { title: 'Before', body: 'kept', meta: { title: 'M', description: 'D' }, links: [{ label: 'a', url: '/a' }] } })
    const updated = await quire.update({ collection: 'posts', id: post.id, data: { title: 'After', meta: { title: 'M2' }, links: [{ label: 'b', url: '/b' }] } })
    expect(updated).toMatchObject({ title: 'After', body: 'kept', meta: { title: 'M2', description: 'D' } })
    expect((updated.links as unknown[]).map((row) => (row as { label: string }).label)).toEqual(['b'])
    expect(Date.parse(updated.updatedAt as string)).toBeGreaterThanOrEqual(Date.parse(post.updatedAt as string))
    expect(updated.createdAt).toBe(post.createdAt)
  })

  it('keeps array row ids that are sent back', async () => {
    const post = await quire.create({ collection: 'posts', data: { title: 'Rows', links: [{ label: 'a', url: '/a' }, { label: 'b', url: '/b' }] } })
    const [first, second] = post.links as { id: string; label: string; url: string }[]
    const updated = await quire.update({ collection: 'posts', id: post.id, data: { links: [second!, { ...first!, label: 'A' }] } })
    expect((updated.links as { id: string; label: string }[]).map((row) => [row.id, row.label])).toEqual([
      [second!.id, 'b'],
      [first!.id, 'A'],
    ])
  })

  it('deletes by id, returning the document, and then it is gone', async () => {
    const post = await quire.create({ collection: 'posts', data: { title: 'Doomed', links: [{ label: 'x', url: '/x' }], tags: [news.id] } })
    const deleted = await quire.delete({ collection: 'posts', id: post.id })
    expect(deleted).toEqual(post)
    await expect(quire.findByID({ collection: 'posts', id: post.id })).rejects.toBeInstanceOf(NotFound)
    expect(await quire.findByID({ collection: 'posts', id: post.id, disableErrors: true })).toBeNull()
    await expect(quire.delete({ collection: 'posts', id: post.id })).rejects.toBeInstanceOf(NotFound)
    await expect(quire.update({ collection: 'posts', id: post.id, data: { title: 'x' } })).rejects.toBeInstanceOf(NotFound)
  })

  it('treats malformed ids as not found', async () => {
    await expect(quire.findByID({ collection: 'posts', id: 'abc' })).rejects.toBeInstanceOf(NotFound)
    await expect(quire.findByID({ collection: 'posts', id: -1 })).rejects.toBeInstanceOf(NotFound)
  })

  it('rejects an unknown collection with a 404 APIError', async () => {
    await expect(quire.find({ collection: 'nope' })).rejects.toMatchObject({ status: 404, message: "The collection with slug nope can't be found." })
  })

  it('duplicates with fresh row ids, " - Copy" on unique text, and overrides', async () => {
    const source = await quire.create({ collection: 'posts', data: { title: 'Source', slug: 'source', links: [{ label: 'a', url: '/a' }], tags: [news.id] }, depth: 0 })
    const copy = await quire.duplicate({ collection: 'posts', id: source.id, data: { title: 'Copy title' }, depth: 0 })
    expect(copy.id).not.toBe(source.id)
    expect(copy).toMatchObject({ title: 'Copy title', slug: 'source - Copy', tags: [news.id] })
    const [sourceRow] = source.links as { id: string }[]
    const [copyRow] = copy.links as { id: string; label: string }[]
    expect(copyRow!.label).toBe('a')
    expect(copyRow!.id).not.toBe(sourceRow!.id)
    const viaCreate = await quire.create({ collection: 'posts', duplicateFromID: source.id, data: { slug: 'third' } })
    expect(viaCreate).toMatchObject({ title: 'Source', slug: 'third' })
  })

  it('counts', async () => {
    const before = await quire.count({ collection: 'categories' })
    await quire.create({ collection: 'categories', data: { name: 'Counted' } })
    expect((await quire.count({ collection: 'categories' })).totalDocs).toBe(before.totalDocs + 1)
    expect((await quire.count({ collection: 'categories', where: { name: { equals: 'Counted' } } })).totalDocs).toBe(1)
  })

  it('does not change the caller’s data object', async () => {
    const data = { title: 'Untouched' }
    await quire.create({ collection: 'posts', data })
    expect(data).toEqual({ title: 'Untouched' })
  })

  it('surfaces validation as ValidationError from update too', async () => {
    const post = await quire.create({ collection: 'posts', data: { title: 'Valid' } })
    await expect(quire.update({ collection: 'posts', id: post.id, data: { title: '' } })).rejects.toBeInstanceOf(ValidationError)
    expect((await quire.findByID({ collection: 'posts', id: post.id })).title).toBe('Valid')
  })
})
