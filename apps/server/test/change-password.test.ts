// auth.changePassword through the real server, and the product's rules for user documents:
// your own password changes only with the current one (a plain collections.update of it is
// refused), a wrong current password is a field error that counts toward the lockout, the
// other devices are signed out and this one stays; only admins create users, change roles
// or email addresses, and nobody but an admin edits another person's account.
import type { AppRouter } from '@quire/api'
import { USE_CHANGE_PASSWORD } from '@quire/api'
import { testProviders } from '@quire/core/testing'
import { TRPCClientError } from '@trpc/client'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestServer, TEST_PASSWORD, type TestServer } from './harness/test-server.ts'

async function rejection(promise: Promise<unknown>): Promise<TRPCClientError<AppRouter>> {
  const error: unknown = await promise.then(() => undefined, (caught: unknown) => caught)
  if (!(error instanceof TRPCClientError)) throw new Error(`expected a TRPCClientError, got ${String(error)}`)
  return error as TRPCClientError<AppRouter>
}

const fieldErrors = (error: TRPCClientError<AppRouter>) => (error.data as { fieldErrors?: unknown } | undefined)?.fieldErrors

describe.each(testProviders())('changing passwords and editing users over HTTP on %s', (provider) => {
  let server: TestServer
  let counter = 0

  beforeAll(async () => {
    server = await startTestServer({ provider })
  })
  afterAll(() => server.close())

  async function newUser(role: 'admin' | 'editor' = 'editor') {
    const email = `changer${(counter += 1)}@example.com`
    const user = await server.quire.create({ collection: 'users', data: { email, password: TEST_PASSWORD, name: `Changer ${counter}`, role } })
    const signIn = async (password = TEST_PASSWORD) => {
      const device = server.browser()
      await device.trpc.auth.login.mutate({ email, password })
      return device
    }
    return { id: user.id, email, signIn }
  }

  it('changes the password with the current one: other devices signed out, this one stays', async () => {
    const person = await newUser()
    const laptop = await person.signIn()
    const phone = await person.signIn()
    const wrong = await rejection(laptop.trpc.auth.changePassword.mutate({ currentPassword: 'not-it', password: 'a-new-password' }))
    expect(wrong.data).toMatchObject({ httpStatus: 400 })
    expect(fieldErrors(wrong)).toEqual([{ path: 'currentPassword', message: 'That is not your current password.' }])

    const result = await laptop.trpc.auth.changePassword.mutate({ currentPassword: TEST_PASSWORD, password: 'a-new-password' })
    expect(result.user).toMatchObject({ id: person.id, email: person.email })
    expect(JSON.stringify(result)).not.toMatch(/hash|loginAttempts|_sid/i)
    expect((await laptop.trpc.auth.me.query()).user?.email).toBe(person.email)
    expect((await phone.trpc.auth.me.query()).user).toBeNull()
    expect((await rejection(person.signIn())).data).toMatchObject({ httpStatus: 401 })
    expect((await (await person.signIn('a-new-password')).trpc.auth.me.query()).user?.id).toBe(person.id)
  })

  it('needs a session, and strict input', async () => {
    const anonymous = server.browser()
    expect((await rejection(anonymous.trpc.auth.changePassword.mutate({ currentPassword: 'x', password: 'yyyy' }))).data).toMatchObject({ httpStatus: 401 })
    const device = await (await newUser()).signIn()
    const sneaky = { currentPassword: TEST_PASSWORD, password: 'a-new-password', userId: 1 } as { currentPassword: string; password: string }
    expect((await rejection(device.trpc.auth.changePassword.mutate(sneaky))).data).toMatchObject({ httpStatus: 400 })
  })

  it('refuses your own password through collections.update, but saves your name', async () => {
    const person = await newUser()
    const device = await person.signIn()
    const refused = await rejection(device.trpc.collections.update.mutate({ collection: 'users', id: person.id, data: { password: 'a-new-password' } }))
    expect(fieldErrors(refused)).toEqual([{ path: 'password', message: USE_CHANGE_PASSWORD }])
    const renamed = await device.trpc.collections.update.mutate({ collection: 'users', id: person.id, data: { name: 'New Name' } })
    expect(renamed).toMatchObject({ name: 'New Name' })
    expect((await (await person.signIn()).trpc.auth.me.query()).user?.id).toBe(person.id)
  })

  it('refuses your own password however the id is spelled: "02", "2", 2 name the same document', async () => {
    const person = await newUser()
    const device = await person.signIn()
    for (const id of [`0${String(person.id)}`, `000${String(person.id)}`, String(person.id), person.id]) {
      const refused = await rejection(device.trpc.collections.update.mutate({ collection: 'users', id, data: { password: 'taken-over-password' } }))
      expect([id, fieldErrors(refused)]).toEqual([id, [{ path: 'password', message: USE_CHANGE_PASSWORD }]])
    }
    // Nothing changed: the old password still signs in, the attacker's does not.
    expect((await rejection(person.signIn('taken-over-password'))).data).toMatchObject({ httpStatus: 401 })
    expect((await (await person.signIn()).trpc.auth.me.query()).user?.id).toBe(person.id)
  })

  it('an editor cannot touch another account, create users, or promote themselves', async () => {
    const editor = await newUser()
    const victim = await newUser()
    const device = await editor.signIn()
    const other = await rejection(device.trpc.collections.update.mutate({ collection: 'users', id: victim.id, data: { name: 'Hijacked', password: 'taken-over' } }))
    expect(other.data).toMatchObject({ httpStatus: 403 })
    expect((await rejection(device.trpc.collections.delete.mutate({ collection: 'users', id: victim.id }))).data).toMatchObject({ httpStatus: 403 })
    expect((await rejection(device.trpc.collections.create.mutate({ collection: 'users', data: { email: 'new@example.com', password: 'whatever', name: 'New' } }))).data).toMatchObject({ httpStatus: 403 })
    // Field access drops what the editor may not set, as Payload does: the role and email stay.
    const self = await device.trpc.collections.update.mutate({ collection: 'users', id: editor.id, data: { role: 'admin', email: 'elsewhere@example.com' } })
    expect(self).toMatchObject({ role: 'editor', email: editor.email })
    expect((await victim.signIn()).jar.cookies.size).toBe(1)
  })

  it('an admin may manage other accounts, including their role and password', async () => {
    const admin = await newUser('admin')
    const person = await newUser()
    const device = await admin.signIn()
    const updated = await device.trpc.collections.update.mutate({ collection: 'users', id: person.id, data: { role: 'author', password: 'set-by-admin' } })
    expect(updated).toMatchObject({ role: 'author' })
    expect((await (await person.signIn('set-by-admin')).trpc.auth.me.query()).user?.id).toBe(person.id)
  })
})
