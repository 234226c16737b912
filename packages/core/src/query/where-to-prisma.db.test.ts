// Runs translated `where`/`sort` on real databases (SQLite always, PostgreSQL when
// TEST_POSTGRES_URL is set) and checks which seeded posts come back, in which order.
// Rows are written straight through Prisma with storage-model names: the Local API is not
// under test here.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildConfig } from '../config/build-config.ts'
import type { Database } from '../database/types.ts'
import { delegateFor } from '../database/types.ts'
import { QueryError } from '../errors/api-error.ts'
import { ORDER_COLUMN, VALUE_COLUMN } from '../storage/names.ts'
import { buildStorageSchema } from '../storage/storage-model.ts'
import { createTestQuire } from '../testing/create-test-quire.ts'
import { testProviders } from '../testing/test-providers.ts'
import { queryTestConfig } from './query-test-config.ts'
import { planSort } from './plan-sort.ts'
import { sortToSql } from './sort-to-sql.ts'
import { whereToPrisma } from './where-to-prisma.ts'
import type { Sort, Where } from './where-types.ts'

const providers = testProviders()
const config = buildConfig(queryTestConfig)
const schema = buildStorageSchema(config)

describe.each(providers)('where and sort on %s', (provider) => {
  let db: Database
  let cleanup: () => Promise<void>
  const ids: Record<string, number> = {}
  const nameOf = new Map<number, string>()

  const create = async (model: string, data: Record<string, unknown>): Promise<number> =>
    Number((await delegateFor(db.client, model).create({ data, select: { id: true } })).id)

  async function seed(): Promise<void> {
    ids.alpha = await create('teams', { title: 'Alpha' })
    ids.untitled = await create('teams', {})
    ids.ann = await create('users', { name: 'Ann', team: ids.alpha })
    ids.bob = await create('users', { name: 'bob', team: ids.untitled })
    ids.nameless = await create('users', {})
    ids.red = await create('tags', { name: 'red' })
    ids.blue = await create('tags', { name: 'blue' })
    const rows = (items: Record<string, unknown>[]) => ({ create: items.map((item, index) => ({ [ORDER_COLUMN]: index, ...item })) })
    const posts: Record<string, Record<string, unknown>> = {
      p1: {
        title: 'Hello World', views: 10, published: true, publishedAt: new Date('2024-01-01T00:00:00Z'), data: { a: 1 },
        meta_title: 'M1', meta_reviewer: ids.ann, author: ids.ann,
        tags: rows([{ tags: ids.red }, { tags: ids.blue }]),
        related: rows([{ users: ids.bob }]),
        mentions: rows([{ users: ids.ann }, { tags: ids.blue }]),
        categories: rows([{ [VALUE_COLUMN]: 'news' }, { [VALUE_COLUMN]: 'tech' }]),
        links: rows([{ id: 'l1', label: 'Docs', owner: ids.bob, sub: rows([{ id: 's1', label: 'deep' }]) }, { id: 'l2' }]),
      },
      p2: {
        title: '100% pure', views: 5, published: false, publishedAt: new Date('2024-06-01T00:00:00Z'), author: ids.bob,
        tags: rows([{ tags: ids.blue }]), related: rows([{ tags: ids.red }]), categories: rows([{ [VALUE_COLUMN]: 'life' }]),
        links: rows([{ id: 'l3', label: 'Home' }]),
      },
      p3: { title: 'a_b', author: ids.nameless },
      p4: { title: '100 percent', views: 7, publishedAt: new Date('2023-01-01T00:00:00Z') },
      p5: { title: 'axb', views: 3, published: true },
      p6: { views: 1 },
      p7: { title: 'ÄBC hello', views: 2 },
    }
    for (const [name, data] of Object.entries(posts)) {
      ids[name] = await create('posts', data)
      nameOf.set(ids[name]!, name)
    }
  }

  beforeAll(async () => {
    const quire = await createTestQuire({ config, provider })
    db = quire.db
    cleanup = quire.cleanup
    await seed()
  })

  afterAll(async () => {
    await cleanup?.()
  })

  /** A plain sort runs as Prisma's orderBy; a sort through a list as sort-to-sql.ts's query over the matching ids. */
  async function find(where: Where | undefined, sort?: Sort): Promise<string[]> {
    const posts = delegateFor(db.client, 'posts')
    const filter = whereToPrisma({ schema, collection: 'posts', where, provider })
    const plan = planSort({ schema, collection: 'posts', sort: sort ?? 'id' })
    let rows
    if (plan.kind === 'orderBy') rows = await posts.findMany({ where: filter, orderBy: plan.orderBy, select: { id: true } })
    else {
      const ids = (await posts.findMany({ where: filter, select: { id: true } })).map((row) => Number(row.id))
      const query = sortToSql({ provider, model: schema.collections.get('posts')!.model, terms: plan.terms, ids })
      rows = await db.client.$queryRawUnsafe<Array<{ id: unknown }>>(query.sql, ...query.params)
    }
    return rows.map((row) => nameOf.get(Number(row.id)) ?? `?${String(row.id)}`)
  }

  const all = ['p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'p7']
  const allBut = (...names: string[]) => all.filter((name) => !names.includes(name))

  it('equals / not_equals with null handling', async () => {
    expect(await find({ title: { equals: 'a_b' } })).toEqual(['p3'])
    expect(await find({ title: { equals: null } })).toEqual(['p6'])
    expect(await find({ title: { not_equals: 'a_b' } })).toEqual(allBut('p3'))
    expect(await find({ title: { not_equals: null } })).toEqual(allBut('p6'))
    expect(await find({ published: { equals: 'true' } })).toEqual(['p1', 'p5'])
    expect(await find({ published: { not_equals: true } })).toEqual(allBut('p1', 'p5'))
  })

  it('in / not_in with null inside', async () => {
    expect(await find({ title: { in: ['a_b', null] } })).toEqual(['p3', 'p6'])
    expect(await find({ views: { in: '5,7' } })).toEqual(['p2', 'p4'])
    expect(await find({ title: { not_in: ['a_b'] } })).toEqual(allBut('p3'))
    expect(await find({ title: { not_in: ['a_b', null] } })).toEqual(allBut('p3', 'p6'))
  })

  it('exists and comparisons on numbers and dates', async () => {
    expect(await find({ views: { exists: false } })).toEqual(['p3'])
    expect(await find({ publishedAt: { exists: true } })).toEqual(['p1', 'p2', 'p4'])
    expect(await find({ data: { exists: true } })).toEqual(['p1'])
    expect(await find({ views: { greater_than: '5' } })).toEqual(['p1', 'p4'])
    expect(await find({ views: { greater_than_equal: 5, less_than_equal: 7 } })).toEqual(['p2', 'p4'])
    expect(await find({ views: { less_than: 3 } })).toEqual(['p6', 'p7'])
    expect(await find({ publishedAt: { greater_than: '2023-06-01' } })).toEqual(['p1', 'p2'])
    expect(await find({ publishedAt: { less_than_equal: new Date('2024-01-01T00:00:00Z').getTime() } })).toEqual(['p1', 'p4'])
    expect(await find({ publishedAt: { equals: '2024-06-01T00:00:00.000Z' } })).toEqual(['p2'])
  })

  it('like: all words, any order, case-insensitive also beyond ASCII', async () => {
    expect(await find({ title: { like: 'world hello' } })).toEqual(['p1'])
    expect(await find({ title: { like: 'HELLO' } })).toEqual(['p1', 'p7'])
    expect(await find({ title: { like: 'äbc' } })).toEqual(['p7'])
    expect(await find({ title: { like: 'hello nothing' } })).toEqual([])
    expect(await find({ views: { like: '7' } })).toEqual(['p4'])
  })

  it('% and _ in the search text match literally', async () => {
    expect(await find({ title: { like: '100%' } })).toEqual(['p2'])
    expect(await find({ title: { contains: 'a_b' } })).toEqual(['p3'])
    expect(await find({ title: { not_like: '100%' } })).toEqual(allBut('p2'))
    expect(await find({ title: { contains: '%' } })).toEqual(['p2'])
  })

  it('nested and / or', async () => {
    const where: Where = {
      or: [
        { and: [{ views: { greater_than: 4 } }, { title: { like: '100' } }] },
        { AND: [{ published: { equals: true } }, { OR: [{ views: { less_than: 4 } }, { title: { equals: 'nope' } }] }] },
      ],
    }
    expect(await find(where)).toEqual(['p2', 'p4', 'p5'])
  })

  it('groups, arrays and nested arrays', async () => {
    expect(await find({ 'meta.title': { equals: 'M1' } })).toEqual(['p1'])
    expect(await find({ 'meta.reviewer.name': { like: 'ann' } })).toEqual(['p1'])
    expect(await find({ 'links.label': { equals: 'Home' } })).toEqual(['p2'])
    expect(await find({ 'links.label': { not_equals: 'Docs' } })).toEqual(allBut('p1'))
    expect(await find({ 'links.sub.label': { like: 'DEE' } })).toEqual(['p1'])
    expect(await find({ 'links.owner.name': { equals: 'bob' } })).toEqual(['p1'])
    expect(await find({ links: { exists: false } })).toEqual(allBut('p1', 'p2'))
  })

  it('relationships two hops deep, and their complements', async () => {
    expect(await find({ 'author.team.title': { equals: 'Alpha' } })).toEqual(['p1'])
    expect(await find({ 'author.team.title': { not_equals: 'Alpha' } })).toEqual(allBut('p1'))
    expect(await find({ 'author.team.title': { exists: false } })).toEqual(allBut('p1'))
    expect(await find({ 'author.name': { in: ['bob', null] } })).toEqual(allBut('p1'))
    expect(await find({ author: { equals: String(ids.bob) } })).toEqual(['p2'])
    expect(await find({ 'author.id': { not_in: [ids.ann] } })).toEqual(allBut('p1'))
  })

  it('hasMany relationships', async () => {
    expect(await find({ tags: { in: [ids.red] } })).toEqual(['p1'])
    expect(await find({ tags: { contains: ids.blue } })).toEqual(['p1', 'p2'])
    expect(await find({ tags: { not_in: [ids.red] } })).toEqual(allBut('p1'))
    expect(await find({ tags: { exists: false } })).toEqual(allBut('p1', 'p2'))
    expect(await find({ 'tags.name': { equals: 'blue' } })).toEqual(['p1', 'p2'])
    expect(await find({ 'tags.name': { not_equals: 'red' } })).toEqual(allBut('p1'))
  })

  it('polymorphic relationships', async () => {
    expect(await find({ related: { equals: { relationTo: 'users', value: ids.bob } } })).toEqual(['p1'])
    expect(await find({ 'related.relationTo': { equals: 'tags' } })).toEqual(['p2'])
    expect(await find({ 'related.value': { equals: ids.red } })).toEqual(ids.red === ids.bob ? ['p1', 'p2'] : ['p2'])
    expect(await find({ related: { exists: false } })).toEqual(allBut('p1', 'p2'))
    expect(await find({ mentions: { in: [{ relationTo: 'tags', value: ids.blue }] } })).toEqual(['p1'])
  })

  it('hasMany selects', async () => {
    expect(await find({ categories: { contains: 'news' } })).toEqual(['p1'])
    expect(await find({ categories: { in: ['life', 'tech'] } })).toEqual(['p1', 'p2'])
    expect(await find({ categories: { not_in: ['news'] } })).toEqual(allBut('p1'))
    expect(await find({ categories: { like: 'TEC' } })).toEqual(['p1'])
  })

  it('id and timestamps', async () => {
    expect(await find({ id: { in: [ids.p1, ids.p3] } })).toEqual(['p1', 'p3'])
    expect(await find({ createdAt: { less_than: Date.now() + 60_000 } })).toEqual(all)
    expect(await find({ id: { not_equals: ids.p1 } })).toEqual(allBut('p1'))
    expect(await find({ createdAt: { exists: false } })).toEqual([])
    expect(await find({ 'author.createdAt': { exists: false } })).toEqual(allBut('p1', 'p2', 'p3'))
    expect(await find({ 'links.id': { in: ['l3', null] } })).toEqual(allBut('p1'))
  })

  it('sorts with the same null order on every provider', async () => {
    expect(await find(undefined, 'title')).toEqual(['p4', 'p2', 'p1', 'p3', 'p5', 'p7', 'p6'])
    expect(await find(undefined, '-views')).toEqual(['p3', 'p1', 'p4', 'p2', 'p5', 'p7', 'p6'])
    expect(await find(undefined, ['published', '-id'])).toEqual(['p2', 'p5', 'p1', 'p7', 'p6', 'p4', 'p3'])
  })

  it('sorts through relationships; ties come newest first', async () => {
    expect(await find(undefined, '-author.name')).toEqual(['p7', 'p6', 'p5', 'p4', 'p3', 'p2', 'p1'])
    expect(await find(undefined, 'author.team.title')).toEqual(['p1', 'p7', 'p6', 'p5', 'p4', 'p3', 'p2'])
  })

  it('sorts through lists by the smallest item ascending, the largest descending; no items counts as null', async () => {
    expect(await find(undefined, 'tags.name')).toEqual(['p2', 'p1', 'p7', 'p6', 'p5', 'p4', 'p3'])
    expect(await find(undefined, '-tags.name')).toEqual(['p7', 'p6', 'p5', 'p4', 'p3', 'p1', 'p2'])
    expect(await find(undefined, 'categories')).toEqual(['p2', 'p1', 'p7', 'p6', 'p5', 'p4', 'p3'])
    expect(await find(undefined, '-links.label')).toEqual(['p7', 'p6', 'p5', 'p4', 'p3', 'p2', 'p1'])
    expect(await find(undefined, ['links.owner.name', 'title'])).toEqual(['p1', 'p4', 'p2', 'p3', 'p5', 'p7', 'p6'])
    expect(await find({ views: { greater_than: 2 } }, '-tags.name')).toEqual(['p5', 'p4', 'p1', 'p2'])
  })

  it('rejects unknown paths before touching the database', async () => {
    await expect(find({ 'author.nope': { equals: 1 } })).rejects.toThrow(QueryError)
  })
})
