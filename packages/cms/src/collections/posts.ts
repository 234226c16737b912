// Articles. Deliberately uses every field type core supports, so the product's own model
// exercises the schema printer, the type printer and the Local API end to end.
// Access: everyone signed in reads and writes posts; authors change and delete only the posts
// whose author they are, and cannot hand a post to someone else (assignAuthor, `author`'s
// field access); admins and editors manage every post.
import type { BeforeChangeHook, CollectionConfig } from '@quire/core'
import { anyoneSignedIn, contentManagersField, managersOrOwner, managesContent, roleOf } from '../access/roles.ts'

/** A new post belongs to whoever writes it, unless a content manager names another author. */
const assignAuthor: BeforeChangeHook = ({ data, operation, req }) => {
  if (operation !== 'create' || !req.user || roleOf(req.user) === undefined) return data
  if (managesContent(req.user) && data.author !== undefined && data.author !== null) return data
  return { ...data, author: req.user.id }
}

export const posts: CollectionConfig = {
  slug: 'posts',
  defaultSort: '-createdAt',
  admin: { useAsTitle: 'title' },
  access: { create: anyoneSignedIn, update: managersOrOwner('author'), delete: managersOrOwner('author') },
  hooks: { beforeChange: [assignAuthor] },
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
    { name: 'author', type: 'relationship', relationTo: 'users', access: { update: contentManagersField } },
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
