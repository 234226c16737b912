// The content model of the population benchmark: posts with an author, a category that has
// a parent category, and ordered tags, so depth 2 has a second level to load.
import { buildConfig } from '@quire/core'

export const populationBenchConfig = buildConfig({
  secret: 'benchmark-secret-at-least-32-characters-long',
  db: { url: 'file:./unused.db' },
  collections: [
    { slug: 'users', fields: [{ name: 'name', type: 'text', required: true }, { name: 'bio', type: 'textarea' }] },
    { slug: 'categories', fields: [{ name: 'name', type: 'text', required: true }, { name: 'parent', type: 'relationship', relationTo: 'categories' }] },
    {
      slug: 'posts',
      fields: [
        { name: 'title', type: 'text', required: true },
        { name: 'views', type: 'number' },
        { name: 'author', type: 'relationship', relationTo: 'users' },
        { name: 'category', type: 'relationship', relationTo: 'categories' },
        { name: 'tags', type: 'relationship', relationTo: 'categories', hasMany: true },
      ],
    },
  ],
})

const user = { id: true, createdAt: true, updatedAt: true, name: true, bio: true }
const category = { id: true, createdAt: true, updatedAt: true, name: true, parent: true }
const categoryWithParent = { ...category, parent__rel: { select: category } }
const byPosition = { order__index: 'asc' }

/** Raw Prisma selects loading what Quire returns at depth 0, 1 and 2. */
export function rawPostSelect(depth: 0 | 1 | 2): Record<string, unknown> {
  const own = { id: true, createdAt: true, updatedAt: true, title: true, views: true }
  if (depth === 0) return { ...own, author: true, category: true, tags: { select: { categories: true }, orderBy: byPosition } }
  const cat = depth === 2 ? categoryWithParent : category
  return {
    ...own,
    author__rel: { select: user },
    category__rel: { select: cat },
    tags: { select: { categories__rel: { select: cat } }, orderBy: byPosition },
  }
}
