// The site header: navigation links (labels per language) and a tagline. Everyone signed in
// reads it; content managers (admins, editors) change it. A link's address is checked by core's
// validateUrl (http, https, mailto or a path of this site), so no `javascript:` link is stored.
import { validateUrl, type GlobalConfig } from '@quire/core'
import { contentManagers } from '../access/roles.ts'

export const header: GlobalConfig = {
  slug: 'header',
  access: { update: contentManagers },
  fields: [
    {
      name: 'nav',
      type: 'array',
      fields: [
        { name: 'label', type: 'text', required: true, localized: true },
        { name: 'url', type: 'text', required: true, validate: validateUrl },
      ],
    },
    { name: 'tagline', type: 'text' },
  ],
}
