// Categories (and tags: posts.tags points here too). Everyone signed in reads them; only
// content managers (admins, editors) change the list, so authors pick from it.
import type { CollectionConfig } from '@quire/core'
import { contentManagers } from '../access/roles.ts'

export const categories: CollectionConfig = {
  slug: 'categories',
  admin: { useAsTitle: 'name' },
  access: { create: contentManagers, update: contentManagers, delete: contentManagers },
  fields: [
    { name: 'name', type: 'text', required: true, unique: true },
    { name: 'slug', type: 'text', unique: true, index: true },
    { name: 'description', type: 'textarea' },
  ],
}
