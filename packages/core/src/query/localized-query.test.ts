// where/sort translation of localized paths, as exact Prisma arguments.
import { describe, expect, it } from 'vitest'
import { buildConfig } from '../config/build-config.ts'
import { QueryError } from '../errors/api-error.ts'
import { resolveLocaleMode } from '../localization/locale-mode.ts'
import { buildStorageSchema } from '../storage/storage-model.ts'
import { planSort } from './plan-sort.ts'
import { whereToPrisma } from './where-to-prisma.ts'
import type { Where } from './where-types.ts'

const schema = buildStorageSchema(
  buildConfig({
    secret: 'localized-query-test-secret-32-chars-long',
    db: { url: 'file:./unused.db' },
    localization: { locales: ['en', 'es', 'pt-BR'], defaultLocale: 'en' },
    collections: [
      { slug: 'users', fields: [{ name: 'name', type: 'text', localized: true }] },
      {
        slug: 'posts',
        fields: [
          { name: 'title', type: 'text', localized: true },
          { name: 'author', type: 'relationship', relationTo: 'users', localized: true },
          { name: 'tags', type: 'relationship', relationTo: 'users', hasMany: true, localized: true },
          { name: 'sections', type: 'array', localized: true, fields: [{ name: 'heading', type: 'text' }] },
          { name: 'meta', type: 'group', localized: true, fields: [{ name: 'note', type: 'text' }] },
        ],
      },
    ],
  }),
)
const es = resolveLocaleMode(schema.localization, 'es', undefined)
const pt = resolveLocaleMode(schema.localization, 'pt-BR', undefined)
const all = resolveLocaleMode(schema.localization, 'all', undefined)
const where = (filter: Where, locale = es) => whereToPrisma({ schema, collection: 'posts', where: filter, provider: 'sqlite', locale })

describe('localized where', () => {
  it('compares the locale column of a localized field (sanitized suffix for pt-BR)', () => {
    expect(where({ title: { equals: 'x' } })).toEqual({ title_es: { equals: 'x' } })
    expect(where({ title: { equals: 'x' } }, pt)).toEqual({ title_pt_BR: { equals: 'x' } })
    expect(where({ 'meta.note': { equals: 'x' } })).toEqual({ meta_note_es: { equals: 'x' } })
    expect(whereToPrisma({ schema, collection: 'posts', where: { title: { equals: 'x' } }, provider: 'sqlite' })).toEqual({ title_en: { equals: 'x' } })
  })

  it("names one locale after the field with 'all', else uses the default locale", () => {
    expect(where({ 'title.es': { equals: 'x' } }, all)).toEqual({ title_es: { equals: 'x' } })
    expect(where({ title: { equals: 'x' } }, all)).toEqual({ title_en: { equals: 'x' } })
    expect(where({ 'meta.pt-BR.note': { equals: 'x' } }, all)).toEqual({ meta_note_pt_BR: { equals: 'x' } })
    expect(() => where({ 'title.es': { equals: 'x' } })).toThrow(QueryError)
  })

  it('crosses a localized relationship by its locale, then starts over in the related model', () => {
    expect(where({ 'author.name': { equals: 'Ann' } })).toEqual({ author_es__rel: { is: { name_es: { equals: 'Ann' } } } })
    expect(where({ author: { equals: 3 } })).toEqual({ author_es: { equals: 3 } })
  })

  it("requires the locale of the rows of localized child tables, also when negated", () => {
    expect(where({ tags: { equals: 3 } })).toEqual({ tags: { some: { AND: [{ locale__code: 'es' }, { users: 3 }] } } })
    expect(where({ tags: { not_equals: 3 } })).toEqual({ tags: { none: { AND: [{ locale__code: 'es' }, { users: 3 }] } } })
    expect(where({ tags: { exists: true } })).toEqual({ tags: { some: { locale__code: 'es' } } })
    expect(where({ 'sections.heading': { equals: 'h' } })).toEqual({ sections: { some: { AND: [{ locale__code: 'es' }, { heading: { equals: 'h' } }] } } })
    expect(where({ 'sections.es.heading': { equals: 'h' } }, all)).toEqual({ sections: { some: { AND: [{ locale__code: 'es' }, { heading: { equals: 'h' } }] } } })
  })
})

describe('localized sort', () => {
  it('sorts by the locale column', () => {
    const ties = [{ createdAt: 'desc' }, { id: 'desc' }]
    const orderBy = (planned: ReturnType<typeof planSort>) => (planned.kind === 'orderBy' ? planned.orderBy : planned)
    expect(orderBy(planSort({ schema, collection: 'posts', sort: '-title', locale: es }))).toEqual([{ title_es: { sort: 'desc', nulls: 'first' } }, ...ties])
    expect(orderBy(planSort({ schema, collection: 'posts', sort: 'title.pt-BR', locale: all }))).toEqual([{ title_pt_BR: { sort: 'asc', nulls: 'last' } }, ...ties])
    expect(orderBy(planSort({ schema, collection: 'posts', sort: 'author.name', locale: es }))).toEqual([{ author_es__rel: { name_es: { sort: 'asc', nulls: 'last' } } }, ...ties])
  })
})
