import { describe, expect, it } from 'vitest'
import { changePasswordInput, forgotPasswordInput, loginInput, logoutInput, resetPasswordInput } from './auth-inputs.ts'

describe('auth procedure inputs', () => {
  it('sign in to `users` unless a collection is named', () => {
    expect(loginInput.parse({ email: 'a@b.c', password: 'x' })).toEqual({ collection: 'users', email: 'a@b.c', password: 'x' })
    expect(forgotPasswordInput.parse({ collection: 'admins', email: 'a@b.c' })).toEqual({ collection: 'admins', email: 'a@b.c' })
    expect(logoutInput.parse(undefined)).toBeUndefined()
  })

  it('refuse keys they do not name', () => {
    expect(loginInput.safeParse({ email: 'a@b.c', password: 'x', overrideAccess: true }).success).toBe(false)
    expect(changePasswordInput.safeParse({ currentPassword: 'a', password: 'b', user: 1 }).success).toBe(false)
  })

  it('bound emails, passwords and tokens, and refuse what a database cannot store', () => {
    const valid = { currentPassword: 'old', password: 'p'.repeat(1024) }
    expect(changePasswordInput.safeParse(valid).success).toBe(true)
    expect(changePasswordInput.safeParse({ ...valid, password: 'p'.repeat(1025) }).success).toBe(false)
    expect(changePasswordInput.safeParse({ ...valid, currentPassword: '' }).success).toBe(false)
    expect(forgotPasswordInput.safeParse({ email: 'e'.repeat(320) }).success).toBe(true)
    expect(forgotPasswordInput.safeParse({ email: 'e'.repeat(321) }).success).toBe(false)
    expect(resetPasswordInput.safeParse({ token: 't'.repeat(4097), password: 'x' }).success).toBe(false)
    const stored = loginInput.safeParse({ email: 'a@b.c', password: 'a\u0000b' })
    expect(stored.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([['password', 'Contains characters that cannot be stored']])
    expect(loginInput.safeParse({ email: '\uD800', password: 'x' }).success).toBe(false)
  })
})
