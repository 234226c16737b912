// The content model the benchmarks run on: a typical post with columns, a foreign key and an
// ordered hasMany relationship, so both sides pay for a child table.
import { buildConfig } from '@quire/core'

export const benchConfig = buildConfig({
  secret: 'benchmark-secret-at-least-32-characters-long',
  db: { url: 'file:./unused.db' },
  collections: [
    { slug: 'users', fields: [{ name: 'name', type: 'text', required: true }] },
    { slug: 'categories', fields: [{ name: 'name', type: 'text', required: true }] },
    {
      slug: 'posts',
      fields: [
        { name: 'title', type: 'text', required: true, maxLength: 200 },
        { name: 'slug', type: 'text', unique: true },
        { name: 'status', type: 'select', options: ['draft', 'published'], defaultValue: 'draft', index: true },
        { name: 'views', type: 'number', min: 0, defaultValue: 0, index: true },
        { name: 'author', type: 'relationship', relationTo: 'users' },
        { name: 'tags', type: 'relationship', relationTo: 'categories', hasMany: true },
      ],
    },
  ],
})

/** What raw Prisma must select to return the same document. */
export const rawPostSelect = {
  id: true,
  createdAt: true,
  updatedAt: true,
  title: true,
  slug: true,
  status: true,
  views: true,
  author: true,
  tags: { select: { categories: true }, orderBy: { order__index: 'asc' } },
}
