// The session lifecycle as a model: which tokens must authenticate (and as whom) after any
// sequence of login (right or wrong password), refresh, logout, logout of all sessions,
// forgot/reset password and password change. The rules (docs/sessions.md#sessions, docs/auth.md):
//   login: a new session, unless the account is locked; a wrong password counts, and the
//     MAX_ATTEMPTS-th locks the account and revokes the sessions created in the last 20 s
//     (every session of a run: each run uses fresh users and lasts well under 20 s);
//   refresh: only the session's current token refreshes; it gets a new one (rotation) and
//     keeps authenticating for the grace period (every run lasts well under 30 s), while the
//     token the previous refresh replaced stops; a session's tokens all end together; a refresh
//     with a token its session rotated out before that (no longer live) ends the session;
//   logout: that session ends; with allSessions every session of its user;
//   forgotPassword: a new reset token, the previous one stops working;
//   resetPassword: works once with the current token; revokes every session of the user,
//     unlocks the account and starts one new session;
//   password change (update): revokes every other session; the caller's own survives when the
//     caller is that user, none survives a trusted (user-less) change.
import fc from 'fast-check'

export const MAX_ATTEMPTS = 3
export const USERS = 2

export type Command =
  | { kind: 'login'; user: number; correct: boolean }
  | { kind: 'refresh'; token: number }
  | { kind: 'logout'; token: number }
  | { kind: 'logoutAll'; token: number }
  | { kind: 'forgot'; user: number }
  | { kind: 'reset'; user: number; current: boolean }
  | { kind: 'changePassword'; user: number; asSelf: boolean }

const user = fc.nat(USERS - 1)
const token = fc.nat(30)
export const command: fc.Arbitrary<Command> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('login' as const), user, correct: fc.boolean() }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('refresh' as const), token }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('logout' as const), token }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('logoutAll' as const), token }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('forgot' as const), user }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('reset' as const), user, current: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('changePassword' as const), user, asSelf: fc.boolean() }) },
)

export interface ModelUser {
  id: number
  email: string
  password: string
  locked: boolean
  failures: number
  resetToken: string | undefined
  /** Reset tokens that no longer work (replaced or used). */
  staleResetTokens: string[]
}

export interface ModelToken {
  token: string
  user: number
  /** Which session (database row) the token names: refresh keeps it, login starts a new one. */
  session: number
  /** Authenticates. */
  live: boolean
  /** The session's newest token: the only one that may refresh. */
  current: boolean
}

export class SessionModel {
  readonly tokens: ModelToken[] = []
  private sessions = 0
  constructor(readonly users: ModelUser[]) {}

  issued(token: string, user: number): void {
    this.tokens.push({ token, user, session: (this.sessions += 1), live: true, current: true })
  }
  /** Refresh of a current token: the one before it ends, it stays live in its grace period. */
  rotated(entry: ModelToken, token: string): void {
    for (const other of this.tokens) if (other.session === entry.session && other !== entry) other.live = false
    entry.current = false
    this.tokens.push({ token, user: entry.user, session: entry.session, live: true, current: true })
  }
  endSession(session: number): void {
    for (const entry of this.tokens) if (entry.session === session) entry.live = false
  }
  /** Ends every session of the user, or every one but `except`'s. */
  revokeAll(user: number, except?: ModelToken): void {
    for (const entry of this.tokens) if (entry.user === user && entry.session !== except?.session) entry.live = false
  }
  liveOf(user: number): ModelToken[] {
    return this.tokens.filter((entry) => entry.user === user && entry.live)
  }
  liveSessionsOf(user: number): number[] {
    return [...new Set(this.liveOf(user).map((entry) => entry.session))]
  }
  /** The token a command's index names (any issued token, live or not), if any were issued. */
  pick(index: number): ModelToken | undefined {
    return this.tokens.length === 0 ? undefined : this.tokens[index % this.tokens.length]
  }
}
