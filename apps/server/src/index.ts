// @quire/server: the HTTP server, importable so tests and benchmarks run the real thing.
export { createQuireServer, type QuireServer, type QuireServerOptions } from './server.ts'
export { parseEnv, loadEnv, REPO_ROOT, type ServerEnv, type ParseEnvOptions } from './env.ts'
export { createLogger, type Logger } from './logger.ts'
export { PRODUCTION_SESSION_COOKIE_NAME, SESSION_COOKIE_NAME, sessionCookieName, sessionOptions } from './session-cookie.ts'
export { csrfRefusal, type CsrfPolicy } from './csrf.ts'
export { withServerEnv } from './quire-config.ts'
export { DEFAULT_MAX_BODY_SIZE, MAX_BATCH_SIZE } from './trpc-handler.ts'
