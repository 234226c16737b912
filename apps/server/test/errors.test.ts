// Error mapping through the real server: what the client receives for each kind of failure,
// and that unexpected failures are hidden from the client but logged with the request id.
import type { AppRouter } from '@quire/api'
import { lockDocument } from '@quire/core'
import { testProviders } from '@quire/core/testing'
import { TRPCClientError } from '@trpc/client'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { EXPLODING_TITLE, SECRET_DETAIL } from './harness/test-config.ts'
import { startTestServer, TEST_PASSWORD, type TestServer } from './harness/test-server.ts'

describe.each(testProviders())('error mapping on %s', (provider) => {
  let server: TestServer
  let authorId: number

  beforeAll(async () => {
    server = await startTestServer({ provider })
    await server.quire.create({ collection: 'users', data: { name: 'Edith', email: 'edith@example.com', role: 'editor', password: TEST_PASSWORD } })
    authorId = (await server.quire.create({ collection: 'users', data: { name: 'Arthur', email: 'arthur@example.com', role: 'author', password: TEST_PASSWORD } })).id as number
  })
  afterAll(() => server.close())

  async function signedIn() {
    const browser = server.browser()
    await server.signIn(browser.jar, 'edith@example.com')
    return browser
  }

  async function rejection(promise: Promise<unknown>): Promise<TRPCClientError<AppRouter>> {
    const error: unknown = await promise.then(() => undefined, (caught: unknown) => caught)
    if (!(error instanceof TRPCClientError)) throw new Error(`expected a TRPCClientError, got ${String(error)}`)
    return error as TRPCClientError<AppRouter>
  }

  it('ValidationError → 400 BAD_REQUEST with the failing fields', async () => {
    const { trpc } = await signedIn()
    const error = await rejection(trpc.createPost.mutate({ excerpt: 'no title', views: -1 }))
    expect(error.message).toBe('The following fields are invalid: Title, Views')
    expect(error.data).toEqual({
      code: 'BAD_REQUEST',
      httpStatus: 400,
      path: 'createPost',
      quireCode: 'VALIDATION',
      fieldErrors: [
        { path: 'title', message: 'This field is required.' },
        { path: 'views', message: '-1 is less than the min allowed value of 0.' },
      ],
    })
  })

  it('QueryError → 400 with the query problem', async () => {
    const { trpc } = await signedIn()
    const error = await rejection(trpc.collections.find.query({ collection: 'posts', where: { nope: { equals: 1 } } }))
    expect(error.data).toMatchObject({ code: 'BAD_REQUEST', httpStatus: 400, quireCode: 'QUERY' })
  })

  it('404 NOT_FOUND for a missing document and an unknown procedure', async () => {
    const { trpc } = await signedIn()
    const error = await rejection(trpc.collections.findByID.query({ collection: 'posts', id: 999_999 }))
    expect(error.data).toEqual({ code: 'NOT_FOUND', httpStatus: 404, path: 'collections.findByID' })
    const response = await fetch(`${server.url}/trpc/collections.nope`)
    expect(response.status).toBe(404)
  })

  it('403 FORBIDDEN when access says no', async () => {
    const { trpc } = server.browser()
    const error = await rejection(trpc.collections.count.query({ collection: 'users' }))
    expect([error.message, error.data?.httpStatus]).toEqual(['You are not allowed to perform this action.', 403])
  })

  it('423 (Locked) reaches the client as its real status and quireCode LOCKED', async () => {
    const post = await server.quire.create({ collection: 'posts', data: { title: 'Being edited' } })
    await lockDocument(server.quire, { collection: 'posts', id: post.id, user: { id: authorId, collection: 'users' } })
    const { jar, trpc } = await signedIn()
    const error = await rejection(trpc.updatePost.mutate({ id: post.id as number, data: { title: 'Overwritten' } }))
    expect(error.data).toMatchObject({ code: 'CONFLICT', httpStatus: 423, quireCode: 'LOCKED' })
    const raw = await jar.fetch(`${server.url}/trpc/updatePost`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ id: post.id, data: { title: 'x' } }) })
    expect(raw.status).toBe(423)
    expect((await server.quire.findByID({ collection: 'posts', id: post.id })).title).toBe('Being edited')
  })

  it('413 PAYLOAD_TOO_LARGE past 12 MiB, with nothing written', async () => {
    const { jar } = await signedIn()
    const before = (await server.quire.count({ collection: 'posts' })).totalDocs
    const body = JSON.stringify({ title: 'Huge', excerpt: 'x'.repeat(12 * 1024 * 1024) })
    const response = await jar.fetch(`${server.url}/trpc/createPost`, { method: 'POST', headers: { 'content-type': 'application/json' }, body })
    expect(response.status).toBe(413)
    expect(((await response.json()) as { error: { data: unknown } }).error.data).toEqual({ code: 'PAYLOAD_TOO_LARGE', httpStatus: 413, path: 'createPost' })
    expect((await server.quire.count({ collection: 'posts' })).totalDocs).toBe(before)
  })

  it('an unexpected error is a bare 500 for the client and a log line with the request id', async () => {
    const { jar } = await signedIn()
    const response = await jar.fetch(`${server.url}/trpc/createPost`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'req-explode-1' },
      body: JSON.stringify({ title: EXPLODING_TITLE }),
    })
    const text = await response.text()
    expect(response.status).toBe(500)
    expect(response.headers.get('x-request-id')).toBe('req-explode-1')
    expect(JSON.parse(text)).toEqual({ error: { message: 'Internal server error', code: -32603, data: { code: 'INTERNAL_SERVER_ERROR', httpStatus: 500, path: 'createPost' } } })
    expect(text).not.toContain('hunter2')
    const logged = server.logs.find((line) => line.reqId === 'req-explode-1' && line.msg === 'unexpected error in a procedure')
    expect(logged).toMatchObject({ level: 50, path: 'createPost', err: { message: SECRET_DETAIL } })
  })

  it('every request is logged as JSON with its id, method, path and status', async () => {
    await fetch(`${server.url}/healthz`, { headers: { 'x-request-id': 'req-health-1' } })
    expect(server.logs.find((line) => line.reqId === 'req-health-1')).toMatchObject({ msg: 'request', method: 'GET', path: '/healthz', status: 200 })
  })
})
