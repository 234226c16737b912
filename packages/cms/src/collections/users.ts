// People who write and edit content, and sign in: `auth: true` adds the password (write-only),
// sessions, lockout and the hidden auth fields (core's auth feature). `email` is declared here
// to keep its place in the form; auth keeps a declared email field as it is.
//
// Access: everyone signed in may read users (to show and pick authors); only admins create,
// delete, change roles or email addresses, so no one can promote themselves or redirect
// another account's password-reset mail. A user may edit their own other fields (the name);
// their own password changes through auth.changePassword, which asks for the current one.
import type { CollectionConfig } from '@quire/core'
import { adminsOnly, adminsOnlyField, isAdmin, roleOf } from '../access/roles.ts'
import { env } from '../env.ts'

export const users: CollectionConfig = {
  slug: 'users',
  admin: { useAsTitle: 'name' },
  // REFRESH_GRACE_SECONDS (env.ts) may shorten the 30 s a rotated-out token keeps working.
  auth: env.refreshGracePeriod === undefined ? true : { refreshGracePeriod: env.refreshGracePeriod },
  access: {
    create: adminsOnly,
    update: ({ req }) => (isAdmin(req.user) ? true : roleOf(req.user) && req.user ? { id: { equals: req.user.id } } : false),
    delete: adminsOnly,
  },
  fields: [
    { name: 'name', type: 'text', required: true },
    { name: 'email', type: 'email', required: true, unique: true, access: { update: adminsOnlyField } },
    {
      name: 'role',
      type: 'select',
      options: [
        { label: 'Admin', value: 'admin' },
        { label: 'Editor', value: 'editor' },
        { label: 'Author', value: 'author' },
      ],
      defaultValue: 'author',
      access: { create: adminsOnlyField, update: adminsOnlyField },
    },
  ],
}
