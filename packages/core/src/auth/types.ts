// Shapes of `collection.auth` (docs/auth.md#configuration-and-defaults). Every duration is in SECONDS — Payload mixes
// seconds (tokenExpiration) and milliseconds (lockTime, forgotPassword.expiration); Quire
// does not. `resolveAuthOptions` (auth-options.ts) fills the defaults listed here.
import type { DocumentData, QuireRequest } from '../config/hooks-and-access.ts'

/** What `generateEmailHTML` / `generateEmailSubject` receive for a verification or reset email. */
export interface AuthEmailArgs {
  /** The raw token (only this email ever carries it; the database keeps its hash). */
  token: string
  /** The absolute link built from `config.serverURL` (never from request headers). */
  url: string
  user: DocumentData
  req: QuireRequest
}
export type AuthEmailText = (args: AuthEmailArgs) => string | Promise<string>

export interface VerifyOptions {
  generateEmailHTML?: AuthEmailText
  generateEmailSubject?: AuthEmailText
}

export interface ForgotPasswordConfig {
  /** Seconds a reset token stays valid; default 3600. */
  expiration?: number
  generateEmailHTML?: AuthEmailText
  generateEmailSubject?: AuthEmailText
}

export interface LoginWithUsernameOptions {
  /** Also accept the email address as the login name; default false. */
  allowEmailLogin?: boolean
  /** Whether `email` is required (and so unique); default false. */
  requireEmail?: boolean
  /** Whether `username` is required; default true. */
  requireUsername?: boolean
}

export interface AuthCookieOptions {
  /** Default 'Lax'. */
  sameSite?: 'Strict' | 'Lax' | 'None'
  /** Default false; forced to true by `sameSite: 'None'`. */
  secure?: boolean
  domain?: string
}

/**
 * What a new password must be (OWASP ASVS v5 / NIST 800-63B): long enough and not one of the
 * passwords attackers try first. No composition rules (they make passwords worse, not stronger).
 */
export interface PasswordPolicy {
  /** Fewest characters (Unicode code points); default 8. Payload's is 3. */
  minLength?: number
  /** Refuse the ~49 000 most common and breached passwords (case-insensitive); default true. */
  refuseCommon?: boolean
}

/** scrypt cost for NEW hashes; stored hashes keep their own and are upgraded at login. */
export interface ScryptParams {
  /** CPU/memory cost, a power of two; default 2^17 (OWASP). Memory used is 128·N·r bytes. */
  N: number
  /** Block size; default 8. */
  r: number
  /** Parallelization; default 1. */
  p: number
}

export interface AuthOptions {
  /** Idle lifetime of a session in seconds (and the lifetime of a stateless token); default 7200. */
  tokenExpiration?: number
  /**
   * Absolute lifetime of a session in seconds, counted from login; neither use nor refresh
   * extends a session past it. Default 30 days. Stateless tokens cannot be refreshed past it.
   */
  maxSessionAge?: number
  /**
   * Server-side sessions (default true): tokens seal a random session id; logout, password
   * changes and resets revoke them at once. `false`: stateless tokens sealing the user id and
   * expiry — they stay valid until they expire, whatever happens (not revocable).
   */
  useSessions?: boolean
  /**
   * Seconds a session's previous token keeps working after `refresh` rotated it; default 30,
   * 0 ends it at once. Requests a browser already sent with the old cookie then still land,
   * instead of failing as signed out. The old token can never refresh again (rotation stays
   * single-winner), and logout or revocation ends both tokens at once.
   */
  refreshGracePeriod?: number
  /** Failed logins before the account locks; default 5, 0 disables locking. */
  maxLoginAttempts?: number
  /** Seconds an account stays locked; default 600. */
  lockTime?: number
  /** Require a verified email before login; default false. */
  verify?: boolean | VerifyOptions
  forgotPassword?: ForgotPasswordConfig
  /** Log in with `username` instead of (or besides) `email`; default false. */
  loginWithUsername?: boolean | LoginWithUsernameOptions
  /** Per-user API keys: `Authorization: <slug> API-Key <key>`; default false. */
  useAPIKey?: boolean
  /** Population depth of the signed-in user; default 0. */
  depth?: number
  /** Kept for the HTTP layer, which sets the `<cookiePrefix>-token` cookie. */
  cookies?: AuthCookieOptions
  /** scrypt parameters for new hashes; default OWASP's N=2^17, r=8, p=1. Raise, never lower, in production. */
  scrypt?: Partial<ScryptParams>
  /** Rules for new passwords (create, update, changePassword, resetPassword); see PasswordPolicy. */
  passwordPolicy?: PasswordPolicy
}

/** `collection.auth` with every default filled in. */
export interface ResolvedAuthOptions {
  tokenExpiration: number
  maxSessionAge: number
  useSessions: boolean
  refreshGracePeriod: number
  maxLoginAttempts: number
  lockTime: number
  verify: false | VerifyOptions
  forgotPassword: ForgotPasswordConfig & { expiration: number }
  loginWithUsername: false | Required<LoginWithUsernameOptions>
  useAPIKey: boolean
  depth: number
  cookies: Required<Pick<AuthCookieOptions, 'sameSite' | 'secure'>> & Pick<AuthCookieOptions, 'domain'>
  scrypt: ScryptParams
  passwordPolicy: Required<PasswordPolicy>
}
