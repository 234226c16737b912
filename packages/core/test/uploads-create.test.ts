// Upload collections through the Local API: the file fields, sizes and URLs of a create,
// `filePath`, the seed's createPostWithUpload flow and each config option.
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { APIError, PayloadTooLarge } from '../src/errors/api-error.ts'
import { testProviders } from '../src/testing/index.ts'
import { uploadStorageFor } from '../src/uploads/storage-registry.ts'
import { file, filesIn, jpeg, png, text } from './fixtures/upload-files.ts'
import { setupUploads, type UploadsSetup } from './fixtures/uploads-config.ts'

const PDF = text('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n')

describe.each(testProviders())('upload create on %s', (provider) => {
  let setup: UploadsSetup
  beforeAll(async () => {
    setup = await setupUploads(provider)
  })
  afterAll(() => setup.cleanup())

  it('stores the original untouched, records its fields and generates the sizes', async () => {
    // Other tests of this file store files in the same folder: only this test's are compared.
    const before = await filesIn(setup.dir('media'))
    const data = await png(1000, 500)
    const doc = await setup.quire.create({ collection: 'media', data: { alt: 'A' }, file: file(data, 'Beach Day.png', 'image/png') })
    expect(doc).toMatchObject({
      alt: 'A',
      filename: 'Beach-Day.png',
      mimeType: 'image/png',
      filesize: data.byteLength,
      width: 1000,
      height: 500,
      focalX: 50,
      focalY: 50,
      url: '/media/media/Beach-Day.png',
      sizes: {
        thumbnail: { filename: 'Beach-Day-300x300.png', width: 300, height: 300, mimeType: 'image/png', url: '/media/media/Beach-Day-300x300.png' },
        card: { filename: 'Beach-Day-768x384.png', width: 768, height: 384, mimeType: 'image/png', url: '/media/media/Beach-Day-768x384.png' },
      },
    })
    const sizes = doc.sizes as Record<string, { filesize: number; filename: string }>
    expect((await filesIn(setup.dir('media'))).filter((name) => !before.includes(name))).toEqual(['Beach-Day-300x300.png', 'Beach-Day-768x384.png', 'Beach-Day.png'])
    expect(new Uint8Array(await readFile(join(setup.dir('media'), 'Beach-Day.png')))).toEqual(data)
    const thumbnail = await readFile(join(setup.dir('media'), 'Beach-Day-300x300.png'))
    expect(sizes.thumbnail!.filesize).toBe(thumbnail.byteLength)
    expect(await sharp(thumbnail).metadata()).toMatchObject({ width: 300, height: 300, format: 'png' })
    // Reads compute the same URLs.
    const found = await setup.quire.findByID({ collection: 'media', id: doc.id })
    expect(found.url).toBe('/media/media/Beach-Day.png')
    expect((found.sizes as Record<string, { url: string }>).card!.url).toBe('/media/media/Beach-Day-768x384.png')
  })

  it('skips sizes larger than the image (their fields are null) and handles PDFs as plain files', async () => {
    const small = await setup.quire.create({ collection: 'media', data: { alt: 'small' }, file: file(await png(400, 200), 'small.png') })
    const empty = { filename: null, width: null, height: null, mimeType: null, filesize: null, url: null }
    expect(small.sizes).toEqual({ thumbnail: empty, card: empty })
    const pdf = await setup.quire.create({ collection: 'media', data: { alt: 'doc' }, file: file(PDF, 'Report.pdf', 'application/pdf') })
    expect(pdf).toMatchObject({ filename: 'Report.pdf', mimeType: 'application/pdf', filesize: PDF.byteLength, width: null, height: null, sizes: { thumbnail: empty, card: empty } })
    expect(await filesIn(setup.dir('media'))).toContain('Report.pdf')
  })

  it('filePath: reads an absolute path; name from its basename, type from its bytes', async () => {
    const path = join(setup.root, 'upload source.jpg')
    await writeFile(path, await jpeg(320, 320))
    const doc = await setup.quire.create({ collection: 'media', data: { alt: 'from disk' }, filePath: path })
    expect(doc).toMatchObject({ filename: 'upload-source.jpg', mimeType: 'image/jpeg', width: 320, height: 320, sizes: { thumbnail: { filename: 'upload-source-300x300.jpg' } } })
    await expect(setup.quire.create({ collection: 'media', data: { alt: 'x' }, filePath: 'relative.jpg' })).rejects.toThrow('filePath must be an absolute path')
  })

  it("the seed's createPostWithUpload flow: a media document from a file, then a post using it", async () => {
    const media = await setup.quire.create({ collection: 'media', data: { alt: 'Hero' }, file: file(await jpeg(1200, 800), 'hero.jpg', 'image/jpeg') })
    const post = await setup.quire.create({ collection: 'posts', data: { title: 'With hero', heroImage: media.id }, depth: 1 })
    expect(post.heroImage).toMatchObject({ id: media.id, alt: 'Hero', filename: 'hero.jpg', url: '/media/media/hero.jpg', sizes: { thumbnail: { url: '/media/media/hero-300x300.jpg' }, card: { url: '/media/media/hero-768x512.jpg' } } })
    const { docs } = await setup.quire.find({ collection: 'posts', where: { 'heroImage.filename': { equals: 'hero.jpg' } }, depth: 0 })
    expect(docs.map((doc) => doc.id)).toEqual([post.id])
  })

  it('mimeTypes: a type outside the list is 400 "Invalid file type" and nothing is stored', async () => {
    const before = await filesIn(setup.dir('media'))
    const error = await setup.quire.create({ collection: 'media', data: { alt: 'x' }, file: file(text('plain notes'), 'notes.png', 'image/png') }).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(APIError)
    expect((error as APIError).status).toBe(400)
    expect((error as APIError).message).toBe('Invalid file type')
    expect(await filesIn(setup.dir('media'))).toEqual(before)
    expect((await setup.quire.count({ collection: 'media', where: { alt: { equals: 'x' } } })).totalDocs).toBe(0)
  })

  it('filesizeLimit: one byte over is 413 (never truncated), the limit itself is accepted', async () => {
    const error = await setup.quire.create({ collection: 'files', data: {}, file: file(text('a'.repeat(2001)), 'big.txt') }).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(PayloadTooLarge)
    expect((error as APIError).status).toBe(413)
    expect(await filesIn(setup.dir('files'))).toEqual([])
    const ok = await setup.quire.create({ collection: 'files', data: {}, file: file(text('a'.repeat(2000)), 'limit.md') })
    expect(ok).toMatchObject({ filename: 'limit.txt', mimeType: 'text/plain', filesize: 2000 })
    expect((await readFile(join(setup.dir('files'), 'limit.txt'))).byteLength).toBe(2000)
  })

  it('filesRequiredOnCreate: default → 400 "No files were uploaded."; false → documents without a file', async () => {
    await expect(setup.quire.create({ collection: 'media', data: { alt: 'no file' } })).rejects.toThrow('No files were uploaded.')
    const a = await setup.quire.create({ collection: 'files', data: { title: 'a' } })
    const b = await setup.quire.create({ collection: 'files', data: { title: 'b', filename: 'sneaky.txt' } })
    expect([a.filename, b.filename, a.url, b.url]).toEqual([null, null, null, null])
  })

  it('formatOptions, resizeOptions, per-size fit/position/format/withoutEnlargement, focalPoint: false, urlPrefix', async () => {
    const doc = await setup.quire.create({ collection: 'converted', data: {}, file: file(await png(300, 150), 'pic.png') })
    expect(doc).toMatchObject({ filename: 'pic.webp', mimeType: 'image/webp', width: 200, height: 100, url: 'https://cdn.example.com/converted/pic.webp' })
    expect(doc).not.toHaveProperty('focalX')
    expect(doc.sizes).toMatchObject({
      small: { filename: 'pic-50x50.png', width: 50, height: 50, mimeType: 'image/png' },
      kept: { filename: 'pic-200x100.webp', width: 200, height: 100, mimeType: 'image/webp' },
      enlarged: { filename: 'pic-400x200.webp', width: 400, height: 200 },
      top: { filename: 'pic-100x40.webp', width: 100, height: 40, url: 'https://cdn.example.com/converted/pic-100x40.webp' },
    })
    const stored = await readFile(join(setup.dir('converted'), 'pic.webp'))
    expect(await sharp(stored).metadata()).toMatchObject({ format: 'webp', width: 200, height: 100 })
    expect(await filesIn(setup.dir('converted'))).toEqual(['pic-100x40.webp', 'pic-200x100.webp', 'pic-400x200.webp', 'pic-50x50.png', 'pic.webp'])
  })

  it('maxPixels: a real image over the limit is 413 before any file is written', async () => {
    const before = await filesIn(setup.dir('converted'))
    const error = await setup.quire.create({ collection: 'converted', data: {}, file: file(await png(1001, 1000), 'huge.png') }).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(PayloadTooLarge)
    expect(await filesIn(setup.dir('converted'))).toEqual(before)
  })

  it('EXIF orientation: the original is turned upright and its dimensions recorded upright', async () => {
    const doc = await setup.quire.create({ collection: 'media', data: { alt: 'rotated' }, file: file(await jpeg(400, 320, { orientation: 6 }), 'rotated.jpg') })
    expect(doc).toMatchObject({ width: 320, height: 400 })
    const stored = await sharp(await readFile(join(setup.dir('media'), 'rotated.jpg'))).metadata()
    expect([stored.width, stored.height, stored.orientation ?? 1]).toEqual([320, 400, 1])
  })

  it('a custom storage adapter receives the files and supplies the URLs', async () => {
    const doc = await setup.quire.create({ collection: 'memory', data: { title: 'm' }, file: file(await png(40, 40), 'm.png') })
    expect(doc).toMatchObject({ filename: 'm.png', url: 'memory://bucket/m.png', sizes: { thumb: { filename: 'm-20x20.png', url: 'memory://bucket/m-20x20.png' } } })
    expect([...setup.memory.files.keys()].sort()).toEqual(['m-20x20.png', 'm.png'])
    expect(setup.memory.files.get('m.png')!.contentType).toBe('image/png')
    const collection = setup.config.collections.find((entry) => entry.slug === 'memory')!
    expect(uploadStorageFor(collection)).toBe(setup.memory)
    expect(uploadStorageFor(setup.config.collections.find((entry) => entry.slug === 'posts')!)).toBeUndefined()
  })
})
