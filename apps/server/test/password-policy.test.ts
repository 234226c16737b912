// The password policy through the real server, with the product's config: every way a new
// password arrives — an admin creating a person, auth.changePassword, auth.resetPassword —
// refuses fewer than 8 characters and the most common passwords with a 400 on the field, and
// takes a long uncommon one (no composition rules: the demo password is fine).
import type { AppRouter } from '@quire/api'
import { emailAdapterFor, type OutboxEmailAdapter } from '@quire/core'
import { testProviders } from '@quire/core/testing'
import { TRPCClientError } from '@trpc/client'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestServer, TEST_PASSWORD, type TestServer } from './harness/test-server.ts'

const SHORT = 'This value must be at least 8 characters long.'
const COMMON = 'This password is one of the most common ones, which attackers try first. Choose another.'

async function fieldErrorsOf(promise: Promise<unknown>): Promise<unknown> {
  const error: unknown = await promise.then(() => undefined, (caught: unknown) => caught)
  if (!(error instanceof TRPCClientError)) throw new Error(`expected a TRPCClientError, got ${String(error)}`)
  const data = (error as TRPCClientError<AppRouter>).data as { httpStatus?: number; fieldErrors?: unknown }
  expect(data.httpStatus).toBe(400)
  return data.fieldErrors
}

describe.each(testProviders())('password policy over HTTP on %s', (provider) => {
  let server: TestServer
  let counter = 0
  const email = () => `policy${(counter += 1)}-${provider}@example.com`

  beforeAll(async () => {
    server = await startTestServer({ provider })
  })
  afterAll(() => server.close())

  async function signedIn(role: 'admin' | 'author') {
    const address = email()
    await server.quire.create({ collection: 'users', data: { email: address, password: TEST_PASSWORD, name: 'Someone', role } })
    const device = server.browser()
    await device.trpc.auth.login.mutate({ email: address, password: TEST_PASSWORD })
    return { device, address }
  }

  it('an admin creating a person: short and common passwords refused, the demo password taken', async () => {
    const { device } = await signedIn('admin')
    const create = (password: string) => device.trpc.collections.create.mutate({ collection: 'users', data: { email: email(), name: 'New', password } })
    expect(await fieldErrorsOf(create('abc'))).toEqual([{ path: 'password', message: SHORT }])
    expect(await fieldErrorsOf(create('Password123'))).toEqual([{ path: 'password', message: COMMON }])
    await expect(create('quire-demo-password')).resolves.toMatchObject({ name: 'New' })
  })

  it('changePassword and resetPassword follow the same policy', async () => {
    const { device, address } = await signedIn('author')
    expect(await fieldErrorsOf(device.trpc.auth.changePassword.mutate({ currentPassword: TEST_PASSWORD, password: 'qwertyuiop' }))).toEqual([{ path: 'password', message: COMMON }])
    expect(await fieldErrorsOf(device.trpc.auth.changePassword.mutate({ currentPassword: TEST_PASSWORD, password: 'abc' }))).toEqual([{ path: 'password', message: SHORT }])

    const outbox = emailAdapterFor(server.quire.config) as OutboxEmailAdapter
    await server.browser().trpc.auth.forgotPassword.mutate({ email: address })
    await expect.poll(() => outbox.outbox.some((message) => message.to === address)).toBe(true)
    const link = outbox.outbox.find((message) => message.to === address)!
    const token = decodeURIComponent(/[?&]token=([^&\s"<]+)/.exec(link.text ?? '')![1]!)
    const reset = (password: string) => server.browser().trpc.auth.resetPassword.mutate({ token, password })
    expect(await fieldErrorsOf(reset('iloveyou'))).toEqual([{ path: 'password', message: COMMON }])
    expect(await fieldErrorsOf(reset('tiny'))).toEqual([{ path: 'password', message: SHORT }])
    await expect(reset('a reset passphrase')).resolves.toMatchObject({ user: { email: address } })
  })
})
