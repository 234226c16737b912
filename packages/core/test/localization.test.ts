// Localization, reading side (docs/localization.md): default and explicit locale, the `locale: 'all'`
// shape, every fallback rule, absent keys, locale-aware access, population per locale, globals.
// Writes, queries, sorts and uniqueness: localization-writes.test.ts.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { createTestQuire, testProviders } from '../src/testing/index.ts'
import { createQuire, type Quire } from '../src/quire.ts'
import type { Database } from '../src/database/types.ts'
import { delegateFor } from '../src/database/types.ts'
import { Forbidden, QueryError } from '../src/errors/api-error.ts'
import { localizationConfig, noFallbackConfig, seenBodies, seenFallbacks, seenLocales } from './fixtures/localization-config.ts'

type Doc = Record<string, unknown> & { id: number | string }
const rowsOf = (doc: Record<string, unknown>, field: string): Doc[] => doc[field] as Doc[]

describe.each(testProviders())('localized reads on %s', (provider) => {
  let quire: Quire
  let db: Database
  let cleanup: () => Promise<void>
  let ann: Doc, ben: Doc, news: Doc, tech: Doc
  let post: Doc
  let en: Doc

  beforeAll(async () => {
    ;({ quire, db, cleanup } = await createTestQuire({ config: localizationConfig, provider }))
    ann = await quire.create({ collection: 'authors', data: { name: 'Ann', bio: 'Writer' } })
    await quire.update({ collection: 'authors', id: ann.id, locale: 'es', data: { bio: 'Escritora' } })
    ben = await quire.create({ collection: 'authors', data: { name: 'Ben', bio: 'Editor' } })
    news = await quire.create({ collection: 'tags', data: { name: 'News' } })
    tech = await quire.create({ collection: 'tags', data: { name: 'Tech' } })
    en = await quire.create({
      collection: 'posts',
      depth: 0,
      data: {
        title: 'Hello', slug: 'hello', excerpt: 'Short', views: 10, releasedAt: '2026-01-01T00:00:00.000Z', rank: 1,
        author: ben.id, tags: [news.id, tech.id], pinned: { relationTo: 'tags', value: news.id }, topics: ['news'],
        meta: { title: 'Meta EN', keywords: [{ word: 'one' }] },
        info: { note: 'Note EN', code: 'X1' },
        sections: [{ heading: 'Intro', items: [{ text: 'a' }] }],
        rows: [{ label: 'First', value: 1 }, { label: 'Second', value: 2 }],
      },
    })
    const [first, second] = rowsOf(en, 'rows')
    post = await quire.update({
      collection: 'posts', id: en.id, locale: 'es', depth: 0,
      data: {
        title: 'Hola', slug: 'hola', author: ann.id, tags: [tech.id], topics: ['tech', 'life'],
        meta: { title: 'Meta ES' }, info: { note: 'Nota' }, sections: [{ heading: 'Intro ES' }],
        rows: [{ id: first!.id, label: 'Primero', value: 1 }, { id: second!.id, label: 'Segundo', value: 2 }],
      },
    })
  })
  afterAll(() => cleanup())

  it('uses the default locale when none is given, in storage, reads and req.locale', async () => {
    seenLocales.length = 0
    const cy = await quire.create({ collection: 'authors', data: { name: 'Cy', bio: 'Poet' } })
    expect(cy).toMatchObject({ name: 'Cy', bio: 'Poet' })
    const row = await delegateFor(db.client, quire.schema.collections.get('authors')!.model.delegate).findUnique({ where: { id: cy.id }, select: { bio_en: true, bio_es: true, bio_pt_BR: true } })
    expect(row).toEqual({ bio_en: 'Poet', bio_es: null, bio_pt_BR: null })
    expect(await quire.findByID({ collection: 'authors', id: cy.id })).toMatchObject({ bio: 'Poet' })
    await quire.findByID({ collection: 'authors', id: cy.id, locale: 'es' })
    expect(seenLocales).toEqual(['create:en', 'read:en', 'read:es'])
  })

  it('reads each locale its own value with an explicit locale', async () => {
    expect(await quire.findByID({ collection: 'authors', id: ann.id, locale: 'es' })).toMatchObject({ bio: 'Escritora' })
    expect(await quire.findByID({ collection: 'authors', id: ann.id, locale: 'en' })).toMatchObject({ bio: 'Writer' })
    expect(post).toMatchObject({ title: 'Hola', slug: 'hola', author: ann.id, tags: [tech.id], topics: ['tech', 'life'], info: { note: 'Nota', code: 'X1' } })
    expect(rowsOf(post, 'rows').map((row) => row.label)).toEqual(['Primero', 'Segundo'])
  })

  it("keys values by locale at the topmost localized field with locale 'all'", async () => {
    const [r0, r1] = rowsOf(en, 'rows')
    const enSection = rowsOf(en, 'sections')[0]!
    const all = await quire.findByID({ collection: 'posts', id: en.id, locale: 'all', depth: 0 })
    expect(all).toEqual({
      id: en.id, createdAt: en.createdAt, updatedAt: post.updatedAt,
      title: { en: 'Hello', es: 'Hola' },
      slug: { en: 'hello', es: 'hola' },
      excerpt: { en: 'Short' },
      views: { en: 10 },
      releasedAt: { en: '2026-01-01T00:00:00.000Z' },
      rank: 1,
      author: { en: ben.id, es: ann.id },
      tags: { en: [news.id, tech.id], es: [tech.id] },
      pinned: { en: { relationTo: 'tags', value: news.id } },
      topics: { en: ['news'], es: ['tech', 'life'] },
      // A localized group is keyed as a whole; its fields (and its array) are not keyed again.
      meta: { en: { title: 'Meta EN', keywords: [{ id: expect.any(String), word: 'one' }] }, es: { title: 'Meta ES', keywords: [] } },
      // A localized field in a non-localized group or array row is keyed at the field.
      info: { note: { en: 'Note EN', es: 'Nota' }, code: 'X1' },
      sections: { en: [enSection], es: [{ id: expect.any(String), heading: 'Intro ES', items: [] }] },
      rows: [
        { id: r0!.id, label: { en: 'First', es: 'Primero' }, value: 1 },
        { id: r1!.id, label: { en: 'Second', es: 'Segundo' }, value: 2 },
      ],
    })
    expect(await quire.findByID({ collection: 'posts', id: en.id, locale: '*', depth: 0, select: { title: true } })).toEqual({ id: en.id, title: { en: 'Hello', es: 'Hola' } })
  })

  describe('fallback', () => {
    // A post of its own for each test, written in English only; `writeSpanish` adds the Spanish
    // values the tests of partial translations start from (a title, an empty excerpt, 0 views).
    let base: Doc
    beforeEach(async () => {
      base = await quire.create({ collection: 'posts', depth: 0, data: { title: 'Base', excerpt: 'EN excerpt', views: 5, author: ann.id, tags: [news.id], meta: { title: 'M' }, sections: [{ heading: 'S' }] } })
    })
    const writeSpanish = () => quire.update({ collection: 'posts', id: base.id, locale: 'es', data: { title: 'Base ES', excerpt: '', views: 0 } })

    it('fills every empty localized field from the default locale', async () => {
      const es = await quire.findByID({ collection: 'posts', id: base.id, locale: 'es', depth: 0 })
      expect(es).toMatchObject({ title: 'Base', excerpt: 'EN excerpt', views: 5, author: ann.id, tags: [news.id], meta: { title: 'M', keywords: [] } })
      expect(rowsOf(es, 'sections')).toEqual(rowsOf(base, 'sections'))
    })

    it("treats '' as empty for text and textarea only, and 0 as a value", async () => {
      await writeSpanish()
      expect(await quire.findByID({ collection: 'posts', id: base.id, locale: 'es', depth: 0 })).toMatchObject({ title: 'Base ES', excerpt: 'EN excerpt', views: 0 })
    })

    it("is disabled by fallbackLocale false, 'false', 'none' and 'null': empty values stay, missing ones are absent, an empty array null, an empty list []", async () => {
      await writeSpanish()
      for (const fallbackLocale of [false, 'false', 'none', 'null'] as const) {
        const doc = await quire.findByID({ collection: 'posts', id: base.id, locale: 'es', fallbackLocale, depth: 0 })
        // As Payload answers: a localized array without rows is null, a hasMany list without items [].
        expect(doc, String(fallbackLocale)).toMatchObject({ title: 'Base ES', excerpt: '', views: 0, sections: null, tags: [] })
        for (const key of ['author', 'meta', 'slug']) expect(doc, `${String(fallbackLocale)} ${key}`).not.toHaveProperty(key)
      }
      // Payload's localization suite: an update writing an empty array answers null without fallback.
      const updated = await quire.update({ collection: 'posts', id: base.id, locale: 'es', fallbackLocale: false, data: { sections: [] }, depth: 0 })
      expect(updated.sections).toBeNull()
    })

    it('a nested call given req reads with the caller\'s locale and fallbackLocale, unless it names its own', async () => {
      await writeSpanish()
      const outer = { locale: 'es', fallbackLocale: false as const }
      const req = { locale: outer.locale, fallbackLocale: outer.fallbackLocale, context: {} }
      // What a hook does with the `req` it was given: the caller asked for no fallback.
      const nested = await quire.findByID({ collection: 'posts', id: base.id, req, depth: 0 })
      expect(nested).toMatchObject({ title: 'Base ES', excerpt: '' })
      expect(nested).not.toHaveProperty('author')
      // Its own option wins, and a caller that asked for nothing leaves the configured fallbacks.
      expect(await quire.findByID({ collection: 'posts', id: base.id, req, fallbackLocale: 'en', depth: 0 })).toMatchObject({ author: ann.id, excerpt: 'EN excerpt' })
      expect(await quire.findByID({ collection: 'posts', id: base.id, req: { locale: 'es', context: {} }, depth: 0 })).toMatchObject({ author: ann.id, excerpt: 'EN excerpt' })
      // Hooks see the option on their req (to pass it on), and nothing when none was asked for.
      seenFallbacks.length = 0
      await quire.findByID({ collection: 'authors', id: ann.id, locale: 'es', fallbackLocale: ['pt-BR', 'en'] })
      await quire.findByID({ collection: 'authors', id: ann.id, locale: 'es' })
      expect(seenFallbacks).toEqual([['pt-BR', 'en'], undefined])
    })

    it("on update, a field hook of a field not sent sees the stored value of the written locale, never a fallback's", async () => {
      const memo = await quire.create({ collection: 'memos', data: { body: 'EN body' } })
      seenBodies.length = 0
      await quire.update({ collection: 'memos', id: memo.id, locale: 'es', data: { note: 'n' } })
      await quire.update({ collection: 'memos', id: memo.id, locale: 'en', data: { note: 'm' } })
      expect(seenBodies).toEqual([undefined, 'EN body'])
      expect(await quire.findByID({ collection: 'memos', id: memo.id, locale: 'es', fallbackLocale: false })).not.toHaveProperty('body')
    })

    it("prefers a locale's own fallbackLocale over the default locale", async () => {
      await writeSpanish()
      // pt-BR falls back to es: es's title and 0 views; es has no author and only '' excerpt, so those are absent.
      const pt = await quire.findByID({ collection: 'posts', id: base.id, locale: 'pt-BR', depth: 0 })
      expect(pt).toMatchObject({ title: 'Base ES', views: 0 })
      expect(pt).not.toHaveProperty('author')
      expect(pt).not.toHaveProperty('excerpt')
    })

    it('takes an explicit fallback locale, or the first non-empty of a list (unknown codes dropped)', async () => {
      await writeSpanish()
      expect(await quire.findByID({ collection: 'posts', id: base.id, locale: 'pt-BR', fallbackLocale: 'en', depth: 0 })).toMatchObject({ title: 'Base', excerpt: 'EN excerpt', views: 5, author: ann.id })
      const listed = await quire.findByID({ collection: 'posts', id: base.id, locale: 'pt-BR', fallbackLocale: ['xx', 'es', 'en'], depth: 0 })
      expect(listed).toMatchObject({ title: 'Base ES', excerpt: 'EN excerpt', views: 0, author: ann.id })
    })

    it('is off with config fallback: false unless the call asks for one', async () => {
      await writeSpanish()
      const strict = createQuire({ config: noFallbackConfig, db })
      const es = await strict.findByID({ collection: 'posts', id: base.id, locale: 'es', depth: 0 })
      expect(es).toMatchObject({ title: 'Base ES', excerpt: '' })
      expect(es).not.toHaveProperty('author')
      expect(await strict.findByID({ collection: 'posts', id: base.id, locale: 'es', fallbackLocale: 'en', depth: 0 })).toMatchObject({ author: ann.id, excerpt: 'EN excerpt' })
    })

    it('leaves a field without value and without fallback out of the document', async () => {
      const solo = await quire.create({ collection: 'posts', locale: 'es', depth: 0, data: { title: 'Solo' } })
      expect(solo).toMatchObject({ title: 'Solo' })
      const inEnglish = await quire.findByID({ collection: 'posts', id: solo.id, locale: 'en', depth: 0 })
      expect(inEnglish).not.toHaveProperty('title')
      expect(inEnglish).toMatchObject({ rank: null, info: { code: null }, sections: null })
      expect(await quire.findByID({ collection: 'posts', id: solo.id, locale: 'all', depth: 0, select: { title: true, excerpt: true } })).toEqual({ id: solo.id, title: { es: 'Solo' }, excerpt: {} })
    })
  })

  it('checks field read access on locale paths too', async () => {
    for (const where of [{ 'profile.note': { equals: 'x' } }, { 'profile.es.note': { equals: 'x' } }]) {
      const error = await quire.find({ collection: 'authors', locale: 'all', overrideAccess: false, user: { id: 1, collection: 'authors' }, where }).catch((caught: unknown) => caught)
      expect(error, Object.keys(where)[0]).toBeInstanceOf(QueryError)
    }
  })

  it("applies field read access and field hooks to each locale's value with locale 'all'", async () => {
    const dee = await quire.create({ collection: 'authors', data: { name: 'Dee', nickname: 'd', profile: { note: 'secret' } } })
    await quire.update({ collection: 'authors', id: dee.id, locale: 'es', data: { nickname: 'de', profile: { note: 'secreto' } } })
    const user = { id: 1, collection: 'authors' }
    const all = await quire.findByID({ collection: 'authors', id: dee.id, locale: 'all', overrideAccess: false, user })
    expect([all.nickname, all.profile]).toEqual([{ en: '~d', es: '~de' }, { en: {}, es: {} }])
    const es = await quire.findByID({ collection: 'authors', id: dee.id, locale: 'es', overrideAccess: false, user })
    expect([es.nickname, es.profile]).toEqual(['~de', {}])
  })

  it('gives access functions the locale', async () => {
    expect(await quire.find({ collection: 'tags', locale: 'es', overrideAccess: false })).toMatchObject({ totalDocs: 2 })
    await expect(quire.find({ collection: 'tags', locale: 'pt-BR', overrideAccess: false })).rejects.toBeInstanceOf(Forbidden)
  })

  it('populates localized relationships in the read locale, and each locale for all', async () => {
    const strip = ({ createdAt: _c, updatedAt: _u, ...doc }: Doc): Doc => doc
    const es = await quire.findByID({ collection: 'posts', id: en.id, locale: 'es', depth: 1 })
    expect(strip(es.author as Doc)).toEqual({ id: ann.id, name: 'Ann', bio: 'Escritora' })
    const inEnglish = await quire.findByID({ collection: 'posts', id: en.id, locale: 'en', depth: 1 })
    expect(strip(inEnglish.author as Doc)).toEqual({ id: ben.id, name: 'Ben', bio: 'Editor' })
    // The call's fallback reaches the populated documents: pt-BR falls back to es (Ann, in Spanish) …
    const pt = await quire.findByID({ collection: 'posts', id: en.id, locale: 'pt-BR', depth: 1 })
    expect(strip(pt.author as Doc)).toEqual({ id: ann.id, name: 'Ann', bio: 'Escritora' })
    // … or, when asked, to en (Ben, whose only bio is English).
    const ptEn = await quire.findByID({ collection: 'posts', id: en.id, locale: 'pt-BR', fallbackLocale: 'en', depth: 1 })
    expect(strip(ptEn.author as Doc)).toEqual({ id: ben.id, name: 'Ben', bio: 'Editor' })
    const all = await quire.findByID({ collection: 'posts', id: en.id, locale: 'all', depth: 1 })
    const author = all.author as Record<string, Doc>
    expect(strip(author.en!)).toEqual({ id: ben.id, name: 'Ben', bio: { en: 'Editor' }, profile: {}, nickname: {} })
    expect(strip(author.es!)).toEqual({ id: ann.id, name: 'Ann', bio: { en: 'Writer', es: 'Escritora' }, profile: {}, nickname: {} })
    const tags = all.tags as Record<string, Doc[]>
    expect(tags.en!.map((tag) => tag.name)).toEqual(['News', 'Tech'])
    expect(tags.es!.map((tag) => tag.name)).toEqual(['Tech'])
    expect(((all.pinned as Record<string, Doc>).en!.value as Doc).name).toBe('News')
  })

  it('localizes globals: defaults per locale, writes per locale, fallback and all', async () => {
    expect(await quire.findGlobal({ slug: 'header', locale: 'es' })).toEqual({ tagline: 'tagline:es', nav: [] })
    expect(await quire.findGlobal({ slug: 'header', locale: 'all' })).toEqual({ tagline: { en: 'tagline:en', es: 'tagline:es', 'pt-BR': 'tagline:pt-BR' }, nav: [], featured: {} })
    const saved = await quire.updateGlobal({ slug: 'header', depth: 0, data: { tagline: 'Welcome', nav: [{ label: 'Home', url: '/' }], featured: ann.id } })
    const navId = rowsOf(saved, 'nav')[0]!.id
    const es = await quire.updateGlobal({ slug: 'header', locale: 'es', depth: 0, data: { tagline: 'Bienvenido', nav: [{ id: navId, label: 'Inicio', url: '/' }] } })
    expect(es).toMatchObject({ tagline: 'Bienvenido', nav: [{ id: navId, label: 'Inicio', url: '/' }], featured: ann.id })
    expect(await quire.findGlobal({ slug: 'header', depth: 0 })).toMatchObject({ tagline: 'Welcome', nav: [{ id: navId, label: 'Home', url: '/' }], featured: ann.id })
    expect(await quire.findGlobal({ slug: 'header', locale: 'all', depth: 0 })).toMatchObject({ tagline: { en: 'Welcome', es: 'Bienvenido' }, nav: [{ id: navId, label: { en: 'Home', es: 'Inicio' }, url: '/' }], featured: { en: ann.id } })
    const populated = await quire.findGlobal({ slug: 'header', locale: 'es', depth: 1 })
    expect(populated.featured).toMatchObject({ id: ann.id, bio: 'Escritora' })
  })
})
