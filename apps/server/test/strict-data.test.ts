// `data` over the network names only fields. A key that is no field — `overrideAccess` at the
// top, a key inside a group, an array row or a nested array's row — is a 400 naming its path,
// and nothing is written: not the document, not the valid fields beside the unknown key.
// Through the real server, for collection create and update, the post server functions and a
// global's update.
import type { AppRouter } from '@quire/api'
import { NOT_A_FIELD } from '@quire/api'
import { testProviders } from '@quire/core/testing'
import { TRPCClientError } from '@trpc/client'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestServer, TEST_PASSWORD, type TestServer } from './harness/test-server.ts'

async function rejection(promise: Promise<unknown>): Promise<TRPCClientError<AppRouter>> {
  const error: unknown = await promise.then(() => undefined, (caught: unknown) => caught)
  if (!(error instanceof TRPCClientError)) throw new Error(`expected a TRPCClientError, got ${String(error)}`)
  return error as TRPCClientError<AppRouter>
}

const refusedPaths = (error: TRPCClientError<AppRouter>) => {
  const data = error.data as { httpStatus?: number; fieldErrors?: Array<{ path: string; message: string }> } | undefined
  return { status: data?.httpStatus, paths: (data?.fieldErrors ?? []).map((item) => `${item.path}: ${item.message}`) }
}
const refused = (...paths: string[]) => ({ status: 400, paths: paths.map((path) => `${path}: ${NOT_A_FIELD}`) })

describe.each(testProviders())('unknown keys in data over HTTP on %s', (provider) => {
  let server: TestServer
  let editor: ReturnType<TestServer['browser']>

  beforeAll(async () => {
    server = await startTestServer({ provider })
    await server.quire.create({ collection: 'users', data: { email: 'strict-editor@example.com', password: TEST_PASSWORD, name: 'Editor', role: 'editor' } })
    editor = server.browser()
    await server.signIn(editor.jar, 'strict-editor@example.com')
  })
  afterAll(() => server.close())

  const postCount = async () => (await server.quire.count({ collection: 'posts' })).totalDocs

  it('create: overrideAccess, a key in a group, in an array row, in a nested row — each a 400, nothing written', async () => {
    const before = await postCount()
    const cases: Array<[Record<string, unknown>, string[]]> = [
      [{ title: 'Top', overrideAccess: true }, ['overrideAccess']],
      [{ title: 'Group', meta: { title: 'M', showHiddenFields: true } }, ['meta.showHiddenFields']],
      [{ title: 'Row', links: [{ label: 'L', url: '/u' }, { label: 'L', url: '/u', user: 1 }] }, ['links.1.user']],
      [{ title: 'Nested', links: [{ label: 'L', url: '/u', attributes: [{ name: 'rel', value: 'x', depth: 9 }] }] }, ['links.0.attributes.0.depth']],
      [{ title: 'Many', bogus: 1, meta: { nope: 2 } }, ['bogus', 'meta.nope']],
    ]
    for (const [data, paths] of cases) {
      expect(refusedPaths(await rejection(editor.trpc.collections.create.mutate({ collection: 'posts', data })))).toEqual(refused(...paths))
    }
    expect(refusedPaths(await rejection(editor.trpc.createPost.mutate({ title: 'Server function', overrideAccess: true })))).toEqual(refused('overrideAccess'))
    expect(await postCount()).toBe(before)
  })

  it('update: refused whole, the valid fields beside the unknown key are not saved either', async () => {
    const post = await editor.trpc.collections.create.mutate({ collection: 'posts', data: { title: 'Kept', meta: { title: 'Meta kept' }, links: [{ label: 'L', url: '/u' }] } })
    const id = post.id as number
    const attempts: Array<[Record<string, unknown>, string]> = [
      [{ title: 'Changed', overrideAccess: true }, 'overrideAccess'],
      [{ title: 'Changed', meta: { title: 'Changed', extra: 1 } }, 'meta.extra'],
      [{ title: 'Changed', links: [{ label: 'Changed', url: '/c', sneaky: true }] }, 'links.0.sneaky'],
    ]
    for (const [data, path] of attempts) {
      expect(refusedPaths(await rejection(editor.trpc.collections.update.mutate({ collection: 'posts', id, data })))).toEqual(refused(path))
    }
    expect(refusedPaths(await rejection(editor.trpc.updatePost.mutate({ id, data: { title: 'Changed', user: 1 } })))).toEqual(refused('user'))
    const stored = await server.quire.findByID({ collection: 'posts', id, depth: 0 })
    expect([stored.title, (stored.meta as { title: string }).title, (stored.links as Array<{ label: string }>)[0]?.label]).toEqual(['Kept', 'Meta kept', 'L'])
  })

  it('known keys still save: fields, row ids, and an id or timestamps sent back are ignored', async () => {
    const post = await editor.trpc.collections.create.mutate({ collection: 'posts', data: { title: 'Fine', meta: { title: 'M' }, links: [{ label: 'L', url: '/u' }], settings: { free: { form: true } } } })
    const rowId = (post.links as Array<{ id: string }>)[0]?.id
    const updated = await editor.trpc.collections.update.mutate({ collection: 'posts', id: post.id as number, data: { id: 999_999, createdAt: post.createdAt, title: 'Still fine', links: [{ id: rowId, label: 'L2', url: '/u' }] } })
    expect([updated.id, updated.title, (updated.links as Array<{ id: string; label: string }>)[0]]).toEqual([post.id, 'Still fine', { id: rowId, label: 'L2', url: '/u', attributes: [] }])
  })

  it('globals: an unknown key in a row of the header is a 400, and the header is unchanged', async () => {
    const saved = await editor.trpc.globals.update.mutate({ slug: 'header', data: { tagline: 'Before', nav: [{ label: 'Home', url: '/' }] } })
    expect(saved.tagline).toBe('Before')
    const error = await rejection(editor.trpc.globals.update.mutate({ slug: 'header', data: { tagline: 'After', nav: [{ label: 'Home', url: '/', target: '_blank' }] } }))
    expect(refusedPaths(error)).toEqual(refused('nav.0.target'))
    expect((await server.quire.findGlobal({ slug: 'header' })).tagline).toBe('Before')
  })
})
