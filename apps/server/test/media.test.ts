// /media through the real server: headers a browser needs to handle uploads safely, and no
// way out of the media folder, however the path is spelled.
import { mkdir, writeFile } from 'node:fs/promises'
import { request } from 'node:http'
import { dirname, join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestServer, type TestServer } from './harness/test-server.ts'

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 4, 5, 6, 7, 8])
const SECRET = 'TOP SECRET OUTSIDE THE MEDIA FOLDER'

/** A request with the path exactly as written: fetch would resolve `..` before sending. */
function rawGet(url: string, path: string, headers: Record<string, string> = {}): Promise<{ status: number; body: string }> {
  const { hostname, port } = new URL(url)
  return new Promise((resolve, reject) => {
    const req = request({ host: hostname, port, path, method: 'GET', headers }, (res) => {
      let body = ''
      res.setEncoding('utf8')
      res.on('data', (chunk: string) => (body += chunk))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }))
    })
    req.on('error', reject)
    req.end()
  })
}

describe('/media', () => {
  let server: TestServer

  beforeAll(async () => {
    server = await startTestServer({ provider: 'sqlite' })
    await mkdir(server.mediaDir, { recursive: true })
    await writeFile(join(server.mediaDir, 'photo.png'), PNG)
    await writeFile(join(server.mediaDir, 'page.html'), '<script>alert(1)</script>')
    await writeFile(join(server.mediaDir, 'logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')
    await writeFile(join(server.mediaDir, 'report été.pdf'), '%PDF-1.4')
    await writeFile(join(server.mediaDir, '.env'), SECRET)
    await writeFile(join(dirname(server.mediaDir), 'secret.txt'), SECRET)
  })
  afterAll(() => server.close())

  it('serves images inline with type, nosniff, ETag and ranges', async () => {
    const response = await fetch(`${server.url}/media/photo.png`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('image/png')
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(response.headers.get('content-disposition')).toBeNull()
    expect(response.headers.get('accept-ranges')).toBe('bytes')
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(PNG)

    const etag = response.headers.get('etag')
    expect(etag).toMatch(/^W\/"/)
    // Not fetch: it adds `Cache-Control: no-cache` to conditional requests, which forbids a 304.
    const revalidated = await rawGet(server.url, '/media/photo.png', { 'if-none-match': etag ?? '' })
    expect([revalidated.status, revalidated.body]).toEqual([304, ''])

    const range = await fetch(`${server.url}/media/photo.png`, { headers: { range: 'bytes=0-3' } })
    expect(range.status).toBe(206)
    expect(range.headers.get('content-range')).toBe(`bytes 0-3/${PNG.length}`)
    expect(new Uint8Array(await range.arrayBuffer())).toEqual(PNG.slice(0, 4))
  })

  it.each([
    ['page.html', 'text/html; charset=utf-8', 'attachment; filename="page.html"; filename*=UTF-8\'\'page.html'],
    ['logo.svg', 'image/svg+xml', 'attachment; filename="logo.svg"; filename*=UTF-8\'\'logo.svg'],
    ['report%20%C3%A9t%C3%A9.pdf', 'application/pdf', 'attachment; filename="report__t_.pdf"; filename*=UTF-8\'\'report%20%C3%A9t%C3%A9.pdf'],
  ])('downloads %s instead of rendering it', async (path, type, disposition) => {
    const response = await fetch(`${server.url}/media/${path}`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe(type)
    expect(response.headers.get('content-disposition')).toBe(disposition)
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(response.headers.get('content-security-policy')).toBe("default-src 'none'; sandbox")
  })

  it.each([
    ['/media/../secret.txt', 403],
    ['/media/../../etc/passwd', 403],
    ['/media/..%2fsecret.txt', 403],
    ['/media/%2e%2e%2fsecret.txt', 403],
    ['/media/%2e%2e/secret.txt', 403],
    ['/media/%252e%252e%252fsecret.txt', 404],
    ['/media/..%5csecret.txt', 403],
    ['/media/photo.png%00.txt', 400],
    ['/media/.env', 403],
    ['/media/', 404],
    ['/media/missing.png', 404],
  ])('GET %s → %d, never a file outside the folder', async (path, status) => {
    const response = await rawGet(server.url, path)
    expect(response.status).toBe(status)
    expect(response.body).not.toContain(SECRET)
    expect(response.body).not.toContain('root:')
  })

  it('is read-only', async () => {
    const response = await fetch(`${server.url}/media/photo.png`, { method: 'DELETE' })
    expect([response.status, response.headers.get('allow')]).toEqual([405, 'GET, HEAD'])
  })
})
