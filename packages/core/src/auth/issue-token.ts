// Turns "this user may sign in" into a token: a new session row and a seal of its id, or,
// for `useSessions: false`, a stateless seal of the user id and expiry.
import type { QuireRequest } from '../config/hooks-and-access.ts'
import type { QuireInternals } from '../operations/context.ts'
import type { AuthCollection } from './auth-collection.ts'
import { createSession } from './sessions.ts'
import { epochSeconds, sealToken } from './tokens.ts'

export interface IssuedToken {
  token: string
  /** Seconds since the epoch. */
  exp: number
  /** The session's row number (sessions only). */
  sessionId?: number
}

/**
 * `loggedInAt` (seconds) is the original login of a stateless refresh chain: a stateless token
 * never outlives `maxSessionAge` from it, as a session would not. `req` names the device: its
 * User-Agent is kept with the session for the user's list of devices.
 */
export async function issueToken(quire: QuireInternals, auth: AuthCollection, userId: number, from: { loggedInAt?: number; req?: QuireRequest } = {}): Promise<IssuedToken> {
  const { collection, options } = auth
  const { loggedInAt, req } = from
  if (options.useSessions) {
    const userAgent = req?.headers?.get('user-agent') ?? undefined
    const { sid, session } = await createSession(quire, { collection: collection.slug, id: String(userId) }, options, userAgent)
    const token = await sealToken(quire.config, { kind: 'session', sid, row: session.id }, session.absoluteExpiresAt)
    return { token, exp: epochSeconds(session.expiresAt), sessionId: session.id }
  }
  const now = epochSeconds(new Date())
  const iat = loggedInAt ?? now
  const exp = Math.min(now + options.tokenExpiration, iat + options.maxSessionAge)
  const token = await sealToken(quire.config, { kind: 'stateless', collection: collection.slug, id: String(userId), exp, iat }, new Date(exp * 1000))
  return { token, exp }
}
