import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { buildConfig } from '../config/build-config.ts'
import type { CollectionConfig } from '../config/types.ts'
import { InvalidConfigError } from '../errors/api-error.ts'
import './index.ts'
import { checkUploadOptions, resolveUploadOptions } from './resolve-upload-options.ts'
import { uploadStorageFor } from './storage-registry.ts'

const collection = (upload: CollectionConfig['upload'], fields: CollectionConfig['fields'] = []): CollectionConfig => ({ slug: 'media', upload, fields })

describe('resolveUploadOptions', () => {
  it('fills the defaults; a relative staticDir is resolved against process.cwd()', () => {
    expect(resolveUploadOptions(collection(true))).toEqual({
      staticDir: join(process.cwd(), 'data/media/media'),
      urlPrefix: '/media/media',
      filesizeLimit: 10 * 1024 * 1024,
      imageSizes: [],
      focalPoint: true,
      maxPixels: 40_000_000,
      filesRequiredOnCreate: true,
      quota: { maxUploads: 30, windowSeconds: 60, maxBytes: 1024 * 1024 * 1024 },
    })
    expect(resolveUploadOptions(collection({ quota: false })).quota).toBe(false)
    expect(resolveUploadOptions(collection({ quota: { maxUploads: 5 } })).quota).toEqual({ maxUploads: 5, windowSeconds: 60, maxBytes: 1024 * 1024 * 1024 })
    expect(resolveUploadOptions(collection({ staticDir: '/srv/files', urlPrefix: 'https://cdn.example.com/x/' }))).toMatchObject({ staticDir: '/srv/files', urlPrefix: 'https://cdn.example.com/x' })
  })
})

describe('checkUploadOptions', () => {
  it('accepts sensible options', () => {
    expect(checkUploadOptions(collection({ mimeTypes: ['image/*', 'application/pdf'], imageSizes: [{ name: 'thumb_small', width: 10 }], formatOptions: { format: 'webp' } }))).toEqual([])
  })

  it('reports each problem with its path', () => {
    expect(
      checkUploadOptions(
        collection({
          mimeTypes: ['images', 'image/*'],
          filesizeLimit: -1,
          maxPixels: 1.5,
          urlPrefix: 'media',
          formatOptions: { format: 'bmp' as never },
          imageSizes: [{ name: 'thumb-small', width: 0 }, { name: 'a' }, { name: 'a', width: 1, fit: 'stretch' as never }],
        }),
      ),
    ).toEqual([
      'media.upload.urlPrefix: must start with "/" or "http(s)://"',
      'media.upload.mimeTypes: "images" is not a type like "image/png" or "image/*"',
      'media.upload.filesizeLimit: must be a whole number > 0',
      'media.upload.maxPixels: must be a whole number > 0',
      'media.upload.formatOptions.format: one of jpeg, png, webp, avif, gif, tiff',
      'media.upload.imageSizes[0].name: use letters, digits and single underscores (it becomes sizes.<name>)',
      'media.upload.imageSizes[0].width: must be a whole number of pixels > 0',
      'media.upload.imageSizes[1]: give a width, a height or both',
      'media.upload.imageSizes[2].name: duplicate size name "a"',
      'media.upload.imageSizes[2].fit: one of cover, contain, fill, inside, outside',
    ])
  })
})

describe('the upload feature in buildConfig', () => {
  const base = { secret: 'test-secret-that-is-at-least-32-characters', db: { url: 'file:./x.db' } }

  it('adds the file fields and keeps the resolved options (with a storage) on the collection', () => {
    const config = buildConfig({ ...base, collections: [collection({ staticDir: '/srv/m', imageSizes: [{ name: 'thumb', width: 10, height: 10 }] }, [{ name: 'alt', type: 'text' }])] })
    const media = config.collections[0]!
    expect(media.fields.map((field) => field.name)).toEqual(['alt', 'url', 'filename', 'mimeType', 'filesize', 'width', 'height', 'uploadedBy', 'focalX', 'focalY', 'sizes'])
    expect(media.upload).toMatchObject({ staticDir: '/srv/m', urlPrefix: '/media/media' })
    expect(uploadStorageFor(media)?.url('a b.png')).toBe('/media/media/a%20b.png')
  })

  it('refuses a collection that defines a field the feature adds', () => {
    expect(() => buildConfig({ ...base, collections: [collection(true, [{ name: 'filename', type: 'text' }])] })).toThrow(InvalidConfigError)
    const error = (() => {
      try {
        buildConfig({ ...base, collections: [collection({ filesizeLimit: 0 })] })
      } catch (caught) {
        return caught
      }
    })()
    expect((error as InvalidConfigError).problems).toEqual(['media.upload.filesizeLimit: must be a whole number > 0'])
  })
})
