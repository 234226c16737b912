// Property: `where` translation agrees with the reference filter (properties/reference-filter.ts)
// on SQLite and PostgreSQL, and the two databases agree with each other, on random documents
// and random where trees (properties/where-paths.ts). Runs: PROPERTY_RUNS (default 60), each
// with up to 12 documents and 8 queries; PROPERTY_SEED replays a failure.
import type { Quire, Where } from '@quire/core'
import { createTestQuire, testProviders } from '@quire/core/testing'
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { matches, type Doc, type Lookup } from './properties/reference-filter.ts'
import { materialize, whereTree, type Ref } from './properties/where-paths.ts'
import { whereConfig, world, type WorldSpec } from './properties/where-world.ts'

const RUNS = Number(process.env.PROPERTY_RUNS ?? 60)

const SEED = process.env.PROPERTY_SEED === undefined ? undefined : Number(process.env.PROPERTY_SEED)

interface Loaded {
  docs: Doc[]
  lookup: Lookup
  ids: Record<Ref, number[]>
}

async function load(quire: Quire, spec: WorldSpec): Promise<Loaded> {
  for (const collection of ['things', 'people', 'topics']) await quire.delete({ collection, where: {} })
  const people = [] as number[]
  for (const person of spec.people) people.push((await quire.create({ collection: 'people', data: person })).id as number)
  const topics = [] as number[]
  for (const topic of spec.topics) topics.push((await quire.create({ collection: 'topics', data: topic })).id as number)
  const things = [] as number[]
  for (const thing of spec.things) {
    const data = { ...thing, owner: thing.owner === null ? null : people[thing.owner], topics: thing.topics.map((index) => topics[index]) }
    things.push((await quire.create({ collection: 'things', data })).id as number)
  }
  const all = async (collection: string) => (await quire.find({ collection, pagination: false, depth: 0 })).docs as Doc[]
  const byId = (docs: Doc[]) => new Map(docs.map((doc) => [doc.id as number, doc]))
  return { docs: await all('things'), lookup: { people: byId(await all('people')), topics: byId(await all('topics')) }, ids: { people, topics, things } }
}

describe('where translation (property)', () => {
  const providers = testProviders()
  const quires = new Map<string, { quire: Quire; cleanup: () => Promise<void> }>()

  beforeAll(async () => {
    for (const provider of providers) quires.set(provider, await createTestQuire({ config: whereConfig, provider }))
  })
  afterAll(async () => {
    for (const { cleanup } of quires.values()) await cleanup()
  })

  it(`agrees with the reference filter on ${providers.join(' and ')}`, { timeout: 600_000 }, async () => {
    let queries = 0
    let matched = 0
    const started = performance.now()
    await fc.assert(
      fc.asyncProperty(world, fc.array(whereTree, { minLength: 1, maxLength: 8 }), async (spec, wheres) => {
        const results: Record<string, string[]> = {}
        for (const [provider, { quire }] of quires) {
          const loaded = await load(quire, spec)
          const position = (id: unknown) => loaded.ids.things.indexOf(id as number)
          results[provider] = []
          for (const abstract of wheres) {
            const where = materialize(abstract, loaded.ids) as Where
            const expected = loaded.docs.filter((doc) => matches(where, doc, loaded.lookup)).map((doc) => position(doc.id)).sort((a, b) => a - b)
            const actual = (await quire.find({ collection: 'things', where, pagination: false, depth: 0 })).docs.map((doc) => position(doc.id)).sort((a, b) => a - b)
            expect(actual, `${provider}: where ${JSON.stringify(where)}`).toEqual(expected)
            results[provider].push(JSON.stringify(actual))
            if (provider === providers[0]) {
              queries += 1
              matched += actual.length
            }
          }
        }
        if (providers.length === 2) expect(results.postgresql).toEqual(results.sqlite)
      }),
      { numRuns: RUNS, ...(SEED === undefined ? {} : { seed: SEED }) },
    )
    console.log(`[property where] ${RUNS} runs, ${queries} random queries, each on ${providers.join(' and ')} (${matched} matching documents in all) in ${((performance.now() - started) / 1000).toFixed(1)} s`)
  })

  // Regressions of two defects this property found (both fixed in query/operator-to-prisma.ts).
  describe('regressions', () => {
    const quire = () => quires.get('sqlite')!.quire

    it('an or-branch that matches every row makes the or match everything', async () => {
      await load(quire(), { people: [], topics: [], things: [{ title: 'a', score: null, active: null, when: null, status: null, colours: [], owner: null, topics: [], meta: { note: null, level: null }, rows: [] }] })
      const found = await quire().find({ collection: 'things', where: { or: [{ createdAt: { exists: true } }, { title: { equals: 'zzz' } }] } })
      expect(found.totalDocs).toBe(1)
    })

    it('in / not_in on a checkbox is translated (it was a Prisma validation error, a 500 over HTTP)', async () => {
      await expect(quire().find({ collection: 'things', where: { active: { in: [true] } } })).resolves.toBeDefined()
      await expect(quire().find({ collection: 'things', where: { active: { not_in: [true, null] } } })).resolves.toBeDefined()
    })
  })
})
