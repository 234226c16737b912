import { describe, expect, it } from 'vitest'
import { AnyNull } from '@prisma/client/runtime/client'
import { buildConfig } from '../config/build-config.ts'
import { APIError, QueryError } from '../errors/api-error.ts'
import { buildStorageSchema } from '../storage/storage-model.ts'
import type { Provider } from '../database/types.ts'
import { queryTestConfig } from './query-test-config.ts'
import { whereToPrisma } from './where-to-prisma.ts'
import type { Where } from './where-types.ts'

const schema = buildStorageSchema(buildConfig(queryTestConfig))
const posts = (where: Where | undefined, provider: Provider = 'sqlite') => whereToPrisma({ schema, collection: 'posts', where, provider })

function queryError(where: Where): QueryError {
  try {
    posts(where)
  } catch (error) {
    if (error instanceof QueryError) return error
    throw error
  }
  throw new Error('expected a QueryError')
}

describe('whereToPrisma: combinators', () => {
  it('treats a missing or empty where as no filter', () => {
    expect(posts(undefined)).toEqual({})
    expect(posts({})).toEqual({})
    expect(posts({ and: [] })).toEqual({})
    expect(posts({ or: [{}, { and: [] }] })).toEqual({})
    expect(posts({ title: {} })).toEqual({})
    expect(posts({ title: { equals: undefined } })).toEqual({})
  })

  it('ANDs several keys and several operators of one key', () => {
    expect(posts({ title: { equals: 'a' }, views: { greater_than: 1, less_than: 5 } })).toEqual({
      AND: [{ title: { equals: 'a' } }, { views: { gt: 1 } }, { views: { lt: 5 } }],
    })
  })

  it('nests and/or in any letter case and drops empty branches', () => {
    expect(
      posts({ OR: [{ title: { equals: 'a' } }, { And: [{ views: { greater_than: 1 } }, { views: { less_than: 5 } }] }, {}] }),
    ).toEqual({
      OR: [{ title: { equals: 'a' } }, { AND: [{ views: { gt: 1 } }, { views: { lt: 5 } }] }],
    })
    expect(posts({ or: [{ title: { equals: 'a' } }, {}] })).toEqual({ title: { equals: 'a' } })
  })

  it('reports every unknown path and operator and array-valued conditions in one QueryError', () => {
    const error = queryError({ nope: { equals: 1 }, title: { bad: 1 } as never, and: [{ 'meta.nope': { exists: true } }], views: [1] as never })
    expect(error.message).toBe('The following paths cannot be queried: nope, title.bad, meta.nope, views')
    expect(error.status).toBe(400)
    expect(error.data?.paths).toEqual(['nope', 'title.bad', 'meta.nope', 'views'])
  })

  it('rejects paths into scalars, into groups themselves and into polymorphic targets', () => {
    expect(queryError({ 'title.x': { equals: 1 } }).data?.paths).toEqual(['title.x'])
    expect(queryError({ meta: { equals: 1 } }).data?.paths).toEqual(['meta'])
    expect(queryError({ 'related.name': { equals: 'x' } }).data?.paths).toEqual(['related.name'])
  })

  it('throws for an unknown collection', () => {
    expect(() => whereToPrisma({ schema, collection: 'nope', where: {}, provider: 'sqlite' })).toThrow(APIError)
  })
})

describe('whereToPrisma: operators on a text column', () => {
  it('equals / not_equals, with null meaning IS NULL / IS NOT NULL', () => {
    expect(posts({ title: { equals: 'a' } })).toEqual({ title: { equals: 'a' } })
    expect(posts({ title: { equals: null } })).toEqual({ title: null })
    expect(posts({ title: { not_equals: 'a' } })).toEqual({ OR: [{ title: { not: 'a' } }, { title: null }] })
    expect(posts({ title: { not_equals: null } })).toEqual({ title: { not: null } })
  })

  it('in / not_in from arrays or comma-separated strings, null inside adding IS NULL', () => {
    expect(posts({ title: { in: 'a,b' } })).toEqual({ title: { in: ['a', 'b'] } })
    expect(posts({ title: { in: ['a', null] } })).toEqual({ OR: [{ title: { in: ['a'] } }, { title: null }] })
    expect(posts({ title: { in: [null] } })).toEqual({ title: null })
    expect(posts({ title: { not_in: ['a'] } })).toEqual({ OR: [{ title: { notIn: ['a'] } }, { title: null }] })
    expect(posts({ title: { not_in: ['a', null] } })).toEqual({
      AND: [{ OR: [{ title: { notIn: ['a'] } }, { title: null }] }, { title: { not: null } }],
    })
    expect(posts({ 'author.name': { in: ['bob', null] } })).toEqual({
      OR: [{ author__rel: { is: { name: { in: ['bob'] } } } }, { OR: [{ author: null }, { author__rel: { is: { name: null } } }] }],
    })
  })

  it('exists', () => {
    expect(posts({ title: { exists: true } })).toEqual({ title: { not: null } })
    expect(posts({ title: { exists: 'false' } })).toEqual({ title: null })
    expect(queryError({ title: { exists: 'maybe' } }).data?.paths).toEqual(['title.exists'])
  })

  it('like: every word, escaped, case-insensitive per provider', () => {
    expect(posts({ title: { like: ' hello   World ' } })).toEqual({ AND: [{ title: { contains: 'hello' } }, { title: { contains: 'World' } }] })
    expect(posts({ title: { like: '100% a_b' } }, 'postgresql')).toEqual({
      AND: [{ title: { contains: '100\\%', mode: 'insensitive' } }, { title: { contains: 'a\\_b', mode: 'insensitive' } }],
    })
    expect(posts({ title: { like: '' } })).toEqual({ title: { contains: '' } })
  })

  it('contains and not_like take the whole value as a substring', () => {
    expect(posts({ title: { contains: 'a b' } })).toEqual({ title: { contains: 'a b' } })
    expect(posts({ title: { not_like: 'x\\y' } }, 'postgresql')).toEqual({
      OR: [{ NOT: { title: { contains: 'x\\\\y', mode: 'insensitive' } } }, { title: null }],
    })
  })
})

describe('whereToPrisma: coercion by field type', () => {
  it('numbers, booleans and dates', () => {
    expect(posts({ views: { greater_than_equal: '5' } })).toEqual({ views: { gte: 5 } })
    expect(posts({ views: { like: '7' } })).toEqual({ views: { equals: 7 } })
    expect(posts({ views: { contains: 7 } })).toEqual({ views: { equals: 7 } })
    expect(posts({ published: { equals: 'true' } })).toEqual({ published: { equals: true } })
    expect(posts({ publishedAt: { less_than: '2024-01-02' } })).toEqual({ publishedAt: { lt: new Date('2024-01-02') } })
    expect(posts({ createdAt: { greater_than: 0 } })).toEqual({ createdAt: { gt: new Date(0) } })
  })

  it('rejects values that cannot be coerced', () => {
    expect(queryError({ views: { equals: 'abc' } }).message).toBe('Invalid value "abc" for views.equals: expected a number.')
    expect(queryError({ publishedAt: { equals: 'not a date' } }).data?.paths).toEqual(['publishedAt.equals'])
    expect(queryError({ published: { equals: 'yes' } }).data?.paths).toEqual(['published.equals'])
    expect(queryError({ views: { greater_than: null } }).data?.paths).toEqual(['views.greater_than'])
    expect(queryError({ published: { greater_than: true } }).data?.paths).toEqual(['published.greater_than'])
  })

  it('ids: own id, foreign keys and `rel.id`', () => {
    expect(posts({ id: { in: '1,2' } })).toEqual({ id: { in: [1, 2] } })
    expect(posts({ 'author.id': { equals: '3' } })).toEqual({ author: { equals: 3 } })
    expect(posts({ author: { like: '3' } })).toEqual({ author: { equals: 3 } })
    expect(posts({ author: { equals: 'null' } })).toEqual({ author: null })
    expect(queryError({ author: { equals: 'abc' } }).data?.paths).toEqual(['author.equals'])
  })

  it('never compares required columns with null', () => {
    expect(posts({ id: { not_equals: '3' } })).toEqual({ id: { not: 3 } })
    expect(posts({ id: { not_in: [1, 2] } })).toEqual({ id: { notIn: [1, 2] } })
    expect(posts({ id: { equals: null } })).toEqual({ id: { in: [] } })
    expect(posts({ createdAt: { exists: true } })).toEqual({ createdAt: { notIn: [] } })
    expect(posts({ 'author.createdAt': { exists: false } })).toEqual({ OR: [{ author: null }, { author__rel: { is: { createdAt: { in: [] } } } }] })
    expect(posts({ 'links.id': { in: ['a', null] } })).toEqual({
      OR: [{ links: { some: { id: { in: ['a'] } } } }, { links: { none: { id: { notIn: [] } } } }],
    })
  })

  it('JSON columns only answer exists', () => {
    expect(posts({ data: { exists: true } })).toEqual({ data: { not: AnyNull } })
    expect(posts({ data: { equals: null } })).toEqual({ data: { equals: AnyNull } })
    expect(queryError({ data: { equals: 'x' } }).data?.paths).toEqual(['data.equals'])
  })
})

describe('whereToPrisma: paths', () => {
  it('groups flatten to columns, also a relationship inside a group', () => {
    expect(posts({ 'meta.title': { equals: 'x' } })).toEqual({ meta_title: { equals: 'x' } })
    expect(posts({ 'meta.reviewer.name': { equals: 'x' } })).toEqual({ meta_reviewer__rel: { is: { name: { equals: 'x' } } } })
  })

  it('arrays: any row matches; negation means no row matches', () => {
    expect(posts({ 'links.label': { equals: 'x' } })).toEqual({ links: { some: { label: { equals: 'x' } } } })
    expect(posts({ 'links.sub.label': { like: 'x' } })).toEqual({ links: { some: { sub: { some: { label: { contains: 'x' } } } } } })
    expect(posts({ 'links.label': { not_equals: 'x' } })).toEqual({ links: { none: { label: { equals: 'x' } } } })
    expect(posts({ 'links.label': { exists: false } })).toEqual({ links: { none: { label: { not: null } } } })
    expect(posts({ 'links.owner.name': { equals: 'x' } })).toEqual({ links: { some: { owner__rel: { is: { name: { equals: 'x' } } } } } })
    expect(posts({ links: { exists: true } })).toEqual({ links: { some: {} } })
    expect(queryError({ links: { equals: 'x' } }).data?.paths).toEqual(['links.equals'])
  })

  it('single relationships, two hops, and their complements', () => {
    expect(posts({ 'author.team.title': { equals: 'A' } })).toEqual({ author__rel: { is: { team__rel: { is: { title: { equals: 'A' } } } } } })
    expect(posts({ 'author.team.title': { not_equals: 'A' } })).toEqual({
      OR: [
        { author: null },
        { author__rel: { is: { OR: [{ team: null }, { team__rel: { is: { OR: [{ title: { not: 'A' } }, { title: null }] } } }] } } },
      ],
    })
    expect(posts({ 'author.name': { equals: null } })).toEqual({ OR: [{ author: null }, { author__rel: { is: { name: null } } }] })
  })

  it('hasMany relationships: some / none on the link target column', () => {
    expect(posts({ tags: { in: [1, 2] } })).toEqual({ tags: { some: { tags: { in: [1, 2] } } } })
    expect(posts({ tags: { equals: '3' } })).toEqual({ tags: { some: { tags: 3 } } })
    expect(posts({ 'tags.id': { contains: 3 } })).toEqual({ tags: { some: { tags: 3 } } })
    expect(posts({ tags: { contains: [1, 2] } })).toEqual({ tags: { some: { tags: { in: [1, 2] } } } })
    expect(posts({ tags: { not_equals: 3 } })).toEqual({ tags: { none: { tags: 3 } } })
    expect(posts({ tags: { not_in: '1,2' } })).toEqual({ tags: { none: { tags: { in: [1, 2] } } } })
    expect(posts({ tags: { exists: false } })).toEqual({ tags: { none: {} } })
    expect(posts({ tags: { equals: null } })).toEqual({ tags: { none: {} } })
    expect(posts({ tags: { in: [1, null] } })).toEqual({ OR: [{ tags: { some: { tags: { in: [1] } } } }, { tags: { none: {} } }] })
    expect(posts({ tags: { not_in: [1, 'null'] } })).toEqual({ AND: [{ tags: { none: { tags: { in: [1] } } } }, { tags: { some: {} } }] })
  })

  it('hasMany relationships: dot paths into the target', () => {
    expect(posts({ 'tags.name': { equals: 'x' } })).toEqual({ tags: { some: { tags__rel: { is: { name: { equals: 'x' } } } } } })
    expect(posts({ 'tags.name': { not_like: 'x' } })).toEqual({ tags: { none: { tags__rel: { is: { name: { contains: 'x' } } } } } })
  })

  it('polymorphic relationships', () => {
    expect(posts({ related: { equals: { relationTo: 'users', value: '1' } } })).toEqual({ related: { some: { users: 1 } } })
    expect(posts({ related: { equals: 2 } })).toEqual({ related: { some: { OR: [{ users: 2 }, { tags: 2 }] } } })
    expect(posts({ related: { not_equals: { relationTo: 'tags', value: 1 } } })).toEqual({ related: { none: { tags: 1 } } })
    expect(posts({ mentions: { in: [{ relationTo: 'users', value: 1 }, { relationTo: 'tags', value: 2 }] } })).toEqual({
      mentions: { some: { OR: [{ users: 1 }, { tags: 2 }] } },
    })
    expect(posts({ 'related.value': { equals: 2 } })).toEqual({ related: { some: { OR: [{ users: 2 }, { tags: 2 }] } } })
    expect(posts({ 'related.relationTo': { equals: 'tags' } })).toEqual({ related: { some: { tags: { not: null } } } })
    expect(posts({ 'mentions.relationTo': { in: ['users', 'tags'] } })).toEqual({
      mentions: { some: { OR: [{ users: { not: null } }, { tags: { not: null } }] } },
    })
    expect(posts({ related: { exists: false } })).toEqual({ related: { none: {} } })
    expect(queryError({ 'related.relationTo': { equals: 'teams' } }).message).toBe(
      'Invalid relationTo "teams" for related.relationTo.equals: expected one of users, tags.',
    )
  })

  it('hasMany selects: element equality on the values table, substring for like', () => {
    expect(posts({ categories: { contains: 'news' } })).toEqual({ categories: { some: { value: 'news' } } })
    expect(posts({ categories: { contains: ['news', 'tech'] } })).toEqual({ categories: { some: { value: { in: ['news', 'tech'] } } } })
    expect(posts({ categories: { equals: 'news' } })).toEqual({ categories: { some: { value: 'news' } } })
    expect(posts({ categories: { not_in: ['news'] } })).toEqual({ categories: { none: { value: { in: ['news'] } } } })
    expect(posts({ categories: { like: 'ne' } }, 'postgresql')).toEqual({ categories: { some: { value: { contains: 'ne', mode: 'insensitive' } } } })
  })

  it('hasMany texts and numbers: the same values-table filters, numbers coerced and compared per item', () => {
    expect(posts({ keywords: { contains: 'a' } })).toEqual({ keywords: { some: { value: { contains: 'a' } } } })
    expect(posts({ keywords: { not_like: 'a' } }, 'postgresql')).toEqual({ keywords: { none: { value: { contains: 'a', mode: 'insensitive' } } } })
    expect(posts({ ratings: { greater_than: '4.5' } })).toEqual({ ratings: { some: { value: { gt: 4.5 } } } })
    expect(posts({ ratings: { not_equals: 3 } })).toEqual({ ratings: { none: { value: 3 } } })
    expect(posts({ ratings: { like: '3' } })).toEqual({ ratings: { some: { value: 3 } } })
    expect(posts({ ratings: { exists: false } })).toEqual({ ratings: { none: {} } })
    expect(queryError({ ratings: { equals: 'many' } }).message).toBe('Invalid value "many" for ratings.equals: expected a number.')
    expect(queryError({ ratings: { all: [1, 2] } } as Where).message).toBe('The following path cannot be queried: ratings.all')
  })
})
