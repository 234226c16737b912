// The lockout through the real server, as the denial of service it can be: five anonymous wrong
// passwords lock anyone's account. The owner is told by mail (no token in it); an admin lifts
// the lock at once with auth.unlock (nobody else may: an editor is refused and the lock stays);
// a password reset unlocks too.
import type { AppRouter } from '@quire/api'
import { emailAdapterFor, type OutboxEmailAdapter } from '@quire/core'
import { hashBudget, testProviders } from '@quire/core/testing'
import { TRPCClientError } from '@trpc/client'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestServer, TEST_PASSWORD, type TestServer } from './harness/test-server.ts'

async function rejection(promise: Promise<unknown>): Promise<TRPCClientError<AppRouter>> {
  const error: unknown = await promise.then(() => undefined, (caught: unknown) => caught)
  if (!(error instanceof TRPCClientError)) throw new Error(`expected a TRPCClientError, got ${String(error)}`)
  return error as TRPCClientError<AppRouter>
}

// Each test hashes a dozen passwords at the OWASP cost (users, guesses, sign-ins): budgets count them.
describe.each(testProviders())('lockout over HTTP on %s', (provider) => {
  let server: TestServer
  let outbox: OutboxEmailAdapter
  let counter = 0

  beforeAll(async () => {
    server = await startTestServer({ provider })
    outbox = emailAdapterFor(server.quire.config) as OutboxEmailAdapter
  })
  afterAll(() => server.close())

  async function newUser(role: 'admin' | 'editor' | 'author' = 'author') {
    const email = `locked${(counter += 1)}-${provider}@example.com`
    await server.quire.create({ collection: 'users', data: { email, password: TEST_PASSWORD, name: `Person ${counter}`, role } })
    return email
  }
  async function signedIn(role: 'admin' | 'editor') {
    const email = await newUser(role)
    const device = server.browser()
    await device.trpc.auth.login.mutate({ email, password: TEST_PASSWORD })
    return device
  }
  /** Five wrong passwords from an anonymous client: the account is locked. */
  async function lockOut(email: string): Promise<void> {
    const stranger = server.browser()
    for (let attempt = 0; attempt < 5; attempt += 1) expect((await rejection(stranger.trpc.auth.login.mutate({ email, password: `guess-${attempt}` }))).data).toMatchObject({ httpStatus: 401 })
  }
  const canSignIn = async (email: string, password = TEST_PASSWORD) =>
    server.browser().trpc.auth.login.mutate({ email, password }).then(() => true, (error: unknown) => {
      if (error instanceof TRPCClientError && (error.data as { httpStatus?: number }).httpStatus === 401) return false
      throw error
    })
  const mailsTo = (email: string) => outbox.outbox.filter((message) => message.to === email)

  it('five anonymous guesses lock the account, and its owner gets a mail saying so', { timeout: hashBudget(8) }, async () => {
    const email = await newUser()
    await lockOut(email)
    expect(await canSignIn(email)).toBe(false)
    expect(mailsTo(email).map((message) => message.subject)).toEqual(['Your account was locked after failed sign-ins'])
    expect(mailsTo(email)[0]!.text).toMatch(/ask an administrator to unlock it, or set a new password now/)
    expect(JSON.stringify(mailsTo(email))).not.toMatch(/token/i)
  })

  it('an admin unlocks it at once; an editor and an anonymous caller are refused and the lock stays', { timeout: hashBudget(13) }, async () => {
    const email = await newUser()
    await lockOut(email)
    const editor = await signedIn('editor')
    expect((await rejection(editor.trpc.auth.unlock.mutate({ email }))).data?.httpStatus).toBeOneOf([403, 404])
    expect((await rejection(server.browser().trpc.auth.unlock.mutate({ email }))).data).toMatchObject({ httpStatus: 403 })
    expect(await canSignIn(email)).toBe(false)

    const admin = await signedIn('admin')
    expect(await admin.trpc.auth.unlock.mutate({ email })).toEqual({ unlocked: true })
    expect(await canSignIn(email)).toBe(true)
    // An unknown address is a 404, for admins too.
    expect((await rejection(admin.trpc.auth.unlock.mutate({ email: `nobody-${provider}@example.com` }))).data).toMatchObject({ httpStatus: 404 })
  })

  it('a password reset unlocks the account', { timeout: hashBudget(10) }, async () => {
    const email = await newUser()
    await lockOut(email)
    await server.browser().trpc.auth.forgotPassword.mutate({ email })
    // The reset mail is sent after the answer (the answer must not depend on the account).
    await expect.poll(() => mailsTo(email).some((message) => message.subject === 'Reset your password')).toBe(true)
    const reset = mailsTo(email).find((message) => message.subject === 'Reset your password')!
    const token = decodeURIComponent(/[?&]token=([^&\s"<]+)/.exec(reset.text ?? '')![1]!)
    const device = server.browser()
    await device.trpc.auth.resetPassword.mutate({ token, password: 'after-the-lockout' })
    expect((await device.trpc.auth.me.query()).user?.email).toBe(email)
    expect(await canSignIn(email, 'after-the-lockout')).toBe(true)
  })
})
