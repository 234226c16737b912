// Oversized values are refused field by field through the real server (finding: a 1 MB value
// was stored and then carried by every list view): text-like fields beyond their maxLength
// (40 000 characters when the field sets none), rich text beyond 1 000 000 characters of JSON.
// A refused write stores nothing. And a list that asks for columns gets only those.
import { DEMO_EDITOR_EMAIL, DEMO_PASSWORD, seedDemoContent } from '@quire/cms/demo-content'
import type { QuireTypes } from '@quire/cms/types'
import type { Quire } from '@quire/core'
import { testProviders } from '@quire/core/testing'
import type { AppRouter } from '@quire/api'
import { TRPCClientError } from '@trpc/client'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestServer, type TestServer } from './harness/test-server.ts'

/** A rich-text document of `paragraphs` paragraphs of 50 000 characters each. */
function richText(paragraphs: number) {
  const children = Array.from({ length: paragraphs }, () => ({ type: 'paragraph', children: [{ type: 'text', text: 'x'.repeat(50_000) }] }))
  return { root: { type: 'root', children } }
}

describe.each(testProviders())('input sizes on %s', (provider) => {
  let server: TestServer
  let trpc: ReturnType<TestServer['browser']>['trpc']

  beforeAll(async () => {
    server = await startTestServer({ provider })
    await seedDemoContent(server.quire as unknown as Quire<QuireTypes>)
    const browser = server.browser()
    await server.signIn(browser.jar, DEMO_EDITOR_EMAIL, DEMO_PASSWORD)
    trpc = browser.trpc
  })
  afterAll(() => server.close())

  async function fieldErrorsOf(promise: Promise<unknown>): Promise<string[]> {
    const error: unknown = await promise.then(() => undefined, (caught: unknown) => caught)
    expect(error).toBeInstanceOf(TRPCClientError)
    const data = (error as TRPCClientError<AppRouter>).data
    expect(data?.httpStatus).toBe(400)
    return (data?.fieldErrors ?? []).map((problem) => problem.path)
  }

  it('refuses rich text over 1 000 000 characters and keeps what fits', async () => {
    const before = (await server.quire.count({ collection: 'posts' })).totalDocs
    expect(await fieldErrorsOf(trpc.collections.create.mutate({ collection: 'posts', data: { title: 'Huge', content: richText(21) } }))).toEqual(['content'])
    expect((await server.quire.count({ collection: 'posts' })).totalDocs).toBe(before)
    const fits = await trpc.collections.create.mutate({ collection: 'posts', data: { title: 'Long but fine', content: richText(19) } })
    expect(fits.id).toBeDefined()
  })

  it('refuses text beyond the default 40 000 characters where the field sets no maxLength, and beyond its own where it does', async () => {
    expect(await fieldErrorsOf(trpc.collections.create.mutate({ collection: 'categories', data: { name: 'Big', slug: 'big', description: 'x'.repeat(40_001) } }))).toEqual(['description'])
    expect(await fieldErrorsOf(trpc.collections.create.mutate({ collection: 'posts', data: { title: 'x'.repeat(1_000_000) } }))).toEqual(['title'])
    expect((await server.quire.count({ collection: 'categories', where: { slug: { equals: 'big' } } })).totalDocs).toBe(0)
  })

  it('a list that selects its columns carries nothing else', async () => {
    const list = await trpc.collections.find.query({ collection: 'posts', limit: 10, depth: 0, select: { title: true, status: true, category: true, updatedAt: true } })
    expect(list.docs.length).toBeGreaterThan(0)
    for (const doc of list.docs) expect(Object.keys(doc).sort()).toEqual(expect.arrayContaining(['id', 'title']))
    for (const doc of list.docs) expect(Object.keys(doc).filter((key) => !['id', 'title', 'status', 'category', 'updatedAt'].includes(key))).toEqual([])
  })
})
