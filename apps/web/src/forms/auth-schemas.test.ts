import { describe, expect, it } from 'vitest'
import type { z } from 'zod'
import { authFormMessages, changePasswordSchema, forgotPasswordSchema, resetPasswordSchema, signInSchema } from './auth-schemas.ts'
import { zodFieldErrors } from './zod-field-errors.ts'

/** What a form shows: the first message per field, worded as the forms word them ({} when valid). */
function shown(schema: z.ZodType, values: unknown): Record<string, string> {
  const result = schema.safeParse(values, { error: authFormMessages })
  return result.success ? {} : zodFieldErrors(result.error)
}

const longest = { email: `${'a'.repeat(309)}@quire.test`, password: 'p'.repeat(1024) }

describe('auth form schemas', () => {
  it('accepts a trimmed email and any password', () => {
    expect(signInSchema.parse({ email: ' editor@quire.test ', password: 'x' })).toEqual({ email: 'editor@quire.test', password: 'x' })
  })

  it('names each missing or malformed field', () => {
    expect(shown(signInSchema, { email: 'not-an-email', password: '' })).toEqual({ email: 'Enter a valid email address.', password: 'Enter your password.' })
    expect(shown(signInSchema, { email: '   ', password: 'x' })).toEqual({ email: 'Enter your email address.' })
    expect(shown(forgotPasswordSchema, { email: '' })).toEqual({ email: 'Enter your email address.' })
    expect(shown(changePasswordSchema, { currentPassword: '', password: 'abcd-efgh', confirm: 'abcd-efgh' })).toEqual({ currentPassword: 'Enter your current password.' })
  })

  it("enforces the API's own bounds, in the forms' words", () => {
    expect(longest.email).toHaveLength(320)
    expect(shown(signInSchema, longest)).toEqual({})
    expect(shown(signInSchema, { email: `a${longest.email}`, password: `${longest.password}p` })).toEqual({ email: 'That email address is too long.', password: 'That password is too long.' })
    expect(shown(forgotPasswordSchema, { email: `a${longest.email}` })).toEqual({ email: 'That email address is too long.' })
    expect(shown(resetPasswordSchema, { password: `${longest.password}p`, confirm: `${longest.password}p` })).toEqual({ password: 'That password is too long.' })
    expect(shown(changePasswordSchema, { currentPassword: `${longest.password}p`, password: longest.password, confirm: longest.password })).toEqual({ currentPassword: 'That password is too long.' })
    // Text the database cannot store: the API's message, there is no friendlier one to give.
    expect(shown(signInSchema, { email: 'editor@quire.test', password: 'a\u0000b' })).toEqual({ password: 'Contains characters that cannot be stored' })
  })

  it('wants the new password twice, at least 8 characters', () => {
    expect(shown(resetPasswordSchema, { password: '', confirm: '' })).toEqual({ password: 'Use at least 8 characters.' })
    expect(shown(resetPasswordSchema, { password: 'seven77', confirm: 'seven77' })).toEqual({ password: 'Use at least 8 characters.' })
    expect(shown(resetPasswordSchema, { password: 'abcd-efgh', confirm: 'abcd-efgx' })).toEqual({ confirm: 'The two passwords are not the same.' })
    expect(shown(changePasswordSchema, { currentPassword: 'old', password: 'ab', confirm: 'ab' })).toEqual({ password: 'Use at least 8 characters.' })
    expect(changePasswordSchema.parse({ currentPassword: 'old', password: 'eight-ch', confirm: 'eight-ch' })).toEqual({ currentPassword: 'old', password: 'eight-ch', confirm: 'eight-ch' })
  })
})
