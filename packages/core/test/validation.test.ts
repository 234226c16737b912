import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestQuire, testProviders } from '../src/testing/index.ts'
import type { Quire } from '../src/quire.ts'
import { ValidationError } from '../src/errors/api-error.ts'
import { blogConfig } from './fixtures/blog-config.ts'

async function errorsOf(promise: Promise<unknown>): Promise<{ path: string; message: string }[]> {
  try {
    await promise
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError)
    return (error as ValidationError).errors
  }
  throw new Error('expected a ValidationError')
}

describe.each(testProviders())('validation on %s', (provider) => {
  let quire: Quire
  let cleanup: () => Promise<void>

  beforeAll(async () => {
    ;({ quire, cleanup } = await createTestQuire({ config: blogConfig, provider }))
  })
  afterAll(() => cleanup())

  it('lists every failing field with its path, and writes nothing', async () => {
    const postsBefore = (await quire.count({ collection: 'posts' })).totalDocs
    const errors = await errorsOf(
      quire.create({
        collection: 'posts',
        data: {
          title: 'x'.repeat(101),
          views: -1,
          rating: 'high',
          featured: 'yes',
          publishedAt: 'not a date',
          status: 'archived',
          flavours: ['sweet', 'sweet'],
          kind: 'poem',
          contactEmail: 'not-an-email',
          location: [200, 0],
          author: 'abc',
          pinned: { relationTo: 'posts', value: 1 },
          meta: { title: 'y'.repeat(71) },
          links: [{ label: 'ok', url: '/' }, { label: '' }],
          secretCode: 'abc',
        } as never,
      }),
    )
    expect(errors).toEqual([
      { path: 'title', message: 'This value must be shorter than the max length of 100 characters.' },
      { path: 'views', message: '-1 is less than the min allowed value of 0.' },
      { path: 'rating', message: 'This field must be a number.' },
      { path: 'featured', message: 'This field must be true or false.' },
      { path: 'publishedAt', message: 'not a date is not a valid date.' },
      { path: 'status', message: 'This field has an invalid selection' },
      { path: 'flavours', message: 'This field has the following invalid selections: "sweet", "sweet"' },
      { path: 'kind', message: 'This field has an invalid selection' },
      { path: 'contactEmail', message: 'Please enter a valid email address.' },
      { path: 'location', message: 'Longitude must be a number between -180 and 180.' },
      { path: 'author', message: 'This relationship field has an invalid ID.' },
      { path: 'pinned', message: 'relationTo must be one of: users, categories.' },
      { path: 'meta.title', message: 'This value must be shorter than the max length of 70 characters.' },
      { path: 'links.1.label', message: 'This field is required.' },
      { path: 'links.1.url', message: 'This field is required.' },
      { path: 'secretCode', message: 'Use three capital letters' },
    ])
    expect((await quire.count({ collection: 'posts' })).totalDocs).toBe(postsBefore)
  })

  it('refuses strings no database can store (NUL, lone surrogates) in text, email and JSON, on the field', async () => {
    const errors = await errorsOf(
      quire.create({
        collection: 'posts',
        data: { title: 'Has a \u0000 NUL', body: 'half a pair \uD83D', contactEmail: 'a\u0000b@example.com', settings: { nested: ['fine', 'bad \u0000'] } },
      }),
    )
    expect(errors).toEqual([
      { path: 'title', message: 'This value contains a NUL character, which cannot be stored.' },
      { path: 'body', message: 'This value contains invalid Unicode (a lone surrogate), which cannot be stored.' },
      { path: 'contactEmail', message: 'Please enter a valid email address.' },
      { path: 'settings', message: 'This value contains a NUL character, which cannot be stored.' },
    ])
    // A whole surrogate pair (an emoji) is ordinary text.
    const emoji = await quire.create({ collection: 'posts', data: { title: 'Emoji \uD83D\uDE00' } })
    expect(emoji).toMatchObject({ title: 'Emoji 😀' })
    await quire.delete({ collection: 'posts', id: emoji.id })
  })

  it("accepts Payload's lenient input: each field type coerces what forms and scripts send", async () => {
    const user = await quire.create({ collection: 'users', data: { name: 'Ann' } })
    const category = await quire.create({ collection: 'categories', data: { name: 'News' } })
    const post = await quire.create({
      collection: 'posts',
      depth: 0,
      data: {
        title: 2024,
        body: true,
        snippet: 42,
        views: ' 12 ',
        rating: '4.5',
        featured: 'true',
        location: ['10.5', '-20'],
        author: String(user.id),
        category: '',
        tags: 'none',
        content: '{"root":{"children":[]}}',
        meta: { title: 7, reviewer: 'null' },
        links: [{ label: 1, url: '/x' }],
      } as never,
    })
    expect(post).toMatchObject({
      title: '2024',
      body: 'true',
      snippet: '42',
      views: 12,
      rating: 4.5,
      featured: true,
      location: [10.5, -20],
      author: user.id,
      category: null,
      tags: [],
      content: { root: { children: [] } },
      meta: { title: '7', reviewer: null },
      links: [{ label: '1', url: '/x' }],
    })
    const updated = await quire.update({ collection: 'posts', id: post.id, depth: 0, data: { featured: 'false', rating: '', category: category.id, links: '0' } as never })
    expect(updated).toMatchObject({ featured: false, rating: null, category: category.id, links: [] })
    expect((await quire.update({ collection: 'posts', id: post.id, data: { featured: '' } as never })).featured).toBe(false)
    // What cannot be read as the field's type still fails, on the field.
    expect(await errorsOf(quire.update({ collection: 'posts', id: post.id, data: { rating: 'high', featured: 'yes', title: { a: 1 } } as never }))).toEqual([
      { path: 'title', message: 'This field must be text.' },
      { path: 'rating', message: 'This field must be a number.' },
      { path: 'featured', message: 'This field must be true or false.' },
    ])
    // Later tests count posts from zero.
    await quire.delete({ collection: 'posts', id: post.id })
  })

  it('requires required fields on create', async () => {
    expect(await errorsOf(quire.create({ collection: 'posts', data: {} as never }))).toEqual([{ path: 'title', message: 'This field is required.' }])
  })

  it('rejects relationships to documents that do not exist, on the right path', async () => {
    const postsBefore = (await quire.count({ collection: 'posts' })).totalDocs
    const errors = await errorsOf(quire.create({ collection: 'posts', data: { title: 'T', author: 9999, tags: [9998, 9997], meta: { reviewer: 9996 } } }))
    expect(errors).toEqual(
      expect.arrayContaining([
        { path: 'author', message: 'This relationship field has the following invalid relationships: 9999' },
        { path: 'tags', message: 'This relationship field has the following invalid relationships: 9998, 9997' },
        { path: 'meta.reviewer', message: 'This relationship field has the following invalid relationships: 9996' },
      ]),
    )
    expect(errors).toHaveLength(3)
    expect((await quire.count({ collection: 'posts' })).totalDocs).toBe(postsBefore)
  })

  it('turns a unique conflict into a ValidationError on that field and keeps the first document', async () => {
    const first = await quire.create({ collection: 'posts', data: { title: 'One', slug: 'taken' } })
    expect(await errorsOf(quire.create({ collection: 'posts', data: { title: 'Two', slug: 'taken' } }))).toEqual([{ path: 'slug', message: 'Value must be unique' }])
    const other = await quire.create({ collection: 'posts', data: { title: 'Three', slug: 'free' } })
    expect(await errorsOf(quire.update({ collection: 'posts', id: other.id, data: { slug: 'taken' } }))).toEqual([{ path: 'slug', message: 'Value must be unique' }])
    expect((await quire.findByID({ collection: 'posts', id: other.id })).slug).toBe('free')
    expect((await quire.findByID({ collection: 'posts', id: first.id })).slug).toBe('taken')
  })

  it('rolls back child rows when the insert fails', async () => {
    await quire.create({ collection: 'categories', data: { name: 'A', slug: 'dup' } })
    await errorsOf(quire.create({ collection: 'categories', data: { name: 'B', slug: 'dup' } }))
    expect((await quire.count({ collection: 'categories', where: { name: { equals: 'B' } } })).totalDocs).toBe(0)
  })

  it('ignores keys that are not fields (they are never stored)', async () => {
    const post = await quire.create({ collection: 'posts', data: { title: 'Strict', notAField: 'x' } as never })
    expect(post).not.toHaveProperty('notAField')
  })

  it('rejects data that is not an object', async () => {
    expect(await errorsOf(quire.create({ collection: 'posts', data: null as never }))).toEqual([{ path: 'data', message: 'data must be an object' }])
  })
})
