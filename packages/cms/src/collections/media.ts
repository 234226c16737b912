// Images and PDFs. `upload` adds the file fields (filename, mimeType, filesize, width, height,
// focalX/focalY, sizes, url) and the checks: type from the bytes, 10 MiB, 40 MP. Files live
// in the database's own media folder, <repo>/data/media/media for the default database
// (resolved here, so every process finds the same directory; see database-identity.ts) and
// are served at /media/media/<filename>. Everyone signed in may upload (authors illustrate
// their posts); changing or deleting a file that posts may use is for content managers.
import { resolve } from 'node:path'
import type { CollectionConfig } from '@quire/core'
import { anyoneSignedIn, contentManagers } from '../access/roles.ts'
import { env } from '../env.ts'

export const media: CollectionConfig = {
  slug: 'media',
  admin: { useAsTitle: 'alt' },
  access: { create: anyoneSignedIn, update: contentManagers, delete: contentManagers },
  upload: {
    staticDir: resolve(env.mediaRoot, 'media'),
    mimeTypes: ['image/*', 'application/pdf'],
    imageSizes: [
      { name: 'thumbnail', width: 300, height: 300, fit: 'cover' },
      { name: 'card', width: 768 },
    ],
  },
  fields: [
    { name: 'alt', type: 'text', required: true },
    { name: 'caption', type: 'textarea' },
  ],
}
