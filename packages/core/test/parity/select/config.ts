// Payload's test/select config (3.88.0), adapted to Quire: the same collections and fields, less
// what Quire does not have — blocks, tabs, custom ids, versions, forceSelect, rich text editors
// (see ../README.md). The `pages` collection's `content` blocks become an array of the same rows.
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import '../../../src/uploads/index.ts'
import { buildConfig } from '../../../src/config/build-config.ts'
import type { Field } from '../../../src/config/fields.ts'

export const uploadDir = mkdtempSync(join(tmpdir(), 'quire-parity-select-'))

const textAndNumber: Field[] = [
  { name: 'text', type: 'text' },
  { name: 'number', type: 'number' },
]

export const selectConfig = buildConfig({
  secret: 'parity-select-secret-0123456789abcdef',
  db: { url: 'file:./unused.db' },
  localization: { locales: ['en', 'de'], defaultLocale: 'en' },
  collections: [
    { slug: 'rels', fields: [{ name: 'text', type: 'text' }] },
    { slug: 'upload', upload: { staticDir: uploadDir }, fields: [] },
    {
      slug: 'posts',
      fields: [
        ...textAndNumber,
        { name: 'select', type: 'select', options: ['a', 'b'] },
        { name: 'selectMany', type: 'select', options: ['a', 'b'], hasMany: true },
        { name: 'group', type: 'group', fields: textAndNumber },
        { name: 'array', type: 'array', fields: textAndNumber },
        { name: 'hasOne', type: 'relationship', relationTo: 'rels' },
        { name: 'hasMany', type: 'relationship', hasMany: true, relationTo: 'rels' },
        { name: 'hasManyUpload', type: 'upload', hasMany: true, relationTo: 'upload' },
        { name: 'hasOnePoly', type: 'relationship', relationTo: ['rels'] },
        { name: 'hasManyPoly', type: 'relationship', hasMany: true, relationTo: ['rels'] },
      ],
    },
    {
      slug: 'localized-posts',
      fields: [
        { name: 'text', type: 'text', localized: true },
        { name: 'number', type: 'number', localized: true },
        { name: 'select', type: 'select', options: ['a', 'b'] },
        { name: 'selectMany', type: 'select', options: ['a', 'b'], hasMany: true },
        { name: 'group', type: 'group', localized: true, fields: textAndNumber },
        { name: 'groupSecond', type: 'group', fields: [{ name: 'text', type: 'text', localized: true }, { name: 'number', type: 'number' }] },
        { name: 'array', type: 'array', localized: true, fields: textAndNumber },
        { name: 'arraySecond', type: 'array', fields: [{ name: 'text', type: 'text', localized: true }, { name: 'number', type: 'number' }] },
      ],
    },
    {
      slug: 'deep-posts',
      fields: [
        { name: 'group', type: 'group', fields: [{ name: 'array', type: 'array', fields: [{ name: 'group', type: 'group', fields: textAndNumber }] }] },
        { name: 'arrayTop', type: 'array', fields: [{ name: 'text', type: 'text' }, { name: 'arrayNested', type: 'array', fields: textAndNumber }] },
      ],
    },
    { slug: 'points', fields: [{ name: 'text', type: 'text' }, { name: 'point', type: 'point' }] },
    {
      slug: 'pages',
      defaultPopulate: { slug: true, array: { title: true } },
      access: { read: () => true },
      fields: [
        { name: 'relatedPage', type: 'relationship', relationTo: 'pages' },
        {
          name: 'content',
          type: 'array',
          fields: [
            { name: 'title', type: 'text', required: true },
            {
              name: 'link',
              type: 'group',
              fields: [
                { name: 'docPoly', type: 'relationship', relationTo: ['pages'] },
                { name: 'doc', type: 'relationship', relationTo: 'pages' },
                { name: 'docMany', hasMany: true, type: 'relationship', relationTo: 'pages' },
                { name: 'docHasManyPoly', type: 'relationship', relationTo: ['pages'], hasMany: true },
                { name: 'label', type: 'text', required: true },
              ],
            },
          ],
        },
        { name: 'slug', type: 'text', required: true },
        { name: 'additional', type: 'text' },
        { name: 'array', type: 'array', fields: [{ name: 'title', type: 'text' }, { name: 'other', type: 'text' }] },
      ],
    },
  ],
  globals: [{ slug: 'global-post', fields: textAndNumber }],
})
