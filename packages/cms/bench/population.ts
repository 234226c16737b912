// pnpm bench:population: `find` 100 posts + population at depth 0, 1 and 2, against raw Prisma
// loading the same graph with a nested select, on the same database in the same run (SQLite,
// and PostgreSQL when TEST_POSTGRES_URL or BENCH_POSTGRES_URL is set). Prints mean ms, the
// ratio quire/prisma and the SQL queries one call of each issues.
import type { DocumentData } from '@quire/core'
import { createTestQuire } from '@quire/core/testing'
// Not exported from @quire/core yet: `find` will call it itself once depth is wired in.
import { defaultFetchDocuments, populateDocuments } from '@quire/core'
import { populationBenchConfig as config, rawPostSelect } from './population-config.ts'
import { measure, printComparison } from './measure.ts'

const POSTS = Number(process.env.BENCH_POSTS ?? 2000)
const USERS = 500
const PARENTS = 10
const CHILDREN = 50
const PAGE = 100
const postgresUrl = process.env.BENCH_POSTGRES_URL ?? process.env.TEST_POSTGRES_URL

interface Delegate {
  createMany(args: object): Promise<{ count: number }>
  findMany(args: object): Promise<Record<string, unknown>[]>
}
interface QueryEvents {
  $on(event: 'query', listener: () => void): void
}

for (const provider of postgresUrl ? (['sqlite', 'postgresql'] as const) : (['sqlite'] as const)) {
  const { quire, db, cleanup } = await createTestQuire({ config, provider, postgresUrl, log: [{ emit: 'event', level: 'query' }] })
  try {
    let queries = 0
    // SQLite reads go through a second connection (`db.reader`): listen on both clients.
    for (const client of new Set([db.client, db.reader])) (client as unknown as QueryEvents).$on('query', () => (queries += 1))
    const raw = (name: string): Delegate => (db.client as unknown as Record<string, Delegate>)[name]!
    await seed(raw)
    const fetch = defaultFetchDocuments(quire)

    const viaQuire = async (depth: number): Promise<DocumentData[]> => {
      const { docs } = await quire.find({ collection: 'posts', limit: PAGE, pagination: false, depth: 0 })
      return populateDocuments({ schema: quire.schema, config, collection: 'posts', docs, depth, fetch })
    }
    const viaPrisma = (depth: 0 | 1 | 2) => raw('posts').findMany({ take: PAGE, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], select: rawPostSelect(depth) })
    const countQueries = async (op: () => Promise<unknown>): Promise<number> => {
      queries = 0
      await op()
      return queries
    }

    const rows = []
    // Depth 0 first: the cost of `find` itself, and the warm-up of both clients.
    for (const depth of [0, 1, 2] as const) {
      if (depth > 0) assertSameGraph(await viaQuire(depth), await viaPrisma(depth), depth)
      const quireQueries = await countQueries(() => viaQuire(depth))
      const prismaQueries = await countQueries(() => viaPrisma(depth))
      rows.push({
        op: `find ${PAGE} posts, depth ${depth}`,
        quire: await measure('quire', 200, () => viaQuire(depth)),
        baseline: await measure('prisma', 200, () => viaPrisma(depth)),
        note: `SQL queries per call: quire ${quireQueries}, prisma ${prismaQueries}`,
      })
    }
    printComparison(`Population vs raw Prisma nested select — ${provider}, ${POSTS} posts, ${USERS} users (mean of sequential calls; ratio = quire/prisma)`, rows)
  } finally {
    await cleanup()
  }
}

async function seed(raw: (name: string) => Delegate): Promise<void> {
  const now = Date.now()
  const stamp = (n: number) => ({ createdAt: new Date(now + n), updatedAt: new Date(now + n) })
  await raw('users').createMany({ data: Array.from({ length: USERS }, (_, n) => ({ name: `User ${n}`, bio: `Bio ${n}`, ...stamp(n) })) })
  await raw('categories').createMany({ data: Array.from({ length: PARENTS }, (_, n) => ({ name: `Parent ${n}`, ...stamp(n) })) })
  await raw('categories').createMany({ data: Array.from({ length: CHILDREN }, (_, n) => ({ name: `Child ${n}`, parent: 1 + (n % PARENTS), ...stamp(n) })) })
  const child = (n: number): number => PARENTS + 1 + (n % CHILDREN)
  const chunk = 1000
  for (let start = 0; start < POSTS; start += chunk) {
    const numbers = Array.from({ length: Math.min(chunk, POSTS - start) }, (_, offset) => start + offset)
    await raw('posts').createMany({ data: numbers.map((n) => ({ title: `Post ${n}`, views: n, author: 1 + (n % USERS), category: child(n), ...stamp(n) })) })
    const tags = numbers.flatMap((n) => [
      { parent__id: n + 1, order__index: 0, categories: child(n + 7) },
      { parent__id: n + 1, order__index: 1, categories: child(n + 3) },
    ])
    await raw('posts_tags').createMany({ data: tags })
  }
}

/** Both sides must load the same graph, or the timing compares different work. */
function assertSameGraph(docs: DocumentData[], rows: Record<string, unknown>[], depth: number): void {
  type Named = { name?: unknown; parent?: unknown; parent__rel?: unknown }
  const category = (value: unknown): unknown => {
    const cat = value as Named
    const parent = depth === 2 ? ((cat.parent__rel ?? cat.parent) as Named | null)?.name : (cat.parent as number | null)
    return [cat.name, parent]
  }
  const fromQuire = docs.map((doc) => [doc.id, (doc.author as Named).name, category(doc.category), (doc.tags as unknown[]).map(category)])
  const fromPrisma = rows.map((row) => [row.id, (row.author__rel as Named).name, category(row.category__rel), (row.tags as { categories__rel: unknown }[]).map((tag) => category(tag.categories__rel))])
  if (JSON.stringify(fromQuire) !== JSON.stringify(fromPrisma)) throw new Error(`depth ${depth}: Quire and Prisma loaded different graphs`)
}
