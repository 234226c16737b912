// A small content model for the upload and media tests, with its files in a temp directory
// (the product's media collection writes under <repo>/data): users; `media` (images and PDFs,
// a thumbnail size, 100 kB; readable by anyone except documents whose alt is "hidden", which
// only signed-in users see); `documents` (read access requires sign-in); posts with a
// heroImage. Built per test file, because upload storages are fixed when a config is built.
import { join } from 'node:path'
import { buildConfig, type Access, type AfterChangeHook, type SanitizedConfig } from '@quire/core'
import { TEST_SECRET } from './test-server.ts'

export const MEDIA_FILESIZE_LIMIT = 100_000

const signedIn: Access = ({ req }) => Boolean(req.user)
const hiddenFromAnonymous: Access = ({ req }) => (req.user ? true : { alt: { not_equals: 'hidden' } })

/** `mediaAfterChange` runs after the upload's own afterChange: the files are written, nothing is committed. */
export function uploadTestConfig(root: string, hooks: { mediaAfterChange?: AfterChangeHook } = {}): SanitizedConfig {
  return buildConfig({
    secret: TEST_SECRET,
    db: { url: 'file:./unused.db' },
    collections: [
      { slug: 'users', auth: { scrypt: { N: 1024, r: 8, p: 1 } }, fields: [{ name: 'name', type: 'text' }] },
      {
        slug: 'media',
        access: { read: hiddenFromAnonymous, create: signedIn },
        upload: {
          staticDir: join(root, 'media'),
          mimeTypes: ['image/*', 'application/pdf'],
          filesizeLimit: MEDIA_FILESIZE_LIMIT,
          imageSizes: [{ name: 'thumbnail', width: 16, height: 16 }],
        },
        fields: [
          { name: 'alt', type: 'text', required: true },
          { name: 'caption', type: 'textarea' },
        ],
        ...(hooks.mediaAfterChange ? { hooks: { afterChange: [hooks.mediaAfterChange] } } : {}),
      },
      {
        slug: 'documents',
        access: { read: signedIn, create: signedIn },
        upload: { staticDir: join(root, 'documents'), mimeTypes: ['application/pdf', 'image/svg+xml', 'text/plain'] },
        fields: [{ name: 'title', type: 'text' }],
      },
      {
        slug: 'posts',
        fields: [
          { name: 'title', type: 'text', required: true, maxLength: 200 },
          { name: 'slug', type: 'text' },
          { name: 'excerpt', type: 'textarea' },
          { name: 'status', type: 'select', options: ['draft', 'published'], defaultValue: 'draft' },
          { name: 'heroImage', type: 'upload', relationTo: 'media' },
        ],
      },
    ],
  })
}
