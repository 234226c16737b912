// The statement diet: how many SQL statements each Local API write sends, against raw Prisma
// doing the same work on the same database (same document, same relations, same returned
// shape). Prisma's cost follows the number of statements it runs, so these counts are what
// keeps the Local API close to raw Prisma; a new stage that adds a query shows up here.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { buildConfig } from '../src/config/build-config.ts'
import { delegateFor, type ModelDelegate } from '../src/database/types.ts'
import { ValidationError } from '../src/errors/api-error.ts'
import { createTestQuire, type TestQuire } from '../src/testing/create-test-quire.ts'
import { testProviders } from '../src/testing/test-providers.ts'
import { LOCK_COLUMNS, ORDER_COLUMN } from '../src/storage/names.ts'
import type { UntypedQuireTypes } from '../src/local-api-types.ts'
import { lockDocument } from '../src/locking/index.ts'

interface QueryEvents {
  $on(event: 'query', listener: (event: { query: string }) => void): void
}

const config = buildConfig({
  secret: 'statement-counts-secret-at-least-32-chars',
  db: { url: 'file:./unused.db' },
  collections: [
    { slug: 'users', auth: true, fields: [{ name: 'name', type: 'text' }] },
    { slug: 'categories', fields: [{ name: 'name', type: 'text', required: true }] },
    {
      slug: 'posts',
      fields: [
        { name: 'title', type: 'text', required: true },
        { name: 'views', type: 'number', defaultValue: 0 },
        { name: 'author', type: 'relationship', relationTo: 'users' },
        { name: 'tags', type: 'relationship', relationTo: 'categories', hasMany: true },
      ],
    },
    {
      // The other places a relationship id can live, each of them a foreign key too.
      slug: 'notes',
      fields: [
        { name: 'rows', type: 'array', fields: [{ name: 'ref', type: 'relationship', relationTo: 'categories' }] },
        { name: 'either', type: 'relationship', relationTo: ['users', 'categories'] },
      ],
    },
  ],
})

const rawPostSelect = {
  id: true,
  createdAt: true,
  updatedAt: true,
  title: true,
  views: true,
  author: true,
  tags: { select: { categories: true }, orderBy: { [ORDER_COLUMN]: 'asc' } },
}

describe.each(testProviders())('statements per write on %s', (provider) => {
  let test: TestQuire<UntypedQuireTypes>
  let posts: ModelDelegate
  let statements: string[] = []
  let userId: number
  let categoryIds: number[]

  /** The statements `work` sends, on every connection (writer and reader). */
  async function statementsOf(work: () => Promise<unknown>): Promise<string[]> {
    statements = []
    await work()
    // Post-commit work (lock release) runs before the operation resolves; nothing is in flight.
    return statements.filter((sql) => !/^(BEGIN|COMMIT|ROLLBACK)/i.test(sql.trim()))
  }

  beforeAll(async () => {
    test = await createTestQuire({ config, provider, log: [{ emit: 'event', level: 'query' }] })
    for (const client of new Set([test.db.client, test.db.reader])) (client as unknown as QueryEvents).$on('query', (event) => statements.push(event.query))
    posts = delegateFor(test.db.client, 'posts')
    userId = (await test.quire.create({ collection: 'users', data: { email: 'author@example.com', password: 'secret-password-1' } })).id as number
    categoryIds = []
    for (const name of ['a', 'b']) categoryIds.push((await test.quire.create({ collection: 'categories', data: { name } })).id as number)
  })
  afterAll(() => test.cleanup())
  beforeEach(() => {
    statements = []
  })

  const rawCreate = () =>
    posts.create({
      data: {
        title: 'Raw',
        views: 0,
        author: userId,
        createdAt: new Date(),
        updatedAt: new Date(),
        tags: { create: categoryIds.map((id, index) => ({ [ORDER_COLUMN]: index, categories: id })) },
      },
      select: rawPostSelect,
    })

  it('create sends no more statements than raw Prisma creating the same post with its relations', async () => {
    const raw = await statementsOf(rawCreate)
    const quire = await statementsOf(() => test.quire.create({ collection: 'posts', data: { title: 'Quire', author: userId, tags: categoryIds }, depth: 0 }))
    expect(quire.length, quire.join('\n')).toBeLessThanOrEqual(raw.length)
  })

  it('a reference to a missing document is still a ValidationError on its field, and nothing is written', async () => {
    const before = await posts.count({})
    const error = await test.quire.create({ collection: 'posts', data: { title: 'Bad', author: 999_999, tags: categoryIds } }).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(ValidationError)
    expect((error as ValidationError).data?.errors).toEqual([{ path: 'author', message: 'This relationship field has the following invalid relationships: 999999' }])
    const badTag = await test.quire.create({ collection: 'posts', data: { title: 'Bad', tags: [categoryIds[0]!, 888_888] } }).catch((caught: unknown) => caught)
    expect((badTag as ValidationError).data?.errors).toEqual([{ path: 'tags', message: 'This relationship field has the following invalid relationships: 888888' }])
    expect(await posts.count({})).toBe(before)
  })

  it('a missing document in an array row or a polymorphic relationship is a ValidationError too', async () => {
    const inRow = await test.quire.create({ collection: 'notes', data: { rows: [{ ref: categoryIds[0] }, { ref: 777_777 }] } }).catch((caught: unknown) => caught)
    expect((inRow as ValidationError).data?.errors).toEqual([{ path: 'rows.1.ref', message: 'This relationship field has the following invalid relationships: 777777' }])
    const either = await test.quire.create({ collection: 'notes', data: { either: { relationTo: 'categories', value: 666_666 } } }).catch((caught: unknown) => caught)
    expect((either as ValidationError).data?.errors).toEqual([{ path: 'either', message: 'This relationship field has the following invalid relationships: 666666' }])
    const note = await test.quire.create({ collection: 'notes', data: { rows: [{ ref: categoryIds[0] }], either: { relationTo: 'users', value: userId } } })
    const update = await test.quire.update({ collection: 'notes', id: note.id as number, data: { either: { relationTo: 'users', value: 555_555 } } }).catch((caught: unknown) => caught)
    expect((update as ValidationError).data?.errors).toEqual([{ path: 'either', message: 'This relationship field has the following invalid relationships: 555555' }])
  })

  it('update by id sends at most one statement more than raw Prisma', async () => {
    const { id } = await rawCreate()
    const raw = await statementsOf(() => posts.update({ where: { id }, data: { views: 7, title: 'Raw update', updatedAt: new Date() }, select: rawPostSelect }))
    const quire = await statementsOf(() => test.quire.update({ collection: 'posts', id: id as number, data: { views: 8, title: 'Quire update' }, depth: 0 }))
    expect(quire.length, quire.join('\n')).toBeLessThanOrEqual(raw.length + 1)
  })

  it('delete by id sends at most one statement more than raw Prisma', async () => {
    const [first, second] = [await rawCreate(), await rawCreate()]
    const raw = await statementsOf(() => posts.delete({ where: { id: first.id }, select: rawPostSelect }))
    const quire = await statementsOf(() => test.quire.delete({ collection: 'posts', id: second.id as number, depth: 0 }))
    expect(quire.length, quire.join('\n')).toBeLessThanOrEqual(raw.length + 1)
  })

  it('update and delete send no DELETE to the locks table when the document is not locked', async () => {
    const { id } = await rawCreate()
    const sent = [
      ...(await statementsOf(() => test.quire.update({ collection: 'posts', id: id as number, data: { views: 9 } }))),
      ...(await statementsOf(() => test.quire.delete({ collection: 'posts', id: id as number }))),
    ]
    expect(sent.filter((sql) => /DELETE FROM\s+\S*quire_locks/i.test(sql))).toEqual([])
  })

  it.each(['update', 'delete'] as const)('%s still releases every lock of a locked document, whoever holds it', async (operation) => {
    const { id } = await rawCreate()
    const target = { collection: 'posts', id: id as number }
    await lockDocument(test.quire, { ...target, user: { id: userId, collection: 'users' } })
    await lockDocument(test.quire, { ...target, user: { id: userId + 1000, collection: 'users' } })
    const locks = delegateFor(test.db.client, test.quire.schema.locks.delegate)
    const lockRows = { [LOCK_COLUMNS.collection]: 'posts', [LOCK_COLUMNS.documentId]: String(id) }
    expect(await locks.count({ where: lockRows })).toBe(2)
    if (operation === 'update') await test.quire.update({ ...target, data: { views: 10 } })
    else await test.quire.delete(target)
    expect(await locks.count({ where: lockRows })).toBe(0)
  })
})
