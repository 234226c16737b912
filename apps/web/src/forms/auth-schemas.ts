// Client-side checks of the auth forms, derived from the auth procedures' own input schemas
// (@quire/api/client), so the forms enforce the API's bounds without restating them. A form
// adds only what the API does not ask: an email's trimming and format, core's minimum length
// for a new password, and the repeated new password.
//
// Messages: a check the form adds carries its own; the API's checks keep the API's terse
// wording, so the forms parse with `authFormMessages` (safeParse's per-parse error map), which
// words them per field.
import { changePasswordInput, emailInput, forgotPasswordInput, loginInput, passwordInput, resetPasswordInput } from '@quire/api/client'
import { z } from 'zod'

/**
 * core's default `auth.passwordPolicy.minLength`, which the product keeps: core refuses a shorter
 * new password (and a common one, which only core checks: the list is too big to ship here).
 */
export const PASSWORD_MIN_LENGTH = 8

// Trimmed first (a pasted address often brings a space), then the API's email, then the format.
const email = z.string().trim().pipe(emailInput).pipe(z.email('Enter a valid email address.'))
// Core's minimum first: an empty new password is "too short" here, not "missing".
const newPassword = z.string().min(PASSWORD_MIN_LENGTH, `Use at least ${PASSWORD_MIN_LENGTH} characters.`).pipe(passwordInput)
const sameTwice = (value: { password: string; confirm: string }): boolean => value.password === value.confirm
const notTheSame = { path: ['confirm'], message: 'The two passwords are not the same.' }

// The SPA signs in to the default collection with an email, so `collection` and `username` go.
export const signInSchema = loginInput.omit({ collection: true, username: true }).extend({ email })
export const forgotPasswordSchema = forgotPasswordInput.omit({ collection: true }).extend({ email })
/** The reset form; the token comes from the emailed link. */
export const resetPasswordSchema = resetPasswordInput.omit({ collection: true, token: true }).extend({ password: newPassword, confirm: z.string() }).refine(sameTwice, notTheSame)
export const changePasswordSchema = changePasswordInput.extend({ password: newPassword, confirm: z.string() }).refine(sameTwice, notTheSame)

/** Per field, the words for the API's checks (too_small is its minimum 1: the field is empty). */
const MESSAGES: Record<string, Partial<Record<z.core.$ZodIssueCode, string>>> = {
  email: { too_small: 'Enter your email address.', too_big: 'That email address is too long.' },
  password: { too_small: 'Enter your password.', too_big: 'That password is too long.' },
  currentPassword: { too_small: 'Enter your current password.', too_big: 'That password is too long.' },
}

/** For `schema.safeParse(values, { error: authFormMessages })`; undefined leaves zod's own message. */
export const authFormMessages: z.core.$ZodErrorMap = (issue) => MESSAGES[String(issue.path?.[0])]?.[issue.code]
