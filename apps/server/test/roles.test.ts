// The product's roles over HTTP (packages/cms/src/access/roles.ts): authors write their own
// posts and upload media; editors and admins manage all content (every post, categories,
// media, the header). What a role may not do is a 403, and what a field may not take is
// dropped, as in Payload; reading is the same for everyone signed in.
import type { AppRouter } from '@quire/api'
import { testProviders } from '@quire/core/testing'
import { TRPCClientError } from '@trpc/client'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { png } from './harness/test-files.ts'
import { startTestServer, TEST_PASSWORD, type TestServer } from './harness/test-server.ts'

async function status(promise: Promise<unknown>): Promise<number | undefined> {
  const error: unknown = await promise.then(() => undefined, (caught: unknown) => caught)
  if (error === undefined) return 200
  if (!(error instanceof TRPCClientError)) throw error
  return ((error as TRPCClientError<AppRouter>).data as { httpStatus?: number } | undefined)?.httpStatus
}

describe.each(testProviders())('roles over HTTP on %s', (provider) => {
  let server: TestServer
  let counter = 0

  beforeAll(async () => {
    server = await startTestServer({ provider })
  })
  afterAll(() => server.close())

  async function person(role: 'admin' | 'editor' | 'author') {
    const email = `${role}${(counter += 1)}@example.com`
    const user = await server.quire.create({ collection: 'users', data: { email, password: TEST_PASSWORD, name: `${role} ${counter}`, role } })
    const device = server.browser()
    await device.trpc.auth.login.mutate({ email, password: TEST_PASSWORD })
    return { id: user.id, trpc: device.trpc }
  }

  it('an author writes their own posts: new posts are theirs whoever they name, others are read-only', async () => {
    const author = await person('author')
    const editor = await person('editor')
    const mine = await author.trpc.collections.create.mutate({ collection: 'posts', data: { title: 'Mine', author: editor.id }, depth: 0 })
    expect(mine).toMatchObject({ author: author.id })
    expect(await author.trpc.collections.update.mutate({ collection: 'posts', id: mine.id, data: { title: 'Still mine', author: editor.id }, depth: 0 })).toMatchObject({ title: 'Still mine', author: author.id })

    const theirs = await editor.trpc.collections.create.mutate({ collection: 'posts', data: { title: 'Theirs' }, depth: 0 })
    expect(theirs).toMatchObject({ author: editor.id })
    expect((await author.trpc.collections.findByID.query({ collection: 'posts', id: theirs.id, depth: 0 })).title).toBe('Theirs')
    expect(await status(author.trpc.collections.update.mutate({ collection: 'posts', id: theirs.id, data: { title: 'Taken' } }))).toBe(403)
    expect(await status(author.trpc.collections.delete.mutate({ collection: 'posts', id: theirs.id }))).toBe(403)
    // What the SPA asks before offering to edit: per document, and per collection.
    expect(await author.trpc.collections.docAccess.query({ collection: 'posts', id: theirs.id })).toEqual({ read: true, update: false, delete: false })
    expect(await author.trpc.collections.docAccess.query({ collection: 'posts', id: mine.id })).toEqual({ read: true, update: true, delete: true })
    expect(await status(author.trpc.collections.delete.mutate({ collection: 'posts', id: mine.id }))).toBe(200)
  })

  it('auth.permissions tells each role what it may do, and anonymous callers nothing but reading nothing', async () => {
    const author = await person('author')
    const editor = await person('editor')
    const mine = await author.trpc.auth.permissions.query()
    expect(mine.collections.posts).toEqual({ create: true, read: true, update: true, delete: true })
    expect(mine.collections.categories).toMatchObject({ create: false, update: false })
    expect(mine.collections.media).toMatchObject({ create: true, delete: false })
    expect(mine.globals.header).toEqual({ read: true, update: false })
    expect((await editor.trpc.auth.permissions.query()).globals.header).toEqual({ read: true, update: true })
    expect((await server.browser().trpc.auth.permissions.query()).collections.posts).toMatchObject({ create: false, update: false })
  })

  it('an editor manages every post and may name its author', async () => {
    const author = await person('author')
    const editor = await person('editor')
    const post = await author.trpc.collections.create.mutate({ collection: 'posts', data: { title: 'Draft by an author' }, depth: 0 })
    expect(await editor.trpc.collections.update.mutate({ collection: 'posts', id: post.id, data: { title: 'Edited', author: editor.id }, depth: 0 })).toMatchObject({ title: 'Edited', author: editor.id })
    const named = await editor.trpc.collections.create.mutate({ collection: 'posts', data: { title: 'Ghost-written', author: author.id }, depth: 0 })
    expect(named).toMatchObject({ author: author.id })
    expect(await status(editor.trpc.collections.delete.mutate({ collection: 'posts', id: post.id }))).toBe(200)
  })

  it('categories, media and the header are for editors and admins; authors only read them (and upload)', async () => {
    const author = await person('author')
    const editor = await person('editor')
    expect(await status(author.trpc.collections.create.mutate({ collection: 'categories', data: { name: `By an author ${counter}` } }))).toBe(403)
    const category = await editor.trpc.collections.create.mutate({ collection: 'categories', data: { name: `By an editor ${counter}` } })
    expect(await status(author.trpc.collections.update.mutate({ collection: 'categories', id: category.id, data: { name: 'Renamed' } }))).toBe(403)
    expect((await author.trpc.collections.find.query({ collection: 'categories' })).totalDocs).toBeGreaterThan(0)

    const data = png(8, 8)
    const image = await server.quire.create({ collection: 'media', data: { alt: 'Shared picture' }, file: { data, mimetype: 'image/png', name: 'shared.png', size: data.byteLength } })
    expect(await status(author.trpc.collections.update.mutate({ collection: 'media', id: image.id, data: { alt: 'Renamed' } }))).toBe(403)
    expect(await status(author.trpc.collections.delete.mutate({ collection: 'media', id: image.id }))).toBe(403)
    expect(await status(editor.trpc.collections.delete.mutate({ collection: 'media', id: image.id }))).toBe(200)

    expect(await status(author.trpc.globals.update.mutate({ slug: 'header', data: { tagline: 'Hijacked' } }))).toBe(403)
    expect(await editor.trpc.globals.update.mutate({ slug: 'header', data: { tagline: 'Edited' } })).toMatchObject({ tagline: 'Edited' })
    expect(await author.trpc.globals.find.query({ slug: 'header' })).toMatchObject({ tagline: 'Edited' })
  })

  it('an account in no role (another auth collection, or anonymous) writes nothing', async () => {
    const anonymous = server.browser()
    expect(await status(anonymous.trpc.collections.create.mutate({ collection: 'posts', data: { title: 'Spam' } }))).toBe(403)
  })
})
