import { describe, expect, it } from 'vitest'
import { newPasswordSchema, signInSchema } from './auth-schemas.ts'
import { zodFieldErrors } from './zod-field-errors.ts'

describe('auth form schemas', () => {
  it('accepts a trimmed email and any password', () => {
    expect(signInSchema.parse({ email: ' editor@quire.test ', password: 'x' })).toEqual({ email: 'editor@quire.test', password: 'x' })
  })

  it('names each missing or malformed field', () => {
    const result = signInSchema.safeParse({ email: 'not-an-email', password: '' })
    expect(result.success).toBe(false)
    if (!result.success) expect(zodFieldErrors(result.error)).toEqual({ email: 'Enter a valid email address.', password: 'Enter your password.' })
  })

  it('wants the new password twice, at least 3 characters', () => {
    const short = newPasswordSchema.safeParse({ password: 'ab', confirm: 'ab' })
    expect(short.success ? {} : zodFieldErrors(short.error)).toEqual({ password: 'Use at least 3 characters.' })
    const different = newPasswordSchema.safeParse({ password: 'abcd', confirm: 'abce' })
    expect(different.success ? {} : zodFieldErrors(different.error)).toEqual({ confirm: 'The two passwords are not the same.' })
  })
})
