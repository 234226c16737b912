// @quire/core's public surface. Config shapes are types only; the runtime pieces are the
// config sanitizer, the generated-types printer and the error family.
export type * from './config/types.ts'
export type * from './config/fields.ts'
export * from './errors/index.ts'
export { buildConfig } from './config/build-config.ts'
export { toClientConfig } from './config/client-config.ts'
export type * from './config/client-config.ts'
export { printTypes } from './schema/print-types.ts'
export type * from './local-api-types.ts'
export type * from './query/where-types.ts'
export type * from './config/hooks-and-access.ts'
export type { Database, Provider, PrismaClientConstructor } from './database/types.ts'
export { Quire, createQuire } from './quire.ts'
export { getQuire } from './get-quire.ts'
export { sameDocumentId } from './documents/same-document-id.ts'
export { unknownDataPaths } from './validation/unknown-data-paths.ts'
export { populateDocuments, defaultFetchDocuments } from './documents/populate/index.ts'
export type { FetchDocuments, PopulateArgs } from './documents/populate/index.ts'
export { lockDocument, unlockDocument, pruneStaleLocks, DEFAULT_LOCK_DURATION_SECONDS, LOCK_RETENTION_MS } from './locking/index.ts'
export type { LockStatus, LockTarget, LockUser, LockDocumentOptions } from './locking/index.ts'
export * from './uploads/index.ts'
export { validateUrl, isSafeUrl, urlProblem, SAFE_URL_SCHEMES } from './validation/safe-url.ts'
// ── auth (issue 5): importing auth/ registers the auth collection feature; these are what
// the HTTP layer needs besides the Quire methods (login, auth, logout, refresh, me, …). ──
export {
  AuthenticationError,
  LOGIN_FAILED_MESSAGE,
  USERNAME_LOGIN_FAILED_MESSAGE,
  INVALID_RESET_TOKEN,
  INVALID_VERIFICATION_TOKEN,
  AUTH_DEFAULTS,
  AUTH_FIELDS,
  OWASP_SCRYPT,
  PAYLOAD_PASSWORD_POLICY,
  PASSWORD_MAX_LENGTH,
  DEFAULT_COOKIE_PREFIX,
  RESET_PASSWORD_PATH,
  VERIFY_EMAIL_PATH,
  authCookieName,
  authOptionsOf,
  extractCredential,
  readCookie,
  sealPasswordsFor,
  hashPassword,
  verifyPassword,
  pruneExpiredSessions,
  createOutboxEmailAdapter,
  createSmtpEmailAdapter,
  emailAdapterFor,
} from './auth/index.ts'
export type * from './auth/auth-api-types.ts'
export type * from './auth/types.ts'
export type { Permissions, CollectionPermissions, GlobalPermissions, Credential, OutboxEmailAdapter, SmtpEmailAdapter, SmtpEmailAdapterOptions } from './auth/index.ts'
export type { AuthUser } from './quire.ts'
// ── end auth ──
