// Client-side checks of the auth forms. The bounds are the API's own (routers/auth.ts: email
// ≤ 320, password ≤ 1024; core's minimum password length 3), and each schema's output is
// checked against the procedure's input type below, so a change of shape in the API fails
// the SPA's typecheck instead of failing in a browser.
import { z } from 'zod'
import type { RouterInputs } from '../api/trpc.ts'

const email = z.string().trim().min(1, 'Enter your email address.').max(320, 'That email address is too long.').pipe(z.email('Enter a valid email address.'))
const password = z.string().min(1, 'Enter your password.').max(1024, 'That password is too long.')
/** core/auth/auth-hooks.ts PASSWORD_MIN_LENGTH. */
export const PASSWORD_MIN_LENGTH = 3
const newPassword = z.string().min(PASSWORD_MIN_LENGTH, `Use at least ${PASSWORD_MIN_LENGTH} characters.`).max(1024, 'That password is too long.')

export const signInSchema = z.object({ email, password })
export const forgotPasswordSchema = z.object({ email })
export const newPasswordSchema = z
  .object({ password: newPassword, confirm: z.string() })
  .refine((value) => value.password === value.confirm, { path: ['confirm'], message: 'The two passwords are not the same.' })

// Compile-time: what the forms produce is what the procedures accept.
type Assignable<From, To> = From extends To ? true : false
const checks: [
  Assignable<z.output<typeof signInSchema>, RouterInputs['auth']['login']>,
  Assignable<z.output<typeof forgotPasswordSchema>, RouterInputs['auth']['forgotPassword']>,
  Assignable<{ token: string; password: z.output<typeof newPasswordSchema>['password'] }, RouterInputs['auth']['resetPassword']>,
  Assignable<{ currentPassword: string; password: z.output<typeof newPasswordSchema>['password'] }, RouterInputs['auth']['changePassword']>,
] = [true, true, true, true]
void checks
