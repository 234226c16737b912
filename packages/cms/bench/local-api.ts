// pnpm bench: the Local API against raw Prisma on the same database and the same 10,000 posts,
// on SQLite and (when TEST_POSTGRES_URL or BENCH_POSTGRES_URL is set) PostgreSQL.
// Prints mean ms and ops/s for both and the ratio quire/prisma (lower is better).
import { createTestQuire } from '@quire/core/testing'
import { prismaVersion } from '@quire/core/toolchain'
import { benchConfig, rawPostSelect } from './bench-config.ts'
import { measure, printComparison } from './measure.ts'
import { seedPosts, type Delegate } from './seed.ts'

const POSTS = Number(process.env.BENCH_POSTS ?? 10_000)
const postgresUrl = process.env.BENCH_POSTGRES_URL ?? process.env.TEST_POSTGRES_URL

for (const provider of postgresUrl ? (['sqlite', 'postgresql'] as const) : (['sqlite'] as const)) {
  const { quire, db, cleanup } = await createTestQuire({ config: benchConfig, provider, postgresUrl })
  try {
    const raw = (name: string): Delegate => (db.client as unknown as Record<string, Delegate>)[name]!
    const { userId, categoryIds } = await seedPosts(quire, raw, POSTS)
    const posts = raw('posts')
    const randomId = (): number => 1 + Math.floor(Math.random() * POSTS)
    const where = { status: { equals: 'published' }, views: { greater_than: 100 } }
    const rawWhere = { status: 'published', views: { gt: 100 } }
    let serial = 0
    const newPost = (): Record<string, unknown> => ({ title: `New ${serial}`, slug: `new-${(serial += 1)}`, status: 'draft', views: 1, author: userId, tags: categoryIds.slice(0, 2) })

    const rows = []
    rows.push({
      op: 'create',
      quire: await measure('quire', 500, () => quire.create({ collection: 'posts', data: newPost(), depth: 0 })),
      baseline: await measure('prisma', 500, () => {
        const { tags, ...data } = newPost()
        const tagRows = (tags as number[]).map((id, index) => ({ order__index: index, categories: id }))
        return posts.create({ data: { ...data, createdAt: new Date(), updatedAt: new Date(), tags: { create: tagRows } }, select: rawPostSelect })
      }),
    })
    rows.push({
      op: 'findByID depth 0',
      quire: await measure('quire', 2000, () => quire.findByID({ collection: 'posts', id: randomId(), depth: 0 })),
      baseline: await measure('prisma', 2000, () => posts.findUnique({ where: { id: randomId() }, select: rawPostSelect })),
    })
    rows.push({
      op: 'find where+sort limit 20 (+count)',
      quire: await measure('quire', 200, (i) => quire.find({ collection: 'posts', where, sort: '-views', limit: 20, page: 1 + (i % 5), depth: 0 })),
      baseline: await measure('prisma', 200, (i) =>
        Promise.all([
          posts.findMany({ where: rawWhere, orderBy: [{ views: { sort: 'desc', nulls: 'first' } }, { id: 'desc' }], take: 20, skip: (i % 5) * 20, select: rawPostSelect }),
          posts.count({ where: rawWhere }),
        ]),
      ),
    })
    rows.push({
      op: 'count where',
      quire: await measure('quire', 300, () => quire.count({ collection: 'posts', where })),
      baseline: await measure('prisma', 300, () => posts.count({ where: rawWhere })),
    })
    rows.push({
      op: 'update by id',
      quire: await measure('quire', 500, () => quire.update({ collection: 'posts', id: randomId(), data: { views: 7, title: 'Updated' }, depth: 0 })),
      baseline: await measure('prisma', 500, () => posts.update({ where: { id: randomId() }, data: { views: 7, title: 'Updated', updatedAt: new Date() }, select: rawPostSelect })),
    })
    rows.push({
      op: 'update many (500 docs)',
      quire: await measure('quire', 5, (i) => quire.update({ collection: 'posts', where: { id: { greater_than: i * 500, less_than_equal: (i + 1) * 500 } }, data: { status: i % 2 ? 'draft' : 'published' }, depth: 0 })),
      baseline: await measure('prisma', 5, async (i) => {
        const range = { id: { gt: i * 500, lte: (i + 1) * 500 } }
        await posts.updateMany({ where: range, data: { status: i % 2 ? 'draft' : 'published', updatedAt: new Date() } })
        return posts.findMany({ where: range, select: rawPostSelect })
      }),
      note: 'both return the updated docs',
    })
    const deletable = (await quire.find({ collection: 'posts', where: { title: { like: 'New' } }, limit: 0, select: {} })).docs.map((doc) => doc.id as number)
    rows.push({
      op: 'delete by id',
      quire: await measure('quire', 200, (i) => quire.delete({ collection: 'posts', id: deletable[i]!, depth: 0 })),
      baseline: await measure('prisma', 200, (i) => posts.delete({ where: { id: deletable[500 + i]! }, select: rawPostSelect })),
    })
    printComparison(`Local API vs raw Prisma ${prismaVersion()} — ${provider}, ${POSTS} posts (mean of sequential calls; ratio = quire/prisma)`, rows)
  } finally {
    await cleanup()
  }
}
