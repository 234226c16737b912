// @quire/api/client: what a client of the API imports at runtime. Browser-safe: nothing here
// reaches the server code (the router is imported as a type only).
export { createQuireLinks, uploadFormData, type QuireLinkOptions, type LinkFetch } from './client-links.ts'
export { INPUT_LIMITS } from './inputs/limits.ts'
// The auth procedures' own input schemas: the SPA's forms validate with them.
export { changePasswordInput, emailInput, forgotPasswordInput, loginInput, passwordInput, resetPasswordInput, tokenInput } from './inputs/auth-inputs.ts'
export type { AppRouter } from './app-router.ts'
export type { QuireErrorData } from './trpc.ts'
export type { QuireErrorCode } from './errors/describe-error.ts'
export type { PublicUser } from './public-user.ts'
