// What a new password must be, after current guidance (OWASP ASVS v5, NIST 800-63B): at least
// `passwordPolicy.minLength` characters (8 by default; code points, so "密码" is two), at most
// PASSWORD_MAX_LENGTH (a guard against absurd inputs), no composition rules, and not one of
// the passwords attackers try first. Shared by the auth hooks (create, update), resetPassword,
// changePassword and the hash started before a write's transaction (prehash-password.ts).
import { ValidationError } from '../errors/api-error.ts'
import { PASSWORD_INPUT } from './auth-fields.ts'
import { isCommonPassword } from './common-passwords.ts'
import type { PasswordPolicy } from './types.ts'

/** Payload's rules (3 characters, no list), for configs that must behave as Payload does. */
export const PAYLOAD_PASSWORD_POLICY: Readonly<Required<PasswordPolicy>> = Object.freeze({ minLength: 3, refuseCommon: false })
export const PASSWORD_MAX_LENGTH = 40_000
export const COMMON_PASSWORD = 'This password is one of the most common ones, which attackers try first. Choose another.'

export function checkPassword(password: unknown, policy: Required<PasswordPolicy>, path = PASSWORD_INPUT): string {
  const fail = (message: string): never => {
    throw new ValidationError([{ path, message }])
  }
  if (password === undefined || password === null || password === '') return fail('This field is required.')
  if (typeof password !== 'string') return fail('This field must be a string.')
  if (password.length > PASSWORD_MAX_LENGTH) return fail(`This value must be at most ${PASSWORD_MAX_LENGTH} characters long.`)
  if ([...password].length < policy.minLength) return fail(`This value must be at least ${policy.minLength} characters long.`)
  if (policy.refuseCommon && isCommonPassword(password)) return fail(COMMON_PASSWORD)
  return password
}
