// Images and files. The upload base fields are plain fields until upload handling lands;
// then the `upload` option will add and fill them instead.
import type { CollectionConfig } from '@quire/core'

export const media: CollectionConfig = {
  slug: 'media',
  admin: { useAsTitle: 'alt' },
  fields: [
    { name: 'alt', type: 'text', required: true },
    { name: 'caption', type: 'textarea' },
    { name: 'filename', type: 'text', unique: true },
    { name: 'mimeType', type: 'text' },
    { name: 'filesize', type: 'number' },
    { name: 'width', type: 'number' },
    { name: 'height', type: 'number' },
    { name: 'url', type: 'text' },
  ],
}
