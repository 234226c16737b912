import { describe, expect, it } from 'vitest'
import { buildConfig } from '../config/build-config.ts'
import { QueryError } from '../errors/api-error.ts'
import { buildStorageSchema } from '../storage/storage-model.ts'
import { queryTestConfig } from './query-test-config.ts'
import { parseSort, planSort, type OrderBy } from './plan-sort.ts'
import { sortToSql } from './sort-to-sql.ts'
import type { Sort } from './where-types.ts'

const schema = buildStorageSchema(buildConfig(queryTestConfig))
const plan = (sort: Sort | undefined) => planSort({ schema, collection: 'posts', sort })
const orderBy = (sort: Sort | undefined): OrderBy[] => {
  const planned = plan(sort)
  if (planned.kind !== 'orderBy') throw new Error(`expected a Prisma orderBy for ${String(sort)}`)
  return planned.orderBy
}
/** Payload's tie-breaker and Quire's final id. */
const newestFirst = [{ createdAt: 'desc' }, { id: 'desc' }]

describe('parseSort', () => {
  it('reads strings, arrays and comma-separated lists', () => {
    expect(parseSort(['-a', 'b.c'])).toEqual([
      { path: 'a', direction: 'desc' },
      { path: 'b.c', direction: 'asc' },
    ])
    expect(parseSort(' views , -title ,')).toEqual([
      { path: 'views', direction: 'asc' },
      { path: 'title', direction: 'desc' },
    ])
    expect(parseSort(undefined)).toEqual([])
  })
})

describe('planSort as a Prisma orderBy', () => {
  it('orders nullable columns with nulls last ascending and first descending; ties newest first, whatever the direction', () => {
    expect(orderBy('title')).toEqual([{ title: { sort: 'asc', nulls: 'last' } }, ...newestFirst])
    expect(orderBy('-title')).toEqual([{ title: { sort: 'desc', nulls: 'first' } }, ...newestFirst])
    expect(orderBy(['-views', 'title'])).toEqual([{ views: { sort: 'desc', nulls: 'first' } }, { title: { sort: 'asc', nulls: 'last' } }, ...newestFirst])
  })

  it('does not repeat createdAt or id when they are sorted; id follows createdAt’s direction', () => {
    expect(orderBy('-createdAt')).toEqual(newestFirst)
    expect(orderBy('createdAt')).toEqual([{ createdAt: 'asc' }, { id: 'asc' }])
    expect(orderBy('-id')).toEqual([{ id: 'desc' }, { createdAt: 'desc' }])
    expect(orderBy(['title', 'id'])).toEqual([{ title: { sort: 'asc', nulls: 'last' } }, { id: 'asc' }, { createdAt: 'desc' }])
    expect(orderBy(undefined)).toEqual(newestFirst)
  })

  it('without timestamps the tie-breaker is -id', () => {
    const bare = buildStorageSchema(buildConfig({ ...queryTestConfig, collections: [{ slug: 'notes', timestamps: false, fields: [{ name: 'title', type: 'text' }] }] }))
    const planned = planSort({ schema: bare, collection: 'notes', sort: 'title' })
    expect(planned).toEqual({ kind: 'orderBy', orderBy: [{ title: { sort: 'asc', nulls: 'last' } }, { id: 'desc' }] })
  })

  it('follows groups and single relationships, any number of hops', () => {
    expect(orderBy('meta.title')).toEqual([{ meta_title: { sort: 'asc', nulls: 'last' } }, ...newestFirst])
    expect(orderBy('-author.name')).toEqual([{ author__rel: { name: { sort: 'desc', nulls: 'first' } } }, ...newestFirst])
    expect(orderBy('author.team.title')).toEqual([{ author__rel: { team__rel: { title: { sort: 'asc', nulls: 'last' } } } }, ...newestFirst])
    expect(orderBy('meta.reviewer.createdAt')).toEqual([{ meta_reviewer__rel: { createdAt: 'asc' } }, ...newestFirst])
    expect(orderBy(['author.id', '-author'])).toEqual([{ author: { sort: 'asc', nulls: 'last' } }, { author: { sort: 'desc', nulls: 'first' } }, ...newestFirst])
  })

  it('ignores paths that name nothing (and groups, which have no value), as Payload does', () => {
    for (const ignored of ['nope', 'meta', 'title.x', 'tags.nope']) expect(orderBy(ignored)).toEqual(newestFirst)
    expect(orderBy(['-nope', 'title'])).toEqual([{ title: { sort: 'asc', nulls: 'last' } }, ...newestFirst])
  })
})

describe('planSort through lists', () => {
  it('hands sorts through hasMany relationships, values and array rows to SQL', () => {
    for (const path of ['-tags.name', 'tags', 'categories', 'keywords', '-ratings', 'links.label', 'links.owner.name', 'links.sub.label']) {
      expect(plan(path).kind, path).toBe('sql')
    }
  })

  it('refuses fields that exist but have no order, instead of ignoring them', () => {
    for (const refused of ['data', 'links', 'related', 'related.value', 'mentions', 'mentions.relationTo']) {
      expect(() => plan(refused), refused).toThrow(QueryError)
    }
    expect(() => plan(['title', 'data', 'links'])).toThrow('The following paths cannot be queried: data, links')
  })

  it('orders by the smallest item ascending and the largest descending, grouped per document', () => {
    const planned = plan(['-tags.name', 'title'])
    if (planned.kind !== 'sql') throw new Error('expected sql')
    const postgres = sortToSql({ provider: 'postgresql', model: schema.collections.get('posts')!.model, terms: planned.terms, ids: [3, 1], take: 10, skip: 20 })
    expect(postgres.sql).toBe(
      'SELECT t0."id" AS "id" FROM "posts" t0 LEFT JOIN "posts_tags" t1 ON t1."parent__id" = t0."id" LEFT JOIN "tags" t2 ON t2."id" = t1."tags"' +
        ' WHERE t0."id" IN (SELECT (jsonb_array_elements_text($1::jsonb))::int) GROUP BY t0."id"' +
        ' ORDER BY MAX(t2."name") DESC NULLS FIRST, MIN(t0."title") ASC NULLS LAST, MAX(t0."createdAt") DESC NULLS FIRST, t0."id" DESC LIMIT $2 OFFSET $3',
    )
    expect(postgres.params).toEqual(['[3,1]', 10, 20])
    const sqlite = sortToSql({ provider: 'sqlite', model: schema.collections.get('posts')!.model, terms: planned.terms })
    expect(sqlite.sql).toContain('GROUP BY t0."id" ORDER BY MAX(t2."name") DESC NULLS FIRST')
    expect(sqlite.sql).not.toContain('WHERE')
    expect(sqlite.params).toEqual([])
  })
})
