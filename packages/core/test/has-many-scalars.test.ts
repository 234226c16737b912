// hasMany text and number fields through the Local API: a list of plain values stored in a values
// table (order kept, duplicates allowed), replaced as a whole on update, validated per item and by
// count, localized per locale, queried "some item matches", projected, duplicated, bulk updated.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { QueryError, ValidationError } from '../src/errors/api-error.ts'
import type { Where } from '../src/query/where-types.ts'
import type { Quire } from '../src/quire.ts'
import { createTestQuire, testProviders } from '../src/testing/index.ts'
import { hasManyConfig } from './fixtures/has-many-config.ts'

async function errorsOf(promise: Promise<unknown>): Promise<{ path: string; message: string }[]> {
  try {
    await promise
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError)
    return (error as ValidationError).errors
  }
  throw new Error('expected a ValidationError')
}

describe.each(testProviders())('hasMany text and number on %s', (provider) => {
  let quire: Quire
  let cleanup: () => Promise<void>
  const create = (data: Record<string, unknown>, locale?: string) => quire.create({ collection: 'entries', data, locale })

  beforeAll(async () => {
    ;({ quire, cleanup } = await createTestQuire({ config: hasManyConfig, provider }))
  })
  afterAll(() => cleanup())

  it('keeps order and duplicates, in groups and array rows too, and fills list defaults', async () => {
    const data = { tags: ['b', 'a', 'c', 'a'], scores: [50, 7.5, 50, 0], meta: { weights: [0.25, 0] }, rows: [{ words: ['zz', 'aa'] }] }
    const created = await create(data)
    expect(created).toMatchObject({ ...data, labels: ['new'] })
    // A localized list without items reads as [], as Payload's SQL adapter reads it.
    expect(created.names).toEqual([])
    expect(await quire.findByID({ collection: 'entries', id: created.id })).toEqual(created)
  })

  it("coerces each item as Payload does: numeric strings in a number list, numbers in a text list", async () => {
    const doc = await create({ scores: ['1', ' 2.5 '], tags: [1, true], meta: { weights: ['0.5'] } } as never)
    expect(doc).toMatchObject({ scores: [1, 2.5], tags: ['1', 'true'], meta: { weights: [0.5] } })
  })

  it('reads an empty or absent optional list as [] and ignores minRows for it', async () => {
    const doc = await create({ tags: [], scores: [] })
    expect(doc).toMatchObject({ tags: [], scores: [], meta: { weights: [] } })
    expect((await create({ tags: null })).tags).toEqual([])
  })

  it('replaces the whole list on update and leaves unsent lists alone', async () => {
    const doc = await create({ tags: ['a', 'b'], scores: [1, 2] })
    const updated = await quire.update({ collection: 'entries', id: doc.id, data: { tags: ['c'] } })
    expect(updated).toMatchObject({ tags: ['c'], scores: [1, 2] })
    expect((await quire.update({ collection: 'entries', id: doc.id, data: { tags: [], scores: null } })).tags).toEqual([])
    expect(await quire.findByID({ collection: 'entries', id: doc.id })).toMatchObject({ tags: [], scores: [] })
  })

  it('stores a localized list per locale, falls back when one is empty, and keys it by locale for all', async () => {
    const doc = await create({ names: ['one', 'two'] }, 'en')
    await quire.update({ collection: 'entries', id: doc.id, data: { names: ['uno'] }, locale: 'es' })
    await quire.update({ collection: 'entries', id: doc.id, data: { names: ['two', 'one'] }, locale: 'en' })
    expect((await quire.findByID({ collection: 'entries', id: doc.id, locale: 'es' })).names).toEqual(['uno'])
    expect((await quire.findByID({ collection: 'entries', id: doc.id, locale: 'all' })).names).toEqual({ en: ['two', 'one'], es: ['uno'] })
    const other = await create({ names: ['only en'] }, 'en')
    expect((await quire.findByID({ collection: 'entries', id: other.id, locale: 'es' })).names).toEqual(['only en'])
    const inSpanish = { names: { equals: 'uno' } }
    expect((await quire.count({ collection: 'entries', where: inSpanish, locale: 'es' })).totalDocs).toBe(1)
    expect((await quire.count({ collection: 'entries', where: inSpanish, locale: 'en' })).totalDocs).toBe(0)
  })

  it('reports item errors at the item, count errors at the field, and writes nothing', async () => {
    const before = (await quire.count({ collection: 'entries' })).totalDocs
    const errors = await errorsOf(
      create({ tags: ['ok', 'toolong', { a: 3 }], scores: [50, 101, -1, 5, 6], labels: [], meta: { weights: [2] }, rows: [{ words: ['ab', 'c'] }] }),
    )
    expect(errors).toEqual([
      { path: 'tags.1', message: 'This value must be shorter than the max length of 5 characters.' },
      { path: 'tags.2', message: 'This field must be text.' },
      { path: 'scores', message: 'This field requires no more than 4 item(s).' },
      { path: 'scores.1', message: '101 is greater than the max allowed value of 100.' },
      { path: 'scores.2', message: '-1 is less than the min allowed value of 0.' },
      { path: 'labels', message: 'This field is required.' },
      { path: 'meta.weights.0', message: '2 is greater than the max allowed value of 1.' },
      { path: 'rows.0.words.1', message: 'This value must be longer than the minimum length of 2 characters.' },
    ])
    expect(await errorsOf(create({ scores: [1], tags: 'a' }))).toEqual([
      { path: 'tags', message: 'This field must be a list.' },
      { path: 'scores', message: 'This field requires at least 2 item(s).' },
    ])
    expect((await quire.count({ collection: 'entries' })).totalDocs).toBe(before)
  })

  it('projects lists with select, in include and exclude mode', async () => {
    const doc = await create({ title: 'p', tags: ['x'], scores: [1, 2] })
    expect(await quire.findByID({ collection: 'entries', id: doc.id, select: { tags: true } })).toEqual({ id: doc.id, tags: ['x'] })
    const without = await quire.findByID({ collection: 'entries', id: doc.id, select: { tags: false } })
    expect(without).not.toHaveProperty('tags')
    expect(without).toMatchObject({ title: 'p', scores: [1, 2] })
  })

  it('duplicates every list, in every locale', async () => {
    const source = await create({ tags: ['d', 'e'], scores: [3, 4], names: ['en name'] }, 'en')
    await quire.update({ collection: 'entries', id: source.id, data: { names: ['es a', 'es b'] }, locale: 'es' })
    const copy = await quire.duplicate({ collection: 'entries', id: source.id, locale: 'en' })
    expect(copy.id).not.toBe(source.id)
    expect(await quire.findByID({ collection: 'entries', id: copy.id, locale: 'all' })).toMatchObject({
      tags: ['d', 'e'],
      scores: [3, 4],
      names: { en: ['en name'], es: ['es a', 'es b'] },
    })
  })

  it('bulk updates lists on every matching document', async () => {
    await create({ title: 'bulk', tags: ['old'] })
    await create({ title: 'bulk', tags: ['old', 'older'] })
    const result = await quire.update({ collection: 'entries', where: { title: { equals: 'bulk' } }, data: { tags: ['fresh'], scores: [9, 8] } })
    expect(result.errors).toEqual([])
    expect(result.docs.map((doc) => [doc.tags, doc.scores])).toEqual([
      [['fresh'], [9, 8]],
      [['fresh'], [9, 8]],
    ])
  })

  it('gives a never-saved global its list default and stores a new list', async () => {
    expect((await quire.findGlobal({ slug: 'settings' })).ratios).toEqual([0.5, 1])
    expect((await quire.updateGlobal({ slug: 'settings', data: { ratios: [2, 1.5] } })).ratios).toEqual([2, 1.5])
    expect((await quire.findGlobal({ slug: 'settings' })).ratios).toEqual([2, 1.5])
  })

  describe('where', () => {
    const SEEDED = ['w1', 'w2', 'w3', 'w4']
    beforeAll(async () => {
      await create({ title: 'w1', tags: ['red', 'blue'], scores: [10, 90], meta: { weights: [0.2, 0.9] }, rows: [{ words: ['ab', 'cd'] }] })
      await create({ title: 'w2', tags: ['Green'] })
      await create({ title: 'w3', scores: [50, 50, 51] })
      await create({ title: 'w4', tags: ['blue', 'navy'], scores: [0, 100] })
    })
    async function titles(where: Where): Promise<string[]> {
      const found = await quire.find({ collection: 'entries', where: { and: [where, { title: { in: SEEDED } }] }, limit: 0 })
      return found.docs.map((doc) => doc.title as string).sort()
    }

    it.each<[string, Where, string[]]>([
      ['equals', { tags: { equals: 'blue' } }, ['w1', 'w4']],
      ['not_equals (no item equals)', { tags: { not_equals: 'blue' } }, ['w2', 'w3']],
      ['in', { tags: { in: ['red', 'Green'] } }, ['w1', 'w2']],
      ['not_in', { tags: { not_in: ['red', 'Green'] } }, ['w3', 'w4']],
      ['in with null', { tags: { in: ['red', null] } }, ['w1', 'w3']],
      ['contains (a whole item)', { tags: { contains: 'blue' } }, ['w1', 'w4']],
      ['contains a part of an item (text lists match part of an item, as in Payload)', { tags: { contains: 'blu' } }, ['w1', 'w4']],
      ['contains a list (any item)', { tags: { contains: ['red', 'navy'] } }, ['w1', 'w4']],
      ['exists', { tags: { exists: true } }, ['w1', 'w2', 'w4']],
      ['exists false', { tags: { exists: false } }, ['w3']],
      ['equals null', { tags: { equals: null } }, ['w3']],
      ['like (case-insensitive, in one item)', { tags: { like: 'GREE' } }, ['w2']],
      ['not_like', { tags: { not_like: 'bl' } }, ['w2', 'w3']],
      ['number equals (string operand)', { scores: { equals: '50' } }, ['w3']],
      ['number in (comma string)', { scores: { in: '10,51' } }, ['w1', 'w3']],
      ['number not_in', { scores: { not_in: [50] } }, ['w1', 'w2', 'w4']],
      ['number contains', { scores: { contains: 100 } }, ['w4']],
      ['number like means equals', { scores: { like: '90' } }, ['w1']],
      ['greater_than (some item)', { scores: { greater_than: 90 } }, ['w4']],
      ['greater_than_equal', { scores: { greater_than_equal: 90 } }, ['w1', 'w4']],
      ['less_than', { scores: { less_than: 10 } }, ['w4']],
      ['less_than_equal', { scores: { less_than_equal: 10 } }, ['w1', 'w4']],
      ['in a group', { 'meta.weights': { greater_than: 0.5 } }, ['w1']],
      ['in array rows', { 'rows.words': { equals: 'cd' } }, ['w1']],
      ['or across lists', { or: [{ tags: { equals: 'Green' } }, { scores: { equals: 51 } }] }, ['w2', 'w3']],
    ])('%s', async (_name, where, expected) => {
      expect(await titles(where)).toEqual(expected)
    })

    it('refuses what it cannot answer with a QueryError', async () => {
      for (const where of [{ scores: { equals: 'abc' } }, { scores: { all: [1] } }, { 'scores.0': { equals: 1 } }, { tags: { near: [1, 2] } }]) {
        await expect(quire.find({ collection: 'entries', where: where as Where })).rejects.toBeInstanceOf(QueryError)
      }
    })

    it('sorts by a list as Payload does: the largest item descending, the smallest ascending', async () => {
      const sorted = async (sort: string) => (await quire.find({ collection: 'entries', where: { title: { in: SEEDED } }, sort })).docs.map((doc) => doc.title)
      expect(await sorted('-tags')).toEqual(['w3', 'w1', 'w4', 'w2'])
      expect(await sorted('scores')).toEqual(['w4', 'w1', 'w3', 'w2'])
    })
  })
})
