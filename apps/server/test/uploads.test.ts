// The upload procedures through the real server and the typed client with the SPA's links
// (FormData over httpLink, never batched): the seed's createPostWithUpload (a media document
// and the post naming it, in one transaction) and media.upload. What is refused — a spoofed
// type, a file over the collection's limit, an unknown field, a post the collection rejects —
// leaves no document and no file behind.
import { mkdtemp, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { uploadFormData, type AppRouter } from '@quire/api'
import { abandonedUploadFiles, type AfterChangeHook } from '@quire/core'
import { testProviders } from '@quire/core/testing'
import { TRPCClientError } from '@trpc/client'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { browserFile, png, SPOOFED_HTML } from './harness/test-files.ts'
import { MEDIA_FILESIZE_LIMIT, uploadTestConfig } from './harness/upload-config.ts'
import { startTestServer, TEST_PASSWORD, type TestServer } from './harness/test-server.ts'

const EMAIL = 'uploader@example.com'
/** The server's cap on a whole request body, above the collection's file limit. */
const MAX_BODY_SIZE = 2 * MEDIA_FILESIZE_LIMIT

async function rejection(promise: Promise<unknown>): Promise<TRPCClientError<AppRouter>> {
  const error: unknown = await promise.then(() => undefined, (caught: unknown) => caught)
  if (!(error instanceof TRPCClientError)) throw new Error(`expected a TRPCClientError, got ${String(error)}`)
  return error as TRPCClientError<AppRouter>
}

describe.each(testProviders())('upload procedures on %s', (provider) => {
  let root: string
  let server: TestServer
  let listedDuringWrite: string[] | undefined

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'quire-uploads-'))
    // What other connections see of the pending-file list while a media write is uncommitted.
    const mediaAfterChange: AfterChangeHook = async ({ doc, req }) => {
      if (doc.alt !== 'listed before its transaction') return
      const rows = await req.quire.db.reader.$queryRawUnsafe<Array<{ filename: string }>>(`SELECT filename FROM quire_upload_pending WHERE collection = 'media' ORDER BY filename`)
      listedDuringWrite = rows.map((row) => row.filename)
    }
    server = await startTestServer({ provider, config: uploadTestConfig(root, { mediaAfterChange }), maxBodySize: MAX_BODY_SIZE })
    await server.quire.create({ collection: 'users', data: { email: EMAIL, password: TEST_PASSWORD } })
  })
  afterAll(async () => {
    await server.close()
    await rm(root, { recursive: true, force: true })
  })

  async function signedInClient() {
    const browser = server.browser()
    await server.signIn(browser.jar, EMAIL)
    return browser.trpc
  }
  /** Documents and stored files, to prove a refused upload wrote nothing. */
  async function footprint() {
    const files = await readdir(join(root, 'media')).catch(() => [])
    return {
      media: (await server.quire.count({ collection: 'media' })).totalDocs,
      posts: (await server.quire.count({ collection: 'posts' })).totalDocs,
      files: files.filter((name) => !name.startsWith('.')).sort(),
    }
  }

  it('createPostWithUpload creates the media document and the post naming it', async () => {
    const trpc = await signedInClient()
    const post = await trpc.createPostWithUpload.mutate(uploadFormData({ title: 'Sample Post', excerpt: 'With a picture', file: browserFile(png(40, 20), 'hero.png', 'image/png') }))
    expect(post.title).toBe('Sample Post')
    expect(post.excerpt).toBe('With a picture')
    const hero = post.heroImage as { id: number | string; alt: string; filename: string; mimeType: string; width: number; url: string }
    expect([hero.alt, hero.filename, hero.mimeType, hero.width]).toEqual(['Sample Post', 'hero.png', 'image/png', 40])
    expect((await server.quire.findByID({ collection: 'posts', id: post.id, depth: 0 })).heroImage).toBe(hero.id)
    const image = await server.browser().jar.fetch(`${server.url}${hero.url}`)
    expect(image.status).toBe(200)
    expect((await footprint()).files).toEqual(expect.arrayContaining(['hero.png', 'hero-16x16.png']))
  })

  it('media.upload stores a file with its alt and caption', async () => {
    const trpc = await signedInClient()
    const media = await trpc.media.upload.mutate(uploadFormData({ alt: 'A square', caption: 'Blue', file: browserFile(png(24, 24), 'square.png', 'image/png') }))
    expect([media.alt, media.caption, media.filename, media.filesize === undefined]).toEqual(['A square', 'Blue', 'square.png', false])
    expect(await server.quire.count({ collection: 'media', where: { alt: { equals: 'A square' } } })).toEqual({ totalDocs: 1 })
  })

  it('media.upload lists its file names as pending before its transaction and unlists them with the commit', async () => {
    const trpc = await signedInClient()
    const media = await trpc.media.upload.mutate(uploadFormData({ alt: 'listed before its transaction', file: browserFile(png(30, 30), 'listed.png', 'image/png') }))
    const thumbnail = (media.sizes as { thumbnail: { filename: string } }).thumbnail.filename
    // Committed before the write's transaction opened: a crash after the file write leaves them listed.
    expect(listedDuringWrite).toEqual([media.filename, thumbnail].sort())
    expect(await abandonedUploadFiles(server.quire, 'media', new Date(Date.now() + 60 * 60 * 1000))).toEqual({ unnamed: [], listed: [] })
  })

  it('a spoofed file (HTML claiming image/png) is a 400 and writes nothing', async () => {
    const trpc = await signedInClient()
    const before = await footprint()
    const spoofed = () => browserFile(SPOOFED_HTML, 'innocent.png', 'image/png')
    const viaPost = await rejection(trpc.createPostWithUpload.mutate(uploadFormData({ title: 'Trojan', file: spoofed() })))
    expect([viaPost.data?.code, viaPost.data?.httpStatus, viaPost.message]).toEqual(['BAD_REQUEST', 400, 'Invalid file type'])
    const viaMedia = await rejection(trpc.media.upload.mutate(uploadFormData({ alt: 'Trojan', file: spoofed() })))
    expect([viaMedia.data?.httpStatus, viaMedia.message]).toEqual([400, 'Invalid file type'])
    expect(await footprint()).toEqual(before)
  })

  it('a file over the collection limit is a 413, refused before it is read, and writes nothing', async () => {
    const trpc = await signedInClient()
    const before = await footprint()
    const big = new Uint8Array(MEDIA_FILESIZE_LIMIT + 1)
    big.set(png(8, 8))
    for (const call of [
      () => trpc.createPostWithUpload.mutate(uploadFormData({ title: 'Huge', file: browserFile(big, 'huge.png', 'image/png') })),
      () => trpc.media.upload.mutate(uploadFormData({ alt: 'Huge', file: browserFile(big, 'huge.png', 'image/png') })),
    ]) {
      const error = await rejection(call())
      expect([error.data?.code, error.data?.httpStatus, error.message]).toEqual(['PAYLOAD_TOO_LARGE', 413, `The file is too large: ${MEDIA_FILESIZE_LIMIT + 1} bytes, the limit is ${MEDIA_FILESIZE_LIMIT} bytes.`])
    }
    expect(await footprint()).toEqual(before)
  })

  it("a body over the server's maxBodySize is a 413 before any procedure runs", async () => {
    const trpc = await signedInClient()
    const before = await footprint()
    const error = await rejection(trpc.media.upload.mutate(uploadFormData({ alt: 'Enormous', file: browserFile(new Uint8Array(MAX_BODY_SIZE + 1), 'enormous.png', 'image/png') })))
    expect([error.data?.code, error.data?.httpStatus]).toEqual(['PAYLOAD_TOO_LARGE', 413])
    expect(await footprint()).toEqual(before)
  })

  it('a post the collection refuses takes its media document and files with it (one transaction)', async () => {
    const trpc = await signedInClient()
    const before = await footprint()
    const error = await rejection(trpc.createPostWithUpload.mutate(uploadFormData({ title: 'x'.repeat(201), alt: 'Kept?', file: browserFile(png(30, 30), 'rolled-back.png', 'image/png') })))
    expect(error.data?.code).toBe('BAD_REQUEST')
    expect(error.data?.fieldErrors).toEqual([{ path: 'title', message: 'This value must be shorter than the max length of 200 characters.' }])
    expect(await footprint()).toEqual(before)
  })

  it('forms are strict: unknown or repeated fields and a missing file are refused', async () => {
    const trpc = await signedInClient()
    const before = await footprint()
    const file = () => browserFile(png(8, 8), 'x.png', 'image/png')
    const sneaky = await rejection(trpc.media.upload.mutate(uploadFormData({ alt: 'x', overrideAccess: 'true', file: file() })))
    expect(sneaky.data?.fieldErrors).toEqual([{ path: '', message: 'Unrecognized key: "overrideAccess"' }])
    const twice = uploadFormData({ alt: 'x', file: file() })
    twice.append('alt', 'y')
    expect((await rejection(trpc.media.upload.mutate(twice))).data?.fieldErrors).toEqual([{ path: 'alt', message: '"alt" was sent more than once' }])
    expect((await rejection(trpc.createPostWithUpload.mutate(uploadFormData({ title: 'No file' })))).data?.fieldErrors).toEqual([{ path: 'file', message: 'Attach the file as a file part named "file"' }])
    expect(await footprint()).toEqual(before)
  })

  it('anonymous callers cannot upload', async () => {
    const before = await footprint()
    const { trpc } = server.browser()
    const error = await rejection(trpc.createPostWithUpload.mutate(uploadFormData({ title: 'Anonymous', file: browserFile(png(8, 8), 'anon.png', 'image/png') })))
    expect(error.data?.code).toBe('FORBIDDEN')
    expect(await footprint()).toEqual(before)
  })
})
