// Only raster images are shown inline on the site's own origin. A PDF carrying JavaScript, an
// SVG, a text file: each is served as a download (`Content-Disposition: attachment`), with
// nosniff and the sandbox CSP, so opening its URL never runs anything as this site.
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { testProviders } from '@quire/core/testing'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { png } from './harness/test-files.ts'
import { uploadTestConfig } from './harness/upload-config.ts'
import { startTestServer, type TestServer } from './harness/test-server.ts'

const PDF_WITH_SCRIPT = [
  '%PDF-1.4',
  '1 0 obj << /Type /Catalog /Pages 2 0 R /OpenAction 3 0 R >> endobj',
  '2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj',
  '3 0 obj << /S /JavaScript /JS (app.alert\\("pwned"\\)) >> endobj',
  'trailer << /Root 1 0 R >>',
  '%%EOF',
].join('\n')

describe.each(testProviders())('how /media serves each kind of file on %s', (provider) => {
  let root: string
  let server: TestServer
  const upload = (collection: string, data: Record<string, unknown>, bytes: Uint8Array | string, name: string) =>
    server.quire.create({ collection, data, file: { data: typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes, name, mimetype: 'application/octet-stream', size: 0 } })

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'quire-disposition-'))
    server = await startTestServer({ provider, config: uploadTestConfig(root) })
  })
  afterAll(async () => {
    await server.close()
    await rm(root, { recursive: true, force: true })
  })

  it('a PDF with JavaScript is a download, never rendered inline', async () => {
    const pdf = await upload('media', { alt: 'A PDF' }, PDF_WITH_SCRIPT, 'report.pdf')
    expect(pdf.mimeType).toBe('application/pdf')
    const response = await fetch(`${server.url}${pdf.url as string}`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/pdf')
    expect(response.headers.get('content-disposition')).toBe("attachment; filename*=UTF-8''report.pdf")
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(response.headers.get('content-security-policy')).toContain('sandbox')
  })

  it('a raster image is inline; its generated sizes too', async () => {
    const photo = await upload('media', { alt: 'A photo' }, png(32, 32), 'photo.png')
    const response = await fetch(`${server.url}${photo.url as string}`)
    expect([response.status, response.headers.get('content-disposition')]).toEqual([200, "inline; filename*=UTF-8''photo.png"])
    const thumbnail = (photo.sizes as { thumbnail: { url: string } }).thumbnail.url
    expect((await fetch(`${server.url}${thumbnail}`)).headers.get('content-disposition')).toMatch(/^inline; /)
  })

  it('text files are downloads too', async () => {
    const signedIn = server.browser()
    await server.quire.create({ collection: 'users', data: { email: `reader-${provider}@example.com`, password: 'a-reader-password' } })
    await server.signIn(signedIn.jar, `reader-${provider}@example.com`, 'a-reader-password')
    const text = await upload('documents', { title: 'Notes' }, 'plain words, nothing else', 'notes.txt')
    const response = await signedIn.jar.fetch(`${server.url}${text.url as string}`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-disposition')).toBe("attachment; filename*=UTF-8''notes.txt")
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
  })
})
