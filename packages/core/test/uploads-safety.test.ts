// Every upload safety rule, with real malicious files made in the test: spoofed types, markup
// with scripts, a decompression bomb, hostile file names, client-set file fields.
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { APIError, PayloadTooLarge } from '../src/errors/api-error.ts'
import { testProviders } from '../src/testing/index.ts'
import { detectFileType } from '../src/uploads/detect-file-type.ts'
import { servingHeaders } from '../src/uploads/serving-headers.ts'
import { file, filesIn, png, pngBombHeader, text } from './fixtures/upload-files.ts'
import { setupUploads, type UploadsSetup } from './fixtures/uploads-config.ts'

const SVG_WITH_SCRIPT = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(document.cookie)</script><rect width="10" height="10"/></svg>'
const HTML = '<!DOCTYPE html><html><body><script>fetch("/api/users").then(r => r.text()).then(alert)</script></body></html>'

describe.each(testProviders())('upload safety on %s', (provider) => {
  let setup: UploadsSetup
  const refusal = (promise: Promise<unknown>): Promise<unknown> => promise.then(() => 'accepted', (error: unknown) => error)

  beforeAll(async () => {
    setup = await setupUploads(provider)
  })
  afterAll(() => setup.cleanup())

  it('a PNG named .jpg and claimed as image/jpeg is stored as the PNG it is', async () => {
    const data = await png(64, 64)
    const doc = await setup.quire.create({ collection: 'media', data: { alt: 'liar' }, file: file(data, 'liar.jpg', 'image/jpeg') })
    expect(doc).toMatchObject({ filename: 'liar.png', mimeType: 'image/png' })
    expect(await detectFileType(await readFile(join(setup.dir('media'), 'liar.png')))).toEqual({ mime: 'image/png', ext: 'png' })
  })

  it('HTML claiming to be image/png is refused everywhere, even where any type is allowed', async () => {
    // Other tests of this file store files in the same folder: nothing is added by this one.
    const before = await filesIn(setup.dir('files'))
    for (const collection of ['media', 'files']) {
      const error = await refusal(setup.quire.create({ collection, data: { alt: 'x' }, file: file(text(HTML), 'cat.png', 'image/png') }))
      expect(error).toBeInstanceOf(APIError)
      expect([(error as APIError).status, (error as APIError).message]).toEqual([400, 'Invalid file type'])
    }
    expect(await filesIn(setup.dir('files'))).toEqual(before)
  })

  it('an SVG with a script is refused unless image/svg+xml is listed explicitly; then it is served as an attachment', async () => {
    for (const collection of ['media', 'files']) {
      const error = await refusal(setup.quire.create({ collection, data: { alt: 'x' }, file: file(text(SVG_WITH_SCRIPT), 'logo.png', 'image/png') }))
      expect((error as APIError).message).toBe('Invalid file type')
    }
    const doc = await setup.quire.create({ collection: 'vectors', data: {}, file: file(text(SVG_WITH_SCRIPT), 'logo.svg', 'image/svg+xml') })
    expect(doc).toMatchObject({ filename: 'logo.svg', mimeType: 'image/svg+xml', width: null, height: null })
    expect(servingHeaders(doc.mimeType as string, doc.filename as string)).toMatchObject({ 'Content-Disposition': "attachment; filename*=UTF-8''logo.svg", 'X-Content-Type-Options': 'nosniff' })
    // HTML stays refused even there.
    expect(await refusal(setup.quire.create({ collection: 'vectors', data: {}, file: file(text(HTML), 'x.svg') }))).toBeInstanceOf(APIError)
  })

  it('XML and Windows executables are refused where no list admits them', async () => {
    const before = await filesIn(setup.dir('files'))
    const exe = new Uint8Array(256)
    exe.set([0x4d, 0x5a])
    for (const [data, name] of [
      [text('<?xml version="1.0"?><doc/>'), 'data.xml'],
      [exe, 'setup.exe'],
    ] as const) {
      const error = await refusal(setup.quire.create({ collection: 'files', data: {}, file: file(data, name) }))
      expect((error as APIError).message).toBe('Invalid file type')
    }
    expect(await filesIn(setup.dir('files'))).toEqual(before)
  })

  it('a 30000×30000 PNG bomb is refused from its header: bounded memory, nothing stored', async () => {
    const bomb = pngBombHeader(30000, 30000)
    expect(bomb.byteLength).toBeLessThan(200)
    const rssBefore = process.memoryUsage().rss
    const error = await refusal(setup.quire.create({ collection: 'media', data: { alt: 'bomb' }, file: file(bomb, 'bomb.png', 'image/png') }))
    expect(error).toBeInstanceOf(PayloadTooLarge)
    expect((error as APIError).message).toBe('The image has too many pixels.')
    // Decoding it would need 900 MB; refusing it needs next to nothing.
    expect(process.memoryUsage().rss - rssBefore).toBeLessThan(100 * 1024 * 1024)
    expect((await filesIn(setup.dir('media'))).filter((name) => name.startsWith('bomb'))).toEqual([])
  })

  it.each([
    ['../../etc/passwd', 'passwd.png'],
    ['..\\..\\x.png', 'x.png'],
    ['/etc/cron.d/evil.png', 'evil.png'],
    ['a\u0000b\nc\r.png', 'abc.png'],
    ['..', 'file.png'],
    ['.htaccess', 'htaccess.png'],
    [`${'n'.repeat(300)}.png`, `${'n'.repeat(150)}.png`],
  ])('the name %j is stored as %j, inside the storage root', async (name, stored) => {
    const doc = await setup.quire.create({ collection: 'files', data: {}, file: file(await png(8, 8), name, 'image/png') })
    expect(doc.filename).toBe(stored)
    expect(await filesIn(setup.dir('files'))).toContain(stored)
    // Nothing appeared next to the storage directories.
    expect((await readdir(setup.root)).every((entry) => ['media', 'files', 'vectors', 'converted'].includes(entry))).toBe(true)
  })

  it('an empty file is refused', async () => {
    await expect(setup.quire.create({ collection: 'files', data: {}, file: file(new Uint8Array(0), 'empty.txt') })).rejects.toThrow('The file is empty.')
  })

  it('file fields sent by a client are ignored: a document can never name (and later delete) another file', async () => {
    const victim = await setup.quire.create({ collection: 'media', data: { alt: 'victim' }, file: file(await png(400, 400), 'victim.png') })
    const attacker = await setup.quire.create({
      collection: 'media',
      data: { alt: 'attacker', filename: '../../victim.png', url: 'https://evil.example/x', sizes: { thumbnail: { filename: 'victim.png' } } },
      file: file(await png(400, 400), 'attacker.png'),
    })
    expect(attacker).toMatchObject({ filename: 'attacker.png', url: '/media/media/attacker.png', sizes: { thumbnail: { filename: 'attacker-300x300.png' } } })
    const updated = await setup.quire.update({ collection: 'media', id: attacker.id, data: { filename: 'victim.png', sizes: { thumbnail: { filename: 'victim-300x300.png' } } } })
    expect(updated).toMatchObject({ filename: 'attacker.png', sizes: { thumbnail: { filename: 'attacker-300x300.png' } } })
    await setup.quire.delete({ collection: 'media', id: attacker.id })
    expect(await filesIn(setup.dir('media'))).toEqual(expect.arrayContaining(['victim.png', 'victim-300x300.png']))
    expect(await filesIn(setup.dir('media'))).not.toContain('attacker.png')
    expect((await setup.quire.findByID({ collection: 'media', id: victim.id })).filename).toBe('victim.png')
  })
})
