// @quire/api/client: what a client of the API imports at runtime. Browser-safe: nothing here
// reaches the server code (the router is imported as a type only).
export { createQuireLinks, uploadFormData, type QuireLinkOptions, type LinkFetch } from './client-links.ts'
export { INPUT_LIMITS } from './inputs/limits.ts'
export type { AppRouter } from './app-router.ts'
export type { QuireErrorData } from './trpc.ts'
export type { QuireErrorCode } from './errors/describe-error.ts'
export type { PublicUser } from './public-user.ts'
