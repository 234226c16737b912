import { describe, expect, it } from 'vitest'
import { buildConfig } from '../config/build-config.ts'
import { buildStorageSchema } from '../storage/storage-model.ts'
import { queryTestConfig } from './query-test-config.ts'
import { parseSort, sortToPrisma } from './sort-to-prisma.ts'
import type { Sort } from './where-types.ts'

const schema = buildStorageSchema(buildConfig(queryTestConfig))
const posts = (sort: Sort | undefined) => sortToPrisma({ schema, collection: 'posts', sort, provider: 'sqlite' })

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

describe('sortToPrisma', () => {
  it('orders nullable columns with nulls last ascending and first descending, then by id', () => {
    expect(posts('title')).toEqual([{ title: { sort: 'asc', nulls: 'last' } }, { id: 'asc' }])
    expect(posts('-title')).toEqual([{ title: { sort: 'desc', nulls: 'first' } }, { id: 'desc' }])
    expect(posts(['-views', 'title'])).toEqual([
      { views: { sort: 'desc', nulls: 'first' } },
      { title: { sort: 'asc', nulls: 'last' } },
      { id: 'desc' },
    ])
  })

  it('leaves nulls off non-null columns and skips the tie-breaker when id is sorted', () => {
    expect(posts('-createdAt')).toEqual([{ createdAt: 'desc' }, { id: 'desc' }])
    expect(posts('-id')).toEqual([{ id: 'desc' }])
    expect(posts(['title', 'id'])).toEqual([{ title: { sort: 'asc', nulls: 'last' } }, { id: 'asc' }])
    expect(posts(undefined)).toEqual([{ id: 'asc' }])
  })

  it('follows groups and single relationships, any number of hops', () => {
    expect(posts('meta.title')).toEqual([{ meta_title: { sort: 'asc', nulls: 'last' } }, { id: 'asc' }])
    expect(posts('-author.name')).toEqual([{ author__rel: { name: { sort: 'desc', nulls: 'first' } } }, { id: 'desc' }])
    expect(posts('author.team.title')).toEqual([{ author__rel: { team__rel: { title: { sort: 'asc', nulls: 'last' } } } }, { id: 'asc' }])
    expect(posts('meta.reviewer.createdAt')).toEqual([{ meta_reviewer__rel: { createdAt: 'asc' } }, { id: 'asc' }])
    expect(posts(['author.id', '-author'])).toEqual([
      { author: { sort: 'asc', nulls: 'last' } },
      { author: { sort: 'desc', nulls: 'first' } },
      { id: 'asc' },
    ])
  })

  it('silently ignores unknown paths, to-many paths, groups and JSON', () => {
    for (const ignored of ['nope', 'tags', 'tags.name', 'links.label', 'related', 'categories', 'keywords', 'ratings', 'meta', 'data', 'title.x']) {
      expect(posts(ignored)).toEqual([{ id: 'asc' }])
    }
    expect(posts(['-nope', 'title'])).toEqual([{ title: { sort: 'asc', nulls: 'last' } }, { id: 'asc' }])
    expect(posts('-nope')).toEqual([{ id: 'desc' }])
  })
})
