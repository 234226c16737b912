// beforeOperation / afterOperation around the auth operations, as Payload runs them (reference
// docs/hooks.md#collection-hooks): login, refresh, forgotPassword, resetPassword and unlock each run beforeOperation first
// (its return replaces the arguments) and afterOperation last, inside the transaction (its
// return replaces the result; a throw undoes the operation).
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import '../src/auth/index.ts'
import { createOutboxEmailAdapter } from '../src/auth/email/outbox-adapter.ts'
import { buildConfig } from '../src/config/build-config.ts'
import type { AfterOperationHook, BeforeOperationHook, DocumentData } from '../src/config/hooks-and-access.ts'
import type { Database } from '../src/database/types.ts'
import type { Quire } from '../src/quire.ts'
import { createTestQuire, testProviders } from '../src/testing/index.ts'
import { bearer, FAST_SCRYPT, rawRows } from './fixtures/auth-config.ts'

interface Seen {
  hook: string
  operation: string
  args?: DocumentData
  result?: unknown
}
const seen: Seen[] = []
const control: { failAfter?: string } = {}

// Sign-in by a short alias: beforeOperation rewrites the arguments before login reads them.
const aliases: BeforeOperationHook = ({ args, operation }) => {
  seen.push({ hook: 'beforeOperation', operation, args })
  const data = args.data as DocumentData | undefined
  if (operation === 'login' && data?.email === 'ed') return { ...args, data: { ...data, email: 'edith@example.test' } }
  return args
}
const stamp: AfterOperationHook = ({ operation, result, args }) => {
  seen.push({ hook: 'afterOperation', operation, args, result })
  if (control.failAfter === operation) throw new Error(`afterOperation refused ${operation}`)
  return operation === 'login' || operation === 'refresh' ? { ...(result as DocumentData), stamped: operation } : result
}

const config = buildConfig({
  secret: 'operation-hooks-secret-that-is-32-chars-long',
  serverURL: 'https://cms.example.test',
  email: { adapter: createOutboxEmailAdapter({ log: false }), fromAddress: 'cms@example.test' },
  collections: [
    {
      slug: 'users',
      auth: { scrypt: FAST_SCRYPT },
      fields: [],
      hooks: {
        beforeOperation: [aliases],
        afterOperation: [stamp],
        beforeLogin: [({ user }) => (seen.push({ hook: 'beforeLogin', operation: 'login' }), user)],
        afterLogin: [({ user }) => (seen.push({ hook: 'afterLogin', operation: 'login' }), user)],
      },
    },
  ],
  db: { url: 'file:./unused.db' },
})

describe.each(testProviders())('operation hooks of the auth operations on %s', (provider) => {
  let quire: Quire
  let db: Database
  let cleanup: () => Promise<void>
  // Loading the user goes through findByID and the reset's new password through update, which
  // run their own operation hooks; these tests follow the auth operations' own.
  const AUTH_OPERATIONS = new Set(['login', 'refresh', 'forgotPassword', 'resetPassword', 'unlock'])
  const order = () => seen.filter((entry) => AUTH_OPERATIONS.has(entry.operation)).map((entry) => `${entry.hook}:${entry.operation}`)

  beforeAll(async () => {
    ;({ quire, db, cleanup } = await createTestQuire({ config, provider }))
    await quire.create({ collection: 'users', data: { email: 'edith@example.test', password: 'pass-word' } })
  })
  afterAll(() => cleanup())
  beforeEach(() => {
    seen.length = 0
    control.failAfter = undefined
  })

  it('login: beforeOperation may rewrite the arguments; afterOperation runs last and may rewrite the result', async () => {
    const result = await quire.login({ collection: 'users', data: { email: 'ed', password: 'pass-word' } })
    expect(result).toMatchObject({ stamped: 'login', user: { email: 'edith@example.test' } })
    expect(order()).toEqual(['beforeOperation:login', 'beforeLogin:login', 'afterLogin:login', 'afterOperation:login'])
    expect(seen.map((entry) => entry.operation)).toContain('read')
    expect(seen[0]!.args).toMatchObject({ collection: 'users', data: { email: 'ed' } })
    expect(seen.at(-1)!.args).toMatchObject({ data: { email: 'edith@example.test' } })
  })

  it('a throwing afterOperation undoes the login: no session is left', async () => {
    const before = (await rawRows(db, quire.schema.sessions.delegate)).length
    control.failAfter = 'login'
    await expect(quire.login({ collection: 'users', data: { email: 'ed', password: 'pass-word' } })).rejects.toThrow('afterOperation refused login')
    expect(await rawRows(db, quire.schema.sessions.delegate)).toHaveLength(before)
  })

  it('refresh, forgotPassword, resetPassword and unlock run both hooks with their own names', async () => {
    const { token } = await quire.login({ collection: 'users', data: { email: 'edith@example.test', password: 'pass-word' } })
    seen.length = 0
    expect(await quire.refresh({ collection: 'users', token })).toMatchObject({ stamped: 'refresh' })
    const resetToken = await quire.forgotPassword({ collection: 'users', data: { email: 'edith@example.test' }, disableEmail: true })
    expect(resetToken).toEqual(expect.any(String))
    const reset = await quire.resetPassword({ collection: 'users', data: { token: resetToken!, password: 'pass-word' } })
    expect((await quire.auth({ headers: bearer(reset.token) })).user?.email).toBe('edith@example.test')
    expect(await quire.unlock({ collection: 'users', data: { email: 'edith@example.test' } })).toBe(true)
    expect(order()).toEqual([
      'beforeOperation:refresh',
      'afterOperation:refresh',
      'beforeOperation:forgotPassword',
      'afterOperation:forgotPassword',
      'beforeOperation:resetPassword',
      'beforeLogin:login',
      'afterLogin:login',
      'afterOperation:resetPassword',
      'beforeOperation:unlock',
      'afterOperation:unlock',
    ])
    expect(seen.find((entry) => entry.hook === 'afterOperation' && entry.operation === 'forgotPassword')?.result).toBe(resetToken)
  })

  it('a throwing afterOperation undoes a reset: the token still works afterwards', async () => {
    const resetToken = await quire.forgotPassword({ collection: 'users', data: { email: 'edith@example.test' }, disableEmail: true })
    control.failAfter = 'resetPassword'
    await expect(quire.resetPassword({ collection: 'users', data: { token: resetToken!, password: 'other-word' } })).rejects.toThrow('afterOperation refused resetPassword')
    control.failAfter = undefined
    await expect(quire.login({ collection: 'users', data: { email: 'edith@example.test', password: 'pass-word' } })).resolves.toMatchObject({ stamped: 'login' })
    await expect(quire.resetPassword({ collection: 'users', data: { token: resetToken!, password: 'other-word' } })).resolves.toMatchObject({ user: { email: 'edith@example.test' } })
  })
})
