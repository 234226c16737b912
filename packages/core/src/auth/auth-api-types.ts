// Options and results of the auth methods of the Local API (docs/auth.md, docs/sessions.md#cookies-over-http).
import type { RequestUser } from '../config/hooks-and-access.ts'
import type { SharedOptions } from '../local-api-types.ts'
import type { Permissions } from './permissions.ts'

type CallOptions = Pick<SharedOptions, 'context' | 'req' | 'overrideAccess'>

export interface LoginData {
  email?: string
  username?: string
  password: string
}

export interface LoginOptions<S extends string = string> extends CallOptions {
  collection: S
  data: LoginData
  /** Population depth of the returned user; default the collection's `auth.depth` (0). */
  depth?: number
}

export interface LoginResult<TUser = RequestUser> {
  /** An iron seal: send it as `Authorization: Bearer <token>` or as the `<cookiePrefix>-token` cookie. */
  token: string
  user: TUser
  /** When the token stops working unless used or refreshed (seconds since the epoch). */
  exp: number
}

/** Request headers as Node (`IncomingHttpHeaders`) or fetch (`Headers`) gives them. */
export type RequestHeaders = Headers | Record<string, string | string[] | undefined>

export interface AuthCallOptions {
  headers: RequestHeaders
}

export interface AuthResult<TUser = RequestUser> {
  user: TUser | null
  permissions: Permissions
  /** Headers the HTTP layer should add to its response (none today: cookies are its job). */
  responseHeaders?: Headers
}

export interface LogoutOptions<S extends string = string> extends CallOptions {
  collection: S
  /** The token to revoke; or `user` as `auth()` returned it (its `_sid`). */
  token?: string
  user?: RequestUser | null
  /** Revoke every session of the user, not only this one. */
  allSessions?: boolean
}

export interface LogoutResult {
  /** Sessions deleted (0 when already logged out, and always 0 for stateless tokens). */
  revokedSessions: number
}

export interface RefreshOptions<S extends string = string> extends CallOptions {
  collection: S
  token: string
}

export type RefreshResult<TUser = RequestUser> = LoginResult<TUser>

export interface MeOptions extends CallOptions {
  token: string
  /** When given, a token of another collection reads as no user. */
  collection?: string
}

export interface MeResult<TUser = RequestUser> {
  user: TUser | null
  collection?: string
  exp?: number
  strategy?: string
}

export interface ForgotPasswordOptions<S extends string = string> extends CallOptions {
  collection: S
  data: { email?: string; username?: string }
  /** Send no email and return the token instead (trusted server code only). */
  disableEmail?: boolean
  /** Seconds the token stays valid; default the collection's `forgotPassword.expiration`. */
  expiration?: number
}

export interface ResetPasswordOptions<S extends string = string> extends CallOptions {
  collection: S
  data: { token: string; password: string }
  depth?: number
}

export interface ChangePasswordOptions<S extends string = string> extends CallOptions {
  collection: S
  /** Whose password: the signed-in user as `auth()` returned it (or `req.user`). */
  user?: RequestUser | null
  currentPassword: string
  password: string
}

export interface VerifyEmailOptions<S extends string = string> extends CallOptions {
  collection: S
  token: string
}

export interface UnlockOptions<S extends string = string> extends CallOptions {
  collection: S
  data: { email?: string; username?: string }
}

export interface ListSessionsOptions<S extends string = string> extends CallOptions {
  collection: S
  /** Whose sessions: the signed-in user as `auth()` returned it (or `req.user`). */
  user?: RequestUser | null
}

/** One live session, as a "where you're signed in" list shows it. */
export interface SessionInfo {
  /**
   * The session's public id (its row number): enough to name it for `revokeSession`, useless
   * as a credential — the secret id the token seals is stored only as a hash and never returned.
   */
  id: number
  createdAt: string
  lastUsedAt: string
  /** The idle expiry: moves forward while the session is used. */
  expiresAt: string
  /** Whether this is the session `user` came from. */
  current: boolean
  /** The User-Agent the session signed in from (a label the user can recognise), if known. */
  userAgent: string | null
}

export interface RevokeSessionOptions<S extends string = string> extends CallOptions {
  collection: S
  user?: RequestUser | null
  /** A `SessionInfo.id` of the same user; anyone else's reads as not found. */
  id: number
}
