import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestQuire, testProviders } from '../src/testing/index.ts'
import type { Quire } from '../src/quire.ts'
import { QueryError } from '../src/errors/api-error.ts'
import { blogConfig } from './fixtures/blog-config.ts'

describe.each(testProviders())('select on %s', (provider) => {
  let quire: Quire
  let cleanup: () => Promise<void>
  let id: number | string

  beforeAll(async () => {
    ;({ quire, cleanup } = await createTestQuire({ config: blogConfig, provider }))
    const post = await quire.create({
      collection: 'posts',
      data: { title: 'Selected', body: 'Body', meta: { title: 'MT', description: 'MD' }, links: [{ label: 'a', url: '/a' }] },
    })
    id = post.id
  })
  afterAll(() => cleanup())

  it('include mode returns only the chosen fields plus id', async () => {
    const doc = await quire.findByID({ collection: 'posts', id, select: { title: true, meta: { title: true } } })
    expect(doc).toEqual({ id, title: 'Selected', meta: { title: 'MT' } })
  })

  it('{} returns only the id; timestamps are selectable by name', async () => {
    expect(await quire.findByID({ collection: 'posts', id, select: {} })).toEqual({ id })
    const withDate = await quire.findByID({ collection: 'posts', id, select: { createdAt: true } })
    expect(Object.keys(withDate).sort()).toEqual(['createdAt', 'id'])
  })

  it('exclude mode returns everything else', async () => {
    const doc = await quire.findByID({ collection: 'posts', id, select: { body: false, meta: { description: false } } })
    expect(doc).not.toHaveProperty('body')
    expect(doc.meta).toEqual({ title: 'MT', reviewer: null })
    expect(doc.title).toBe('Selected')
  })

  it('array rows keep their id when sub-fields are selected', async () => {
    const { docs } = await quire.find({ collection: 'posts', select: { links: { label: true } } })
    expect(docs[0]!.links).toEqual([{ id: expect.stringMatching(/^[0-9a-f]{24}$/), label: 'a' }])
  })

  it('applies to writes: the full data is stored, the result is projected', async () => {
    const created = await quire.create({ collection: 'posts', data: { title: 'W', body: 'stored' }, select: { title: true } })
    expect(created).not.toHaveProperty('body')
    expect((await quire.findByID({ collection: 'posts', id: created.id })).body).toBe('stored')
  })

  it('rejects mixed modes', async () => {
    await expect(quire.findByID({ collection: 'posts', id, select: { title: true, body: false } })).rejects.toBeInstanceOf(QueryError)
  })
})
