// A small config touching every storage kind, shared by the printer's text and Prisma tests.
import { buildConfig } from '../config/build-config.ts'

export const printerTestConfig = buildConfig({
  secret: 'printer-test-secret-of-at-least-32-chars',
  db: { url: 'file:./unused.db' },
  collections: [
    {
      slug: 'users',
      fields: [
        { name: 'name', type: 'text' },
        { name: 'email', type: 'email', unique: true },
        { name: 'age', type: 'number', index: true },
        { name: 'active', type: 'checkbox' },
        { name: 'born', type: 'date' },
        { name: 'prefs', type: 'json' },
        { name: 'address', type: 'group', fields: [{ name: 'city', type: 'text' }, { name: 'geo', type: 'point' }] },
      ],
    },
    {
      slug: 'categories',
      timestamps: false,
      fields: [
        { name: 'title', type: 'text' },
        { name: 'parent', type: 'relationship', relationTo: 'categories' },
      ],
    },
    {
      slug: 'blog-posts',
      fields: [
        { name: 'author', type: 'relationship', relationTo: 'users' },
        { name: 'tags', type: 'relationship', relationTo: 'categories', hasMany: true },
        { name: 'related', type: 'relationship', relationTo: ['blog-posts', 'categories'] },
        { name: 'flavours', type: 'select', hasMany: true, options: ['sweet', 'sour'] },
        { name: 'keywords', type: 'text', hasMany: true, index: true },
        { name: 'scores', type: 'number', hasMany: true, minRows: 1 },
        {
          name: 'links',
          type: 'array',
          fields: [
            { name: 'label', type: 'text' },
            { name: 'target', type: 'relationship', relationTo: 'users' },
            { name: 'attributes', type: 'array', fields: [{ name: 'key', type: 'text' }] },
          ],
        },
      ],
    },
  ],
  globals: [{ slug: 'site-settings', fields: [{ name: 'siteName', type: 'text' }] }],
})
