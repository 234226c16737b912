// @quire/api: the tRPC router over the Local API, and what a server needs to mount it.
export { appRouter, type AppRouter } from './app-router.ts'
export { createApiContext, headersForAuth, type ApiContext, type CreateApiContextOptions, type RequestMeta, type SessionCookie } from './context.ts'
export { authenticateRequest, type Authenticate } from './authenticate.ts'
export { describeError, INTERNAL_ERROR_MESSAGE, type ErrorDescription, type QuireErrorCode } from './errors/describe-error.ts'
export { createCallerFactory, type QuireErrorData } from './trpc.ts'
export { INPUT_LIMITS } from './inputs/limits.ts'
export { DEFAULT_LIMIT } from './routers/collections.ts'
