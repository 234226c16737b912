// What a password must be: Payload's bounds (at least 3 characters; the upper bound only
// guards against absurd inputs). Shared by the auth hooks, resetPassword, changePassword and
// the hash started before a write's transaction (prehash-password.ts).
import { ValidationError } from '../errors/api-error.ts'
import { PASSWORD_INPUT } from './auth-fields.ts'

export const PASSWORD_MIN_LENGTH = 3
export const PASSWORD_MAX_LENGTH = 40_000

export function checkPassword(password: unknown, path = PASSWORD_INPUT): string {
  const fail = (message: string): never => {
    throw new ValidationError([{ path, message }])
  }
  if (password === undefined || password === null || password === '') return fail('This field is required.')
  if (typeof password !== 'string') return fail('This field must be a string.')
  if (password.length < PASSWORD_MIN_LENGTH) return fail(`This value must be at least ${PASSWORD_MIN_LENGTH} characters long.`)
  if (password.length > PASSWORD_MAX_LENGTH) return fail(`This value must be at most ${PASSWORD_MAX_LENGTH} characters long.`)
  return password
}
