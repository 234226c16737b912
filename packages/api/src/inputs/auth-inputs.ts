// The auth procedures' inputs (routers/auth.ts), in a module of their own because the SPA's
// forms validate with these very schemas (exported from @quire/api/client). So it must stay
// browser-safe: zod, and modules that import nothing else (json-limits.ts imports only core's
// dependency-free @quire/core/storable-text; slug-schema.ts only the limits).
import { z } from 'zod'
import { storableTextProblem } from './json-limits.ts'
import { slugSchema } from './slug-schema.ts'

/** Text the database can store (no NUL, no lone surrogate): otherwise a 500 instead of a 400. */
const storable = (schema: z.ZodString) => schema.refine((text) => storableTextProblem(text) === undefined, { message: 'Contains characters that cannot be stored' })

/** The auth-enabled collection; the SPA signs in to `users`. */
export const authCollectionInput = slugSchema.default('users')
/** Any text up to 320 characters: the API only looks the account up, the address format is core's business. */
export const emailInput = storable(z.string().min(1).max(320))
export const passwordInput = storable(z.string().min(1).max(1024))
/** A reset or verification token from an email. */
export const tokenInput = z.string().min(1).max(4096)

export const loginInput = z.strictObject({ collection: authCollectionInput, email: emailInput.optional(), username: emailInput.optional(), password: passwordInput })
export const logoutInput = z.strictObject({ allSessions: z.boolean().optional() }).optional()
export const forgotPasswordInput = z.strictObject({ collection: authCollectionInput, email: emailInput })
export const resetPasswordInput = z.strictObject({ collection: authCollectionInput, token: tokenInput, password: passwordInput })
export const changePasswordInput = z.strictObject({ currentPassword: passwordInput, password: passwordInput })
export const unlockInput = z.strictObject({ collection: authCollectionInput, email: emailInput })
export const verifyEmailInput = z.strictObject({ collection: authCollectionInput, token: tokenInput })
