// People who write and edit content, and sign in: `auth: true` adds the password (write-only),
// sessions, lockout and the hidden auth fields (core's auth feature). `email` is declared here
// to keep its place in the form; auth keeps a declared email field as it is.
import type { CollectionConfig } from '@quire/core'

export const users: CollectionConfig = {
  slug: 'users',
  admin: { useAsTitle: 'name' },
  auth: true,
  fields: [
    { name: 'name', type: 'text', required: true },
    { name: 'email', type: 'email', required: true, unique: true },
    {
      name: 'role',
      type: 'select',
      options: [
        { label: 'Admin', value: 'admin' },
        { label: 'Editor', value: 'editor' },
        { label: 'Author', value: 'author' },
      ],
      defaultValue: 'author',
    },
  ],
}
