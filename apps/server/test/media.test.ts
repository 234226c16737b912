// Uploaded files through the real server: each upload collection at its urlPrefix, served from
// its storage with the headers a browser needs to handle them safely; read access decides who
// gets a file (anyone else gets the same 404 as for a file that does not exist); and no path,
// however it is spelled, reaches anything but a stored file a document names.
import { mkdtemp, rm, unlink, writeFile } from 'node:fs/promises'
import { request } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { DocumentData } from '@quire/core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createCookieJar, type CookieJar } from './harness/cookie-jar.ts'
import { png } from './harness/test-files.ts'
import { uploadTestConfig } from './harness/upload-config.ts'
import { startTestServer, TEST_PASSWORD, type TestServer } from './harness/test-server.ts'

const SECRET = 'TOP SECRET OUTSIDE THE MEDIA FOLDER'
const SVG = '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'
const EMAIL = 'viewer@example.com'

/** A request with the path exactly as written: fetch would resolve `..` before sending. */
function rawGet(url: string, path: string, headers: Record<string, string> = {}): Promise<{ status: number; body: string; headers: Record<string, unknown> }> {
  const { hostname, port } = new URL(url)
  return new Promise((resolve, reject) => {
    const req = request({ host: hostname, port, path, method: 'GET', headers }, (res) => {
      let body = ''
      res.setEncoding('utf8')
      res.on('data', (chunk: string) => (body += chunk))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }))
    })
    req.on('error', reject)
    req.end()
  })
}

describe('/media', () => {
  let root: string
  let server: TestServer
  let signedIn: CookieJar
  let photo: DocumentData
  let hidden: DocumentData
  let vector: DocumentData
  const image = png(32, 32)
  const upload = (collection: string, data: DocumentData, bytes: Uint8Array | string, name: string) =>
    server.quire.create({ collection, data, file: { data: typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes, name, mimetype: 'application/octet-stream', size: 0 } })

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'quire-media-'))
    server = await startTestServer({ provider: 'sqlite', config: uploadTestConfig(root) })
    await server.quire.create({ collection: 'users', data: { email: EMAIL, password: TEST_PASSWORD } })
    signedIn = createCookieJar(server.url)
    await server.signIn(signedIn, EMAIL)
    photo = await upload('media', { alt: 'A photo' }, image, 'photo.png')
    hidden = await upload('media', { alt: 'hidden' }, png(20, 20), 'secret-photo.png')
    vector = await upload('documents', { title: 'Logo' }, SVG, 'logo.svg')
    await writeFile(join(root, 'media', 'orphan.png'), image)
    await writeFile(join(root, 'media', '.env'), SECRET)
    await writeFile(join(root, 'secret.txt'), SECRET)
  })
  afterAll(async () => {
    await server.close()
    await rm(root, { recursive: true, force: true })
  })

  it('serves an image with its stored type, nosniff, ETag, Last-Modified and ranges', async () => {
    expect(photo.url).toBe('/media/media/photo.png')
    const response = await fetch(`${server.url}${photo.url as string}`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('image/png')
    expect(response.headers.get('content-length')).toBe(String(photo.filesize))
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(response.headers.get('content-disposition')).toBe("inline; filename*=UTF-8''photo.png")
    expect(response.headers.get('cache-control')).toBe('private, no-cache')
    expect(response.headers.get('accept-ranges')).toBe('bytes')
    expect(response.headers.get('last-modified')).toBe(new Date(photo.updatedAt as string).toUTCString())
    const stored = new Uint8Array(await response.arrayBuffer())
    expect(stored.byteLength).toBe(photo.filesize)

    const etag = response.headers.get('etag') ?? ''
    expect(etag).toMatch(/^W\/"[0-9a-f]+-[A-Za-z0-9_-]{16}"$/)
    // Not fetch: it adds `Cache-Control: no-cache` to conditional requests, which forbids a 304.
    const revalidated = await rawGet(server.url, photo.url as string, { 'if-none-match': etag })
    expect([revalidated.status, revalidated.body]).toEqual([304, ''])

    const range = await fetch(`${server.url}${photo.url as string}`, { headers: { range: 'bytes=0-7' } })
    expect(range.status).toBe(206)
    expect(range.headers.get('content-range')).toBe(`bytes 0-7/${photo.filesize}`)
    expect(new Uint8Array(await range.arrayBuffer())).toEqual(stored.slice(0, 8))
    const tail = await fetch(`${server.url}${photo.url as string}`, { headers: { range: 'bytes=-5' } })
    expect(new Uint8Array(await tail.arrayBuffer())).toEqual(stored.slice(-5))
    const beyond = await fetch(`${server.url}${photo.url as string}`, { headers: { range: `bytes=${photo.filesize as number}-` } })
    expect([beyond.status, beyond.headers.get('content-range')]).toEqual([416, `bytes */${photo.filesize}`])

    const head = await fetch(`${server.url}${photo.url as string}`, { method: 'HEAD' })
    expect([head.status, head.headers.get('content-length'), (await head.arrayBuffer()).byteLength]).toEqual([200, String(photo.filesize), 0])
  })

  it('serves the generated sizes of a document too', async () => {
    const thumbnail = (photo.sizes as Record<string, DocumentData>).thumbnail!
    expect(thumbnail.url).toBe('/media/media/photo-16x16.png')
    const response = await fetch(`${server.url}${thumbnail.url as string}`)
    expect([response.status, response.headers.get('content-type'), response.headers.get('content-length')]).toEqual([200, 'image/png', String(thumbnail.filesize)])
  })

  it('sends markup as a sandboxed attachment', async () => {
    const response = await fetch(`${server.url}${vector.url as string}`, { headers: { cookie: signedIn.header() } })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('image/svg+xml')
    expect(response.headers.get('content-disposition')).toBe("attachment; filename*=UTF-8''logo.svg")
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(response.headers.get('content-security-policy')).toContain('sandbox')
  })

  it('protected media: anonymous gets 404, a signed-in user 200', async () => {
    expect(vector.url).toBe('/media/documents/logo.svg')
    const anonymous = await fetch(`${server.url}${vector.url as string}`)
    expect([anonymous.status, await anonymous.text()]).toEqual([404, 'Not found'])
    expect((await fetch(`${server.url}${vector.url as string}`, { headers: { cookie: signedIn.header() } })).status).toBe(200)
  })

  it('read access constraints apply per document, sizes included', async () => {
    const thumbnail = (hidden.sizes as Record<string, DocumentData>).thumbnail!
    for (const url of [hidden.url, thumbnail.url] as string[]) {
      expect((await fetch(`${server.url}${url}`)).status).toBe(404)
      expect((await fetch(`${server.url}${url}`, { headers: { cookie: signedIn.header() } })).status).toBe(200)
    }
  })

  it('a file no document names, or a document whose file is gone, is a 404', async () => {
    expect((await fetch(`${server.url}/media/media/orphan.png`, { headers: { cookie: signedIn.header() } })).status).toBe(404)
    const gone = await upload('media', { alt: 'Gone' }, png(8, 8), 'gone.png')
    await unlink(join(root, 'media', gone.filename as string))
    expect((await fetch(`${server.url}${gone.url as string}`, { headers: { cookie: signedIn.header() } })).status).toBe(404)
  })

  it.each([
    ['/media/media/../secret.txt', 400],
    ['/media/media/../../etc/passwd', 400],
    ['/media/media/..%2fsecret.txt', 400],
    ['/media/media/%2e%2e%2fsecret.txt', 400],
    ['/media/media/%2e%2e', 400],
    ['/media/media/..%5csecret.txt', 400],
    ['/media/media/photo.png%00.txt', 400],
    ['/media/media/%E0%A4%A', 400],
    ['/media/media/.env', 400],
    ['/media/media/%252e%252e%252fsecret.txt', 404],
    ['/media/media/', 400],
    ['/media/../secret.txt', 404],
    ['/media/', 404],
    ['/media/nowhere/photo.png', 404],
    ['/media/media/missing.png', 404],
  ])('GET %s → %d, never a file outside the folder', async (path, status) => {
    const response = await rawGet(server.url, path, { cookie: signedIn.header() })
    expect(response.status).toBe(status)
    expect(response.body).not.toContain(SECRET)
    expect(response.body).not.toContain('root:')
  })

  it('is read-only', async () => {
    const response = await fetch(`${server.url}${photo.url as string}`, { method: 'DELETE' })
    expect([response.status, response.headers.get('allow')]).toEqual([405, 'GET, HEAD'])
  })
})
