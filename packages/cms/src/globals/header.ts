import type { GlobalConfig } from '@quire/core'

export const header: GlobalConfig = {
  slug: 'header',
  fields: [
    {
      name: 'nav',
      type: 'array',
      fields: [
        { name: 'label', type: 'text', required: true, localized: true },
        { name: 'url', type: 'text', required: true },
      ],
    },
    { name: 'tagline', type: 'text' },
  ],
}
