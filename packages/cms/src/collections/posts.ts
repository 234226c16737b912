// Articles. Deliberately uses every field type core supports, so the product's own model
// exercises the schema printer, the type printer and the Local API end to end.
import type { CollectionConfig } from '@quire/core'

export const posts: CollectionConfig = {
  slug: 'posts',
  defaultSort: '-createdAt',
  admin: { useAsTitle: 'title' },
  fields: [
    { name: 'title', type: 'text', required: true, maxLength: 200, localized: true },
    { name: 'slug', type: 'text', unique: true, index: true },
    { name: 'excerpt', type: 'textarea', maxLength: 500, localized: true },
    { name: 'content', type: 'richText', localized: true },
    {
      name: 'status',
      type: 'select',
      options: [
        { label: 'Draft', value: 'draft' },
        { label: 'Published', value: 'published' },
      ],
      defaultValue: 'draft',
      index: true,
    },
    { name: 'publishedAt', type: 'date' },
    { name: 'views', type: 'number', min: 0, defaultValue: 0 },
    { name: 'featured', type: 'checkbox', defaultValue: false },
    { name: 'author', type: 'relationship', relationTo: 'users' },
    { name: 'category', type: 'relationship', relationTo: 'categories' },
    { name: 'tags', type: 'relationship', relationTo: 'categories', hasMany: true },
    { name: 'related', type: 'relationship', relationTo: ['posts', 'categories'], hasMany: true },
    { name: 'heroImage', type: 'upload', relationTo: 'media' },
    {
      name: 'meta',
      type: 'group',
      fields: [
        { name: 'title', type: 'text', maxLength: 70 },
        { name: 'description', type: 'textarea', maxLength: 160 },
      ],
    },
    {
      name: 'links',
      type: 'array',
      fields: [
        { name: 'label', type: 'text', required: true },
        { name: 'url', type: 'text', required: true },
        {
          name: 'attributes',
          type: 'array',
          fields: [
            { name: 'name', type: 'text' },
            { name: 'value', type: 'text' },
          ],
        },
      ],
    },
    { name: 'location', type: 'point' },
    { name: 'settings', type: 'json' },
    { name: 'flavours', type: 'select', hasMany: true, options: ['a', 'b', 'c'] },
  ],
}
