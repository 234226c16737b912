// The generic procedures and the seed's server functions through the real server: access is
// always enforced (anonymous sees only what anonymous may), and inputs are strict.
import { DEMO_EDITOR_EMAIL, DEMO_PASSWORD, seedDemoContent } from '@quire/cms/demo-content'
import type { QuireTypes } from '@quire/cms/types'
import type { Quire, Where } from '@quire/core'
import { testProviders } from '@quire/core/testing'
import { TRPCClientError } from "@trpc/client"
import type { AppRouter } from "@quire/api"
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestServer, type TestServer } from './harness/test-server.ts'

describe.each(testProviders())('tRPC API on %s', (provider) => {
  let server: TestServer

  beforeAll(async () => {
    server = await startTestServer({ provider })
    await seedDemoContent(server.quire as unknown as Quire<QuireTypes>)
  })
  const signIn = (jar: Parameters<TestServer['signIn']>[0]) => server.signIn(jar, DEMO_EDITOR_EMAIL, DEMO_PASSWORD)
  afterAll(() => server.close())

  const postCount = async (): Promise<number> => (await server.quire.count({ collection: 'posts' })).totalDocs

  async function rejection(promise: Promise<unknown>): Promise<TRPCClientError<AppRouter>> {
    const error: unknown = await promise.then(() => undefined, (caught: unknown) => caught)
    if (!(error instanceof TRPCClientError)) throw new Error(`expected a TRPCClientError, got ${String(error)}`)
    return error
  }

  it('anonymous callers see published posts only and no users', async () => {
    const { trpc } = server.browser()
    const posts = await trpc.collections.find.query({ collection: 'posts', sort: 'slug' })
    expect(posts.docs.map((post) => post.slug)).toEqual(['first-collection', 'welcome'])
    expect(posts.totalDocs).toBe(2)
    expect(await trpc.collections.count.query({ collection: 'posts' })).toEqual({ totalDocs: 2 })
    const forbidden = await rejection(trpc.collections.find.query({ collection: 'users' }))
    expect(forbidden.data).toEqual({ code: 'FORBIDDEN', httpStatus: 403, path: 'collections.find' })
    expect(await trpc.authenticateUser.query()).toEqual({ hello: 'Not authenticated' })
  })

  it('anonymous callers cannot write', async () => {
    const { trpc } = server.browser()
    const before = await postCount()
    const error = await rejection(trpc.createPost.mutate({ title: 'Anonymous post' }))
    expect(error.data?.code).toBe('FORBIDDEN')
    expect(await postCount()).toBe(before)
  })

  it('a signed-in editor runs the seed server functions as themselves', async () => {
    const { jar, trpc } = server.browser()
    await signIn(jar)
    expect(await trpc.authenticateUser.query()).toEqual({ hello: DEMO_EDITOR_EMAIL })
    expect((await trpc.collections.find.query({ collection: 'posts' })).totalDocs).toBe(3)

    const created = await trpc.createPost.mutate({ title: 'Sample Post' })
    expect(created.title).toBe('Sample Post')
    expect(created.status).toBe('draft')
    const updated = await trpc.updatePost.mutate({ id: created.id as number, data: { title: 'Updated Post' } })
    expect(updated.title).toBe('Updated Post')
    expect((await server.quire.findByID({ collection: 'posts', id: created.id as number })).title).toBe('Updated Post')
  })

  it('generic collection and global procedures', async () => {
    const { jar, trpc } = server.browser()
    await signIn(jar)
    const category = await trpc.collections.create.mutate({ collection: 'categories', data: { name: 'Tips', slug: 'tips' } })
    expect(await trpc.collections.findByID.query({ collection: 'categories', id: category.id, select: { name: true } })).toEqual({ id: category.id, name: 'Tips' })
    const renamed = await trpc.collections.update.mutate({ collection: 'categories', id: category.id, data: { name: 'Hints' } })
    expect(renamed.name).toBe('Hints')
    expect(await trpc.collections.count.query({ collection: 'categories', where: { name: { equals: 'Hints' } } })).toEqual({ totalDocs: 1 })
    const deleted = await trpc.collections.delete.mutate({ collection: 'categories', id: category.id })
    expect(deleted.id).toBe(category.id)
    expect(await server.quire.count({ collection: 'categories', where: { id: { equals: category.id } } })).toEqual({ totalDocs: 0 })

    const header = await trpc.globals.update.mutate({ slug: 'header', data: { tagline: 'Hello' } })
    expect(header.tagline).toBe('Hello')
    expect((await trpc.globals.find.query({ slug: 'header' })).tagline).toBe('Hello')
    const anonymous = server.browser().trpc
    expect((await rejection(anonymous.globals.update.mutate({ slug: 'header', data: { tagline: 'Defaced' } }))).data?.code).toBe('FORBIDDEN')
  })

  it('find never returns more than 100 documents, even with pagination: false', async () => {
    const { trpc } = server.browser()
    const page = await trpc.collections.find.query({ collection: 'posts', pagination: false })
    expect(page.limit).toBe(10)
    const tooMany = await rejection(trpc.collections.find.query({ collection: 'posts', limit: 101 }))
    expect(tooMany.data?.fieldErrors).toEqual([{ path: 'limit', message: 'Too big: expected number to be <=100' }])
  })

  describe('strict inputs', () => {
    async function post(path: string, body: unknown, signedIn = true): Promise<{ status: number; json: { error: { message: string; data: Record<string, unknown> } } }> {
      const { jar } = server.browser()
      if (signedIn) await signIn(jar)
      const response = await jar.fetch(`${server.url}/trpc/${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })
      return { status: response.status, json: (await response.json()) as never }
    }

    it.each(['overrideAccess', 'showHiddenFields', 'user', 'disableErrors', 'req', 'context'])('refuses %s and writes nothing', async (key) => {
      const before = await postCount()
      const { status, json } = await post('collections.create', { collection: 'posts', data: { title: 'Sneaky' }, [key]: key === 'user' ? { id: 1 } : true })
      expect(status).toBe(400)
      expect(json.error.data.fieldErrors).toEqual([{ path: '', message: `Unrecognized key: "${key}"` }])
      expect(await postCount()).toBe(before)
    })

    it('refuses an anonymous overrideAccess before access is even asked', async () => {
      const { status, json } = await post('createPost', { title: 'x' }, false)
      expect(status).toBe(403)
      const input = encodeURIComponent(JSON.stringify({ collection: 'users', overrideAccess: true }))
      const sneaky = await fetch(`${server.url}/trpc/collections.find?input=${input}`)
      expect([sneaky.status, ((await sneaky.json()) as { error: { data: { code: string } } }).error.data.code]).toEqual([400, 'BAD_REQUEST'])
      expect(json.error.data.code).toBe('FORBIDDEN')
    })

    it.each([
      ['__proto__ in where', '{"collection":"posts","where":{"__proto__":{"equals":1}}}', 'where.__proto__', 'The key "__proto__" is not allowed'],
      ['constructor in data', '{"collection":"posts","id":1,"data":{"meta":{"constructor":{"prototype":{"x":1}}}}}', 'data.meta.constructor', 'The key "constructor" is not allowed'],
      ['prototype deep in where', '{"collection":"posts","where":{"or":[{"title":{"in":[{"prototype":1}]}}]}}', 'where.or.0.title.in.0.prototype', 'The key "prototype" is not allowed'],
    ])('refuses %s', async (_name, body, path, message) => {
      const procedure = body.includes('"data"') ? 'collections.update' : 'collections.count'
      const { jar } = server.browser()
      await signIn(jar)
      const response = await jar.fetch(`${server.url}/trpc/${procedure}${procedure.endsWith('count') ? `?input=${encodeURIComponent(body)}` : ''}`, {
        method: procedure.endsWith('count') ? 'GET' : 'POST',
        headers: { 'content-type': 'application/json' },
        ...(procedure.endsWith('count') ? {} : { body }),
      })
      expect(response.status).toBe(400)
      expect(((await response.json()) as { error: { data: { fieldErrors: unknown } } }).error.data.fieldErrors).toEqual([{ path, message }])
    })

    it('bounds depth, where nesting and where size', async () => {
      const { trpc } = server.browser()
      const nested = (levels: number): Where => (levels === 0 ? { title: { equals: 'x' } } : { and: [nested(levels - 1)] })
      expect((await rejection(trpc.collections.find.query({ collection: 'posts', depth: 4 }))).data?.fieldErrors).toEqual([{ path: 'depth', message: 'Too big: expected number to be <=3' }])
      expect((await trpc.collections.count.query({ collection: 'posts', where: nested(5) })).totalDocs).toBe(0)
      expect((await rejection(trpc.collections.count.query({ collection: 'posts', where: nested(6) }))).data?.fieldErrors).toEqual([
        { path: 'where.and.0.and.0.and.0.and.0.and.0.and', message: 'and/or nested deeper than 5 levels' },
      ])
      const wide = { or: Array.from({ length: 201 }, (_, index) => ({ views: { equals: index } })) }
      expect((await rejection(trpc.collections.count.query({ collection: 'posts', where: wide }))).data?.fieldErrors).toEqual([
        { path: 'where.or', message: 'More than 200 items' },
      ])
      const heavy = { or: Array.from({ length: 101 }, (_, index) => ({ views: { greater_than: index, less_than: 1000 } })) }
      expect((await rejection(trpc.collections.count.query({ collection: 'posts', where: heavy }))).data?.fieldErrors).toEqual([
        { path: 'where.or.100.views', message: 'More than 200 conditions' },
      ])
    })

    it('knows only configured collections and globals', async () => {
      const { trpc } = server.browser()
      expect((await rejection(trpc.collections.find.query({ collection: 'quire_locks' }))).data).toMatchObject({ code: 'BAD_REQUEST', fieldErrors: [{ path: 'collection', message: 'There is no collection "quire_locks"' }] })
      expect((await rejection(trpc.globals.find.query({ slug: 'footer' }))).data).toMatchObject({ code: 'BAD_REQUEST', fieldErrors: [{ path: 'slug', message: 'There is no global "footer"' }] })
    })

    it('never runs a mutation over GET', async () => {
      const before = await postCount()
      const { jar } = server.browser()
      await signIn(jar)
      const response = await jar.fetch(`${server.url}/trpc/createPost?input=${encodeURIComponent(JSON.stringify({ title: 'Via GET' }))}`)
      expect(response.status).toBe(405)
      expect(await postCount()).toBe(before)
    })
  })
})
