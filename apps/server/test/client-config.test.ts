// config.client over HTTP: the content model a browser may see, only for signed-in callers,
// with no hidden field, secret or function in it.
import type { AppRouter } from '@quire/api'
import { DEMO_EDITOR_EMAIL, DEMO_PASSWORD, seedDemoContent } from '@quire/cms/demo-content'
import type { QuireTypes } from '@quire/cms/types'
import type { Quire } from '@quire/core'
import { testProviders } from '@quire/core/testing'
import { TRPCClientError } from '@trpc/client'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestServer, type TestServer } from './harness/test-server.ts'

describe.each(testProviders())('config.client on %s', (provider) => {
  let server: TestServer

  beforeAll(async () => {
    server = await startTestServer({ provider })
    await seedDemoContent(server.quire as unknown as Quire<QuireTypes>)
  })
  afterAll(() => server.close())

  it('is refused to anonymous callers', async () => {
    const error: unknown = await server.browser().trpc.config.client.query().then(() => undefined, (caught: unknown) => caught)
    expect(error).toBeInstanceOf(TRPCClientError)
    expect(((error as TRPCClientError<AppRouter>).data as { httpStatus?: number } | undefined)?.httpStatus).toBe(401)
  })

  it('describes every collection and global of the config, without secrets or hidden fields', async () => {
    const device = server.browser()
    await device.trpc.auth.login.mutate({ email: DEMO_EDITOR_EMAIL, password: DEMO_PASSWORD })
    const client = await device.trpc.config.client.query()
    expect(client.collections.map((collection) => collection.slug).sort()).toEqual(server.quire.config.collections.map((collection) => collection.slug).sort())
    expect(client.globals.map((global) => global.slug)).toEqual(server.quire.config.globals.map((global) => global.slug))
    const posts = client.collections.find((collection) => collection.slug === 'posts')
    expect(posts?.admin.useAsTitle).toBe('title')
    expect(posts?.fields.find((field) => field.name === 'title')).toMatchObject({ type: 'text', required: true })
    const users = client.collections.find((collection) => collection.slug === 'users')
    expect(users?.auth).toBeDefined()
    const json = JSON.stringify(client)
    expect(json).not.toContain(server.quire.config.secret)
    for (const secretField of ['passwordHash', 'resetPasswordTokenHash', 'lockUntil', 'loginAttempts', 'apiKeyIndex']) expect(json).not.toContain(secretField)
  })
})
