// Seeds the benchmark data through raw Prisma in chunks (fast and identical for both sides).
import type { Quire } from '@quire/core'

export interface Delegate {
  create(args: object): Promise<Record<string, unknown>>
  createMany(args: object): Promise<{ count: number }>
  findUnique(args: object): Promise<unknown>
  findMany(args: object): Promise<Record<string, unknown>[]>
  count(args: object): Promise<number>
  update(args: object): Promise<unknown>
  updateMany(args: object): Promise<unknown>
  delete(args: object): Promise<unknown>
}

export async function seedPosts(quire: Quire, raw: (name: string) => Delegate, count: number): Promise<{ userId: number; categoryIds: number[] }> {
  const user = await quire.create({ collection: 'users', data: { name: 'Bench' } })
  const categoryIds: number[] = []
  for (const name of ['a', 'b', 'c', 'd']) categoryIds.push((await quire.create({ collection: 'categories', data: { name } })).id as number)
  const chunk = 1000
  for (let start = 0; start < count; start += chunk) {
    const now = Date.now()
    const data = Array.from({ length: Math.min(chunk, count - start) }, (_, offset) => {
      const n = start + offset
      return { title: `Post ${n}`, slug: `post-${n}`, status: n % 2 ? 'published' : 'draft', views: n % 1000, author: user.id, createdAt: new Date(now + n), updatedAt: new Date(now + n) }
    })
    await raw('posts').createMany({ data })
  }
  const links = Array.from({ length: count }, (_, index) => [
    { parent__id: index + 1, order__index: 0, categories: categoryIds[index % 4] },
    { parent__id: index + 1, order__index: 1, categories: categoryIds[(index + 1) % 4] },
  ]).flat()
  for (let start = 0; start < links.length; start += chunk) await raw('posts_tags').createMany({ data: links.slice(start, start + chunk) })
  return { userId: user.id as number, categoryIds }
}
