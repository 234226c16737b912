// People who write and edit content. Auth (password, sessions) is added with the auth issue.
import type { CollectionConfig } from '@quire/core'

export const users: CollectionConfig = {
  slug: 'users',
  admin: { useAsTitle: 'name' },
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
