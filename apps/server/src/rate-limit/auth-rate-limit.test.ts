import { describe, expect, it } from 'vitest'
import { accountKey, proceduresOf } from './auth-rate-limit.ts'

describe('proceduresOf', () => {
  it('reads the procedures of a tRPC URL, batched or not', () => {
    expect(proceduresOf('/trpc/auth.login')).toEqual(['auth.login'])
    expect(proceduresOf('/trpc/auth.login,auth.me?batch=1')).toEqual(['auth.login', 'auth.me'])
    expect(proceduresOf('/trpc/')).toEqual([])
    expect(proceduresOf('/healthz')).toEqual([])
  })
})

describe('accountKey', () => {
  it('is the collection and the login as the Local API compares it', () => {
    expect(accountKey({ email: '  Edith@Example.COM ', password: 'x' })).toBe('users\u0000edith@example.com')
    expect(accountKey({ collection: 'admins', username: 'Root' })).toBe('admins\u0000root')
  })

  it('is undefined when there is no usable login (then only the address counts)', () => {
    expect([accountKey({ email: 42 }), accountKey({ email: '   ' }), accountKey('edith@example.com'), accountKey(null)]).toEqual([undefined, undefined, undefined, undefined])
  })
})
