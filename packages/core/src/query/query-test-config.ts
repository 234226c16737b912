// The content model shared by the query tests (unit and database): every storage shape a
// `where` or `sort` can cross — groups, arrays (nested), single and hasMany relationships two
// hops deep, polymorphic relationships, hasMany selects, texts and numbers, JSON.
import type { Config } from '../config/types.ts'

export const queryTestConfig: Config = {
  secret: 'query-tests-secret-0123456789abcdef',
  db: { url: 'file:./unused.db' },
  collections: [
    { slug: 'teams', fields: [{ name: 'title', type: 'text' }] },
    {
      slug: 'users',
      fields: [
        { name: 'name', type: 'text' },
        { name: 'team', type: 'relationship', relationTo: 'teams' },
      ],
    },
    { slug: 'tags', fields: [{ name: 'name', type: 'text' }] },
    {
      slug: 'posts',
      fields: [
        { name: 'title', type: 'text' },
        { name: 'views', type: 'number' },
        { name: 'published', type: 'checkbox' },
        { name: 'publishedAt', type: 'date' },
        { name: 'data', type: 'json' },
        {
          name: 'meta',
          type: 'group',
          fields: [
            { name: 'title', type: 'text' },
            { name: 'reviewer', type: 'relationship', relationTo: 'users' },
          ],
        },
        { name: 'author', type: 'relationship', relationTo: 'users' },
        { name: 'tags', type: 'relationship', relationTo: 'tags', hasMany: true },
        { name: 'related', type: 'relationship', relationTo: ['users', 'tags'] },
        { name: 'mentions', type: 'relationship', relationTo: ['users', 'tags'], hasMany: true },
        { name: 'categories', type: 'select', hasMany: true, options: ['news', 'tech', 'life'] },
        { name: 'keywords', type: 'text', hasMany: true },
        { name: 'ratings', type: 'number', hasMany: true },
        {
          name: 'links',
          type: 'array',
          fields: [
            { name: 'label', type: 'text' },
            { name: 'owner', type: 'relationship', relationTo: 'users' },
            { name: 'sub', type: 'array', fields: [{ name: 'label', type: 'text' }] },
          ],
        },
      ],
    },
  ],
}
