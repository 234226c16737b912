// Population by depth (docs/population.md#depth, docs/population.md#select) on a real database: exact shapes of every
// relationship kind at depth 0, 1, 2, maxDepth, missing/unreadable ids, a cycle, `populate`
// selects, and the batching promise: the query count does not grow with the documents.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DocumentData } from '../src/config/hooks-and-access.ts'
import { defaultFetchDocuments, populateDocuments, type FetchDocuments } from '../src/documents/populate/index.ts'
import type { SelectType } from '../src/local-api-types.ts'
import type { Quire } from '../src/quire.ts'
import { createTestQuire, testProviders } from '../src/testing/index.ts'
import { populationConfig as config } from './fixtures/population-config.ts'

type Id = number
interface QueryEvents {
  $on(event: 'query', listener: (event: { query: string }) => void): void
}

describe.each(testProviders())('population on %s', (provider) => {
  let quire: Quire
  let cleanup: () => Promise<void>
  const ids: Record<string, Id> = {}
  /** Every document at depth 0, by name: what a populated slot must hold at the last level. */
  const zero: Record<string, DocumentData> = {}

  const read = (collection: string, id: Id): Promise<DocumentData> => quire.findByID({ collection, id, depth: 0 })
  async function populated(depth: number, options: { populate?: Record<string, SelectType>; fetch?: FetchDocuments } = {}): Promise<DocumentData> {
    const { docs } = await quire.find({ collection: 'posts', where: { id: { equals: ids.first } }, depth: 0 })
    const fetch = options.fetch ?? defaultFetchDocuments(quire)
    const [doc] = await populateDocuments({ schema: quire.schema, config, collection: 'posts', docs, depth, fetch, populate: options.populate })
    return doc!
  }

  beforeAll(async () => {
    ;({ quire, cleanup } = await createTestQuire({ config, provider }))
    const create = async (name: string, collection: string, data: DocumentData): Promise<void> => {
      ids[name] = (await quire.create({ collection, data, depth: 0 })).id as Id
    }
    await create('alice', 'users', { name: 'Alice', bio: 'Writes', apiNote: 'internal' })
    await create('bob', 'users', { name: 'Bob' })
    await create('tech', 'categories', { name: 'Tech' })
    await create('web', 'categories', { name: 'Web', parent: ids.tech })
    await create('misc', 'categories', { name: 'Misc' })
    await create('hero', 'media', { filename: 'hero.png', alt: 'Hero' })
    await create('second', 'posts', { title: 'Second', author: ids.bob })
    await create('first', 'posts', {
      title: 'First',
      author: ids.alice,
      category: ids.web,
      tags: [ids.misc, ids.tech, ids.web], // not in id order: the order must survive
      related: [
        { relationTo: 'posts', value: ids.second },
        { relationTo: 'categories', value: ids.web },
      ],
      pinned: { relationTo: 'users', value: ids.bob },
      heroImage: ids.hero,
      shallowCategory: ids.web,
      neverPopulated: ids.alice,
      meta: { summary: 'Sum', reviewer: ids.bob },
      links: [{ label: 'See', target: ids.second, sources: [{ by: ids.alice }] }],
    })
    // Close the cycle: first → second → first.
    await quire.update({ collection: 'posts', id: ids.second!, data: { related: [{ relationTo: 'posts', value: ids.first }] }, depth: 0 })
    for (const [name, collection] of Object.entries({ alice: 'users', bob: 'users', tech: 'categories', web: 'categories', misc: 'categories', hero: 'media', first: 'posts', second: 'posts' })) {
      zero[name] = await read(collection, ids[name]!)
    }
  })
  afterAll(() => cleanup())

  const link = (): { id: string; sourceId: string } => {
    const [row] = zero.first!.links as { id: string; sources: { id: string }[] }[]
    return { id: row!.id, sourceId: row!.sources[0]!.id }
  }

  it('depth 0 leaves every relationship as stored', async () => {
    expect(await populated(0)).toEqual(zero.first)
    expect(zero.first).toMatchObject({
      author: ids.alice,
      tags: [ids.misc, ids.tech, ids.web],
      related: [
        { relationTo: 'posts', value: ids.second },
        { relationTo: 'categories', value: ids.web },
      ],
      pinned: { relationTo: 'users', value: ids.bob },
      heroImage: ids.hero,
      meta: { summary: 'Sum', reviewer: ids.bob },
    })
  })

  it('depth 1 populates every kind and place; the populated documents keep their own ids', async () => {
    const { id, sourceId } = link()
    expect(await populated(1)).toEqual({
      ...zero.first,
      author: zero.alice,
      category: zero.web,
      tags: [zero.misc, zero.tech, zero.web],
      related: [
        { relationTo: 'posts', value: zero.second },
        { relationTo: 'categories', value: zero.web },
      ],
      pinned: { relationTo: 'users', value: zero.bob },
      heroImage: { id: ids.hero, filename: 'hero.png' }, // media's defaultPopulate
      shallowCategory: zero.web,
      neverPopulated: ids.alice, // maxDepth 0
      meta: { summary: 'Sum', reviewer: zero.bob },
      links: [{ id, label: 'See', target: zero.second, sources: [{ id: sourceId, by: zero.alice }] }],
    })
    expect(zero.alice).not.toHaveProperty('apiNote')
  })

  it('depth 2 populates the populated documents once more; maxDepth 1 caps its whole branch', async () => {
    const { id, sourceId } = link()
    const web1 = { ...zero.web, parent: zero.tech }
    const second1 = { ...zero.second, author: zero.bob, related: [{ relationTo: 'posts', value: zero.first }] }
    expect(await populated(2)).toEqual({
      ...zero.first,
      author: zero.alice,
      category: web1,
      tags: [zero.misc, zero.tech, web1],
      related: [
        { relationTo: 'posts', value: second1 },
        { relationTo: 'categories', value: web1 },
      ],
      pinned: { relationTo: 'users', value: zero.bob },
      heroImage: { id: ids.hero, filename: 'hero.png' },
      shallowCategory: zero.web, // its parent stays an id
      neverPopulated: ids.alice,
      meta: { summary: 'Sum', reviewer: zero.bob },
      links: [{ id, label: 'See', target: second1, sources: [{ id: sourceId, by: zero.alice }] }],
    })
  })

  it('follows a cycle to exactly the asked depth and returns JSON-safe data', async () => {
    const doc = await populated(3)
    const second = (doc.related as { value: DocumentData }[])[0]!.value
    const firstAgain = (second.related as { value: DocumentData }[])[0]!.value
    expect(firstAgain.author).toEqual(zero.alice)
    expect(firstAgain.category).toEqual(zero.web)
    expect((firstAgain.related as { value: unknown }[]).map((item) => item.value)).toEqual([zero.second, zero.web])
    expect(JSON.parse(JSON.stringify(doc))).toEqual(doc)
  })

  it('leaves missing and unreadable ids as ids', async () => {
    const readable = defaultFetchDocuments(quire)
    const noUsers: FetchDocuments = (collection, wanted, options) => (collection === 'users' ? Promise.resolve([]) : readable(collection, wanted, options))
    const doc = await populated(1, { fetch: noUsers })
    expect(doc.author).toBe(ids.alice)
    expect(doc.pinned).toEqual({ relationTo: 'users', value: ids.bob })
    expect(doc.meta).toEqual({ summary: 'Sum', reviewer: ids.bob })
    expect(doc.category).toEqual(zero.web)

    const dangling = [{ ...zero.first, author: 987654, tags: [987654, ids.tech] }]
    await populateDocuments({ schema: quire.schema, config, collection: 'posts', docs: dangling, depth: 1, fetch: readable })
    expect(dangling[0]!.author).toBe(987654)
    expect(dangling[0]!.tags).toEqual([987654, zero.tech])
  })

  it('fetches populated documents with populate[slug], else defaultPopulate, literally', async () => {
    const doc = await populated(2, { populate: { users: { name: true }, media: { alt: true }, categories: { name: true } } })
    expect(doc.author).toEqual({ id: ids.alice, name: 'Alice' })
    expect(doc.heroImage).toEqual({ id: ids.hero, alt: 'Hero' })
    // `parent` is not selected, so nothing below it is populated either.
    expect(doc.category).toEqual({ id: ids.web, name: 'Web' })
    const excluded = await populated(1, { populate: { users: { bio: false } } })
    expect(excluded.author).toEqual({ id: ids.alice, name: 'Alice', createdAt: zero.alice!.createdAt, updatedAt: zero.alice!.updatedAt })
  })

  it('shows hidden fields of populated documents only when the fetch is asked to', async () => {
    const doc = await populated(1, { fetch: defaultFetchDocuments(quire, { showHiddenFields: true }) })
    expect(doc.author).toEqual({ ...zero.alice, apiNote: 'internal' })
  })
})

describe.each(testProviders())('population batching on %s', (provider) => {
  let quire: Quire
  let cleanup: () => Promise<void>
  const queries: string[] = []

  beforeAll(async () => {
    ;({ quire, cleanup } = await createTestQuire({ config, provider, log: [{ emit: 'event', level: 'query' }] }))
    // SQLite reads go through a second connection (`db.reader`): listen on both clients.
    for (const client of new Set([quire.db.client, quire.db.reader])) (client as unknown as QueryEvents).$on('query', (event) => queries.push(event.query))
    const categories: Id[] = []
    for (const name of ['A', 'B', 'C']) categories.push((await quire.create({ collection: 'categories', data: { name }, depth: 0 })).id as Id)
    const hero = (await quire.create({ collection: 'media', data: { filename: 'h.png' }, depth: 0 })).id as Id
    // Every post has its own author, so the id lists grow with the number of posts. Created
    // in concurrent chunks (seeding speed only); each post links to one of the chunk before.
    const chunk = 25
    let previous: Id[] = []
    for (let start = 0; start < 300; start += chunk) {
      const numbers = Array.from({ length: chunk }, (_, offset) => start + offset)
      const authors = await Promise.all(numbers.map(async (n) => (await quire.create({ collection: 'users', data: { name: `User ${n}` }, depth: 0 })).id as Id))
      previous = await Promise.all(
        numbers.map(async (n, index) => {
          const author = authors[index]!
          const target = previous[index]
          const data: DocumentData = {
            title: `Post ${n}`,
            author,
            category: categories[n % 3],
            tags: [categories[(n + 1) % 3], categories[n % 3]],
            heroImage: hero,
            meta: { reviewer: author },
            related: target ? [{ relationTo: 'posts', value: target }, { relationTo: 'categories', value: categories[0] }] : [],
            links: target ? [{ label: 'prev', target, sources: [{ by: author }] }] : [],
          }
          return (await quire.create({ collection: 'posts', data, depth: 0 })).id as Id
        }),
      )
    }
    // 600 writes: ~30 s on a 2-core machine at load 8; the budget only stops a hang.
  }, 300_000)
  afterAll(() => cleanup())

  async function queriesToPopulate(limit: number, depth: number): Promise<string[]> {
    const { docs } = await quire.find({ collection: 'posts', limit, depth: 0 })
    expect(docs).toHaveLength(limit)
    queries.length = 0
    await populateDocuments({ schema: quire.schema, config, collection: 'posts', docs, depth, fetch: defaultFetchDocuments(quire) })
    expect((docs[0]!.author as DocumentData).name).toBeTypeOf('string')
    return [...queries]
  }

  it('issues the same number of queries for 100 and for 300 documents: one fetch per collection per level', async () => {
    const hundred = await queriesToPopulate(100, 1)
    const threeHundred = await queriesToPopulate(300, 1)
    // users, categories and media: one query each; posts: one plus one per child table
    // (tags, related, pinned, links, links.sources) that Prisma reads for the nested select.
    expect(hundred).toHaveLength(9)
    expect(threeHundred).toHaveLength(9)
    const tablesRead = (list: string[]): string[] => list.map((sql) => /FROM [`"]\w+[`"]\.[`"](\w+)[`"]/.exec(sql)?.[1] ?? sql).sort()
    expect(tablesRead(threeHundred)).toEqual(['categories', 'media', 'posts', 'posts_links', 'posts_links_sources', 'posts_pinned', 'posts_related', 'posts_tags', 'users'])
    expect(tablesRead(hundred)).toEqual(tablesRead(threeHundred))
  })
})
