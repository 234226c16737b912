// Localization, writing and querying side (docs/localization.md): a write touches only its locale
// (scalars, relationships, lists, groups, localized arrays and localized fields in non-localized
// arrays), `locale: 'all'` cannot be written, required and unique apply per locale, and
// where/sort/count use the call's locale (`title.es` with 'all').
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestQuire, testProviders } from '../src/testing/index.ts'
import type { Quire } from '../src/quire.ts'
import type { Database } from '../src/database/types.ts'
import { delegateFor } from '../src/database/types.ts'
import { APIError, ValidationError } from '../src/errors/api-error.ts'
import type { Where } from '../src/query/where-types.ts'
import { localizationConfig } from './fixtures/localization-config.ts'

type Doc = Record<string, unknown> & { id: number | string }
const rowsOf = (doc: Record<string, unknown>, field: string): Doc[] => doc[field] as Doc[]
const withoutUpdatedAt = ({ updatedAt: _u, ...doc }: Doc): Doc => doc

async function failure(work: Promise<unknown>): Promise<unknown> {
  return work.then(() => undefined, (error: unknown) => error)
}

describe.each(testProviders())('localized writes and queries on %s', (provider) => {
  let quire: Quire
  let db: Database
  let cleanup: () => Promise<void>
  let ann: Doc, ben: Doc, news: Doc, tech: Doc

  beforeAll(async () => {
    ;({ quire, db, cleanup } = await createTestQuire({ config: localizationConfig, provider }))
    ann = await quire.create({ collection: 'authors', data: { name: 'Ann' } })
    ben = await quire.create({ collection: 'authors', data: { name: 'Ben' } })
    news = await quire.create({ collection: 'tags', data: { name: 'News' } })
    tech = await quire.create({ collection: 'tags', data: { name: 'Tech' } })
  })
  afterAll(() => cleanup())

  describe('writes', () => {
    let created: Doc
    beforeAll(async () => {
      created = await quire.create({
        collection: 'posts', depth: 0,
        data: {
          title: 'Keep', slug: 'keep', excerpt: 'E', views: 1, releasedAt: '2026-02-03T00:00:00.000Z', rank: 7,
          author: ann.id, tags: [news.id], pinned: { relationTo: 'authors', value: ann.id }, topics: ['news'],
          meta: { title: 'MT', keywords: [{ word: 'k' }] }, info: { note: 'N', code: 'C' },
          sections: [{ heading: 'H', items: [{ text: 't' }] }], rows: [{ label: 'L1', value: 1 }, { label: 'L2', value: 2 }],
        },
      })
    })

    it('leaves every other locale intact, inside arrays and groups too', async () => {
      const [r0, r1] = rowsOf(created, 'rows')
      await quire.update({
        collection: 'posts', id: created.id, locale: 'es',
        data: {
          title: 'Guardar', slug: 'guardar', excerpt: 'X', views: 2, releasedAt: '2027-01-01T00:00:00.000Z', rank: 7,
          author: ben.id, tags: [tech.id], pinned: { relationTo: 'tags', value: tech.id }, topics: ['life'],
          meta: { title: 'MT ES', keywords: [{ word: 'c' }] }, info: { note: 'NE', code: 'C' },
          sections: [{ heading: 'HE' }], rows: [{ id: r0!.id, label: 'E1', value: 1 }, { id: r1!.id, label: 'E2', value: 2 }],
        },
      })
      const inEnglish = await quire.findByID({ collection: 'posts', id: created.id, locale: 'en', depth: 0 })
      expect(withoutUpdatedAt(inEnglish)).toEqual(withoutUpdatedAt(created))
      const es = await quire.findByID({ collection: 'posts', id: created.id, locale: 'es', depth: 0 })
      expect(es).toMatchObject({ title: 'Guardar', author: ben.id, tags: [tech.id], pinned: { relationTo: 'tags', value: tech.id }, meta: { title: 'MT ES', keywords: [{ word: 'c' }] }, info: { note: 'NE' } })
      expect(rowsOf(es, 'rows').map((row) => [row.id, row.label])).toEqual([[r0!.id, 'E1'], [r1!.id, 'E2']])
      // Writing en again leaves es as it was.
      await quire.update({ collection: 'posts', id: created.id, data: { title: 'Keep 2', sections: [{ heading: 'H2' }] } })
      expect(await quire.findByID({ collection: 'posts', id: created.id, locale: 'es', depth: 0 })).toEqual({ ...es, updatedAt: expect.any(String) })
    })

    it("gives rows sent with another locale's row ids fresh ids instead of taking the other locale's rows", async () => {
      const doc = await quire.create({ collection: 'posts', depth: 0, data: { title: 'Rows', sections: [{ heading: 'One', items: [{ text: 'i' }] }, { heading: 'Two' }] } })
      const enSections = rowsOf(doc, 'sections')
      const translated = enSections.map((row) => ({ ...row, heading: `${String(row.heading)} ES` }))
      const es = await quire.update({ collection: 'posts', id: doc.id, locale: 'es', depth: 0, data: { sections: translated } })
      const esSections = rowsOf(es, 'sections')
      expect(esSections.map((row) => row.heading)).toEqual(['One ES', 'Two ES'])
      expect(esSections.map((row) => row.id)).not.toContain(enSections[0]!.id)
      expect(rowsOf(esSections[0]!, 'items')[0]!.id).not.toBe(rowsOf(enSections[0]!, 'items')[0]!.id)
      expect(rowsOf(await quire.findByID({ collection: 'posts', id: doc.id, depth: 0 }), 'sections')).toEqual(enSections)
      // Sending its own rows back keeps their ids.
      const again = await quire.update({ collection: 'posts', id: doc.id, locale: 'es', depth: 0, data: { sections: esSections } })
      expect(rowsOf(again, 'sections').map((row) => row.id)).toEqual(esSections.map((row) => row.id))
    })

    it('removes a row of a non-localized array for every locale, keeping the other rows per locale', async () => {
      const doc = await quire.create({ collection: 'posts', depth: 0, data: { title: 'Trim', rows: [{ label: 'a', value: 1 }, { label: 'b', value: 2 }] } })
      const [a, b] = rowsOf(doc, 'rows')
      await quire.update({ collection: 'posts', id: doc.id, locale: 'es', data: { rows: [{ id: a!.id, label: 'A', value: 1 }, { id: b!.id, label: 'B', value: 2 }] } })
      await quire.update({ collection: 'posts', id: doc.id, locale: 'es', data: { rows: [{ id: b!.id, label: 'B2', value: 3 }] } })
      const all = await quire.findByID({ collection: 'posts', id: doc.id, locale: 'all', depth: 0, select: { rows: true } })
      expect(all).toEqual({ id: doc.id, rows: [{ id: b!.id, label: { en: 'b', es: 'B2' }, value: 3 }] })
    })

    it('writes the call locale in bulk updates, matching in that locale', async () => {
      const doc = await quire.create({ collection: 'posts', data: { title: 'Bulk' } })
      await quire.update({ collection: 'posts', id: doc.id, locale: 'es', data: { title: 'Masivo' } })
      const result = await quire.update({ collection: 'posts', where: { title: { equals: 'Masivo' } }, locale: 'es', depth: 0, data: { excerpt: 'es only' } })
      expect(result.docs.map((updated) => [updated.id, updated.excerpt])).toEqual([[doc.id, 'es only']])
      expect(await quire.findByID({ collection: 'posts', id: doc.id, locale: 'en', fallbackLocale: false, depth: 0 })).not.toHaveProperty('excerpt')
    })

    it("refuses locale 'all' and unknown locales with a 400", async () => {
      const calls = [
        () => quire.create({ collection: 'posts', locale: 'all', data: { title: 'x' } }),
        () => quire.update({ collection: 'posts', id: created.id, locale: 'all', data: { title: 'x' } }),
        () => quire.update({ collection: 'posts', where: { id: { equals: created.id } }, locale: 'all', data: { title: 'x' } }),
        () => quire.updateGlobal({ slug: 'header', locale: 'all', data: { tagline: 'x' } }),
        () => quire.find({ collection: 'posts', locale: 'fr' }),
      ]
      for (const call of calls) {
        const error = await failure(call())
        expect(error).toBeInstanceOf(APIError)
        expect((error as APIError).status).toBe(400)
      }
      expect(await quire.findByID({ collection: 'posts', id: created.id, depth: 0 })).toMatchObject({ title: 'Keep 2' })
    })

    it('applies required to the locale being written', async () => {
      const missing = await failure(quire.create({ collection: 'posts', locale: 'es', data: { slug: 'no-title' } }))
      expect((missing as ValidationError).errors).toEqual([{ path: 'title', message: 'This field is required.' }])
      const doc = await quire.create({ collection: 'posts', locale: 'es', depth: 0, data: { title: 'Solo ES' } })
      // Updating another locale without the field is fine; emptying it there is not.
      await quire.update({ collection: 'posts', id: doc.id, locale: 'en', data: { excerpt: 'e' } })
      const emptied = await failure(quire.update({ collection: 'posts', id: doc.id, locale: 'en', data: { title: '' } }))
      expect((emptied as ValidationError).errors).toEqual([{ path: 'title', message: 'This field is required.' }])
    })

    it('enforces unique per locale and reports the path without the locale', async () => {
      const first = await quire.create({ collection: 'posts', data: { title: 'U1', slug: 'same' } })
      const second = await quire.create({ collection: 'posts', data: { title: 'U2', slug: 'other' } })
      await quire.update({ collection: 'posts', id: second.id, locale: 'es', data: { slug: 'same' } })
      const duplicate = await failure(quire.create({ collection: 'posts', data: { title: 'U3', slug: 'same' } }))
      expect(duplicate).toBeInstanceOf(ValidationError)
      expect((duplicate as ValidationError).errors).toEqual([{ path: 'slug', message: 'Value must be unique' }])
      const inSpanish = await failure(quire.update({ collection: 'posts', id: first.id, locale: 'es', data: { slug: 'same' } }))
      expect((inSpanish as ValidationError).errors).toEqual([{ path: 'slug', message: 'Value must be unique' }])
    })

    it('copies every locale when duplicating', async () => {
      const source = await quire.create({ collection: 'posts', depth: 0, data: { title: 'Dup', slug: 'dup', author: ann.id, sections: [{ heading: 'S' }], rows: [{ label: 'r', value: 1 }] } })
      await quire.update({ collection: 'posts', id: source.id, locale: 'es', data: { title: 'Dup ES', slug: 'dup-es', author: ben.id, sections: [{ heading: 'S ES' }], rows: [{ id: rowsOf(source, 'rows')[0]!.id, label: 'R', value: 1 }] } })
      const copy = await quire.duplicate({ collection: 'posts', id: source.id, depth: 0 })
      const all = await quire.findByID({ collection: 'posts', id: copy.id, locale: 'all', depth: 0 })
      expect(all).toMatchObject({
        title: { en: 'Dup', es: 'Dup ES' },
        slug: { en: 'dup - Copy', es: 'dup-es - Copy' },
        author: { en: ann.id, es: ben.id },
        sections: { en: [{ heading: 'S' }], es: [{ heading: 'S ES' }] },
        rows: [{ label: { en: 'r', es: 'R' }, value: 1 }],
      })
      expect(rowsOf(all, 'rows')[0]!.id).not.toBe(rowsOf(source, 'rows')[0]!.id)
    })
  })

  describe('queries and sorts', () => {
    let apple: Doc, banana: Doc, cherry: Doc, dates: Doc
    const ids = (docs: Doc[]): unknown[] => docs.map((doc) => doc.id)
    const find = async (where: Where, locale?: string, sort?: string): Promise<unknown[]> =>
      ids((await quire.find({ collection: 'posts', where: { and: [where, { rank: { greater_than: 100 } }] }, locale, sort, depth: 0 })).docs)

    beforeAll(async () => {
      const make = async (en: Record<string, unknown>, es: Record<string, unknown>): Promise<Doc> => {
        const doc = await quire.create({ collection: 'posts', depth: 0, data: en })
        await quire.update({ collection: 'posts', id: doc.id, locale: 'es', data: { ...es, rows: rowsOf(doc, 'rows').map((row, index) => ({ ...row, label: (es.labels as string[])[index] })) } })
        return doc
      }
      apple = await make({ title: 'Apple', rank: 101, author: ann.id, tags: [news.id], topics: ['news'], rows: [{ label: 'red' }], info: { note: 'a' } }, { title: 'Manzana', author: ben.id, tags: [tech.id], topics: ['life'], labels: ['rojo'], sections: [{ heading: 'Uno' }], meta: { title: 'MA' }, info: { note: 'nota a' } })
      banana = await make({ title: 'Banana', rank: 102, rows: [{ label: 'yellow' }] }, { title: 'Platano', labels: ['amarillo'] })
      cherry = await make({ title: 'Cherry', rank: 103, rows: [] }, { title: 'Cereza', labels: [] })
      dates = await quire.create({ collection: 'posts', depth: 0, data: { title: 'Dates', rank: 104 } })
    })

    it('matches localized columns in the call locale, and in the default locale without one', async () => {
      expect(await find({ title: { equals: 'Manzana' } }, 'es')).toEqual([apple.id])
      expect(await find({ title: { equals: 'Manzana' } }, 'en')).toEqual([])
      expect(await find({ title: { equals: 'Apple' } })).toEqual([apple.id])
      // Fallback values are never matched: Dates has no Spanish title.
      expect(await find({ title: { equals: 'Dates' } }, 'es')).toEqual([])
    })

    it("addresses one locale as title.es with locale 'all', the default locale as plain title", async () => {
      const page = await quire.find({ collection: 'posts', locale: 'all', where: { 'title.es': { equals: 'Manzana' } }, select: { title: true } })
      expect(page.docs).toEqual([{ id: apple.id, title: { en: 'Apple', es: 'Manzana' } }])
      expect(await find({ title: { equals: 'Apple' } }, 'all')).toEqual([apple.id])
      expect(await find({ 'meta.es.title': { equals: 'MA' } }, 'all')).toEqual([apple.id])
      expect(await find({ 'info.note.es': { equals: 'nota a' } }, 'all')).toEqual([apple.id])
      expect(await find({ 'rows.label.es': { equals: 'rojo' } }, 'all')).toEqual([apple.id])
    })

    it('matches localized relationships, lists, groups and array rows per locale', async () => {
      expect(await find({ tags: { equals: news.id } }, 'en')).toEqual([apple.id])
      expect(await find({ tags: { equals: news.id } }, 'es')).toEqual([])
      expect(await find({ 'tags.name': { equals: 'Tech' } }, 'es')).toEqual([apple.id])
      expect(await find({ 'author.name': { equals: 'Ben' } }, 'es')).toEqual([apple.id])
      expect(await find({ 'author.name': { equals: 'Ben' } }, 'en')).toEqual([])
      expect(await find({ topics: { contains: 'life' } }, 'es')).toEqual([apple.id])
      expect(await find({ topics: { contains: 'life' } }, 'en')).toEqual([])
      expect(await find({ 'meta.title': { equals: 'MA' } }, 'es')).toEqual([apple.id])
      expect(await find({ 'info.note': { equals: 'nota a' } }, 'es')).toEqual([apple.id])
      expect(await find({ 'sections.heading': { equals: 'Uno' } }, 'es')).toEqual([apple.id])
      expect(await find({ 'sections.heading': { equals: 'Uno' } }, 'en')).toEqual([])
      expect(await find({ 'rows.label': { equals: 'amarillo' } }, 'es')).toEqual([banana.id])
      expect(await find({ 'rows.label': { equals: 'amarillo' } }, 'en')).toEqual([])
      expect(await find({ sections: { exists: true } }, 'es')).toEqual([apple.id])
    })

    it('sorts by the call locale', async () => {
      expect(await find({}, 'en', 'title')).toEqual([apple.id, banana.id, cherry.id, dates.id])
      // Ascending puts missing values last.
      expect(await find({}, 'es', 'title')).toEqual([cherry.id, apple.id, banana.id, dates.id])
      expect(await find({}, 'es', '-title')).toEqual([dates.id, banana.id, apple.id, cherry.id])
      expect(await find({}, 'all', 'title.es')).toEqual([cherry.id, apple.id, banana.id, dates.id])
      expect(await find({}, 'all', 'title')).toEqual([apple.id, banana.id, cherry.id, dates.id])
    })

    it('counts in the call locale', async () => {
      const where: Where = { and: [{ title: { exists: true } }, { rank: { greater_than: 100 } }] }
      expect(await quire.count({ collection: 'posts', where, locale: 'en' })).toEqual({ totalDocs: 4 })
      expect(await quire.count({ collection: 'posts', where, locale: 'es' })).toEqual({ totalDocs: 3 })
      expect(await quire.count({ collection: 'posts', where: { and: [{ title: { like: 'an' } }, { rank: { greater_than: 100 } }] }, locale: 'es' })).toEqual({ totalDocs: 2 })
    })

    it('stores list rows with their locale', async () => {
      const tags = quire.schema.collections.get('posts')!.model.fields.find((storage) => storage.field.name === 'tags')!
      if (tags.kind !== 'links') throw new Error('tags must be stored as links')
      const rows = await delegateFor(db.client, tags.model.delegate).findMany({ where: { parent__id: apple.id }, select: { locale__code: true, tags: true }, orderBy: { locale__code: 'asc' } })
      expect(rows).toEqual([{ locale__code: 'en', tags: news.id }, { locale__code: 'es', tags: tech.id }])
    })
  })
})
