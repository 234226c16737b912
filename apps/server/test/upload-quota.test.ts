// Per-user upload limits through the real server (finding: 60 uploads in 10 s were accepted):
// past `maxUploads` in the window a 429 TOO_MANY_REQUESTS, past `maxBytes` of stored originals
// a 413 PAYLOAD_TOO_LARGE; either way nothing is written, other users are not affected, trusted
// code is not limited, and the recorded uploader never leaves the server.
import { mkdtemp, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { uploadFormData, type AppRouter } from '@quire/api'
import { buildConfig, type Access } from '@quire/core'
import { testProviders } from '@quire/core/testing'
import { TRPCClientError } from '@trpc/client'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { browserFile, png } from './harness/test-files.ts'
import { startTestServer, TEST_PASSWORD, TEST_SECRET, type TestServer } from './harness/test-server.ts'

const signedIn: Access = ({ req }) => Boolean(req.user)
const pdf = (bytes: number): Uint8Array => new TextEncoder().encode(`%PDF-1.4\n${'%'.repeat(bytes - 9)}`)

function quotaConfig(root: string) {
  return buildConfig({
    secret: TEST_SECRET,
    db: { url: 'file:./unused.db' },
    collections: [
      { slug: 'users', auth: { scrypt: { N: 1024, r: 8, p: 1 } }, fields: [{ name: 'name', type: 'text' }] },
      {
        slug: 'media',
        access: { read: signedIn, create: signedIn },
        upload: { staticDir: join(root, 'media'), mimeTypes: ['image/*', 'application/pdf'], quota: { maxUploads: 3, windowSeconds: 3600, maxBytes: 10_000 } },
        fields: [
          { name: 'alt', type: 'text', required: true },
          { name: 'caption', type: 'textarea' },
        ],
      },
      { slug: 'posts', fields: [{ name: 'title', type: 'text' }, { name: 'heroImage', type: 'upload', relationTo: 'media' }] },
    ],
  })
}

async function rejection(promise: Promise<unknown>): Promise<TRPCClientError<AppRouter>> {
  const error: unknown = await promise.then(() => undefined, (caught: unknown) => caught)
  if (!(error instanceof TRPCClientError)) throw new Error(`expected a TRPCClientError, got ${String(error)}`)
  return error as TRPCClientError<AppRouter>
}

describe.each(testProviders())('upload quotas on %s', (provider) => {
  let root: string
  let server: TestServer

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'quire-quota-'))
    server = await startTestServer({ provider, config: quotaConfig(root) })
    for (const email of ['fast@example.com', 'other@example.com', 'big@example.com']) await server.quire.create({ collection: 'users', data: { email, password: TEST_PASSWORD } })
  })
  afterAll(async () => {
    await server.close()
    await rm(root, { recursive: true, force: true })
  })

  async function clientOf(email: string) {
    const browser = server.browser()
    await server.signIn(browser.jar, email)
    return browser.trpc
  }
  const footprint = async () => ({
    docs: (await server.quire.count({ collection: 'media' })).totalDocs,
    files: (await readdir(join(root, 'media')).catch(() => [])).filter((name) => !name.startsWith('.')).length,
  })
  const upload = (trpc: Awaited<ReturnType<typeof clientOf>>, name: string, data: Uint8Array = png(8, 8), type = 'image/png') =>
    trpc.media.upload.mutate(uploadFormData({ alt: name, file: browserFile(data, name, type) }))

  it('refuses a user’s uploads beyond the rate with a 429, writing nothing; others still upload', async () => {
    const fast = await clientOf('fast@example.com')
    for (let index = 0; index < 3; index += 1) {
      const created = await upload(fast, `burst-${index}.png`)
      expect(created).not.toHaveProperty('uploadedBy')
    }
    const before = await footprint()
    const refused = await rejection(upload(fast, 'burst-4.png'))
    expect(refused.data).toMatchObject({ code: 'TOO_MANY_REQUESTS', httpStatus: 429 })
    expect(refused.message).toMatch(/Too many uploads: at most 3 every 3600 seconds/)
    expect(await footprint()).toEqual(before)

    const other = await clientOf('other@example.com')
    expect((await upload(other, 'other.png')).filename).toBe('other.png')
  })

  it('refuses an upload that would take a user past the storage quota with a 413, writing nothing', async () => {
    const big = await clientOf('big@example.com')
    expect((await upload(big, 'first.pdf', pdf(6_000), 'application/pdf')).filesize).toBe(6_000)
    const before = await footprint()
    const refused = await rejection(upload(big, 'second.pdf', pdf(6_000), 'application/pdf'))
    expect(refused.data).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', httpStatus: 413 })
    expect(refused.message).toMatch(/Upload quota reached/)
    expect(await footprint()).toEqual(before)
    // What is left of the quota is still usable.
    expect((await upload(big, 'small.pdf', pdf(3_000), 'application/pdf')).filesize).toBe(3_000)
  })

  it('records the uploader on the server only; trusted code is not limited', async () => {
    const user = (await server.quire.find({ collection: 'users', where: { email: { equals: 'fast@example.com' } } })).docs[0]!
    const stored = await server.quire.find({ collection: 'media', where: { alt: { like: 'burst' } }, showHiddenFields: true })
    expect(stored.docs.map((doc) => doc.uploadedBy)).toEqual(Array(3).fill(`users:${String(user.id)}`))
    const fast = await clientOf('fast@example.com')
    const probe = await rejection(fast.collections.find.query({ collection: 'media', where: { uploadedBy: { equals: `users:${String(user.id)}` } } }))
    expect(probe.data?.httpStatus).toBe(400)
    const bytes = png(8, 8)
    const trusted = await server.quire.create({ collection: 'media', data: { alt: 'import' }, file: { data: bytes, mimetype: 'image/png', name: 'import.png', size: bytes.length }, user: { ...user, collection: 'users' } })
    expect(trusted.filename).toBe('import.png')
  })
})
