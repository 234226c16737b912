// The session cookie, sealed with iron-session: HttpOnly (scripts never see it), SameSite=Lax
// (not sent on cross-site subrequests), Secure in production, Path=/. It holds only the token
// the Local API issued and its expiry; the session itself is a database record, so logging
// out on one server ends it on every server.
import { hkdfSync } from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { SessionCookie } from '@quire/api'
import { getIronSession, type SessionOptions } from 'iron-session'

export const SESSION_COOKIE_NAME = 'quire-session'

/** Used until login sets the real lifetime (iron-session needs one to unseal). */
const DEFAULT_TTL_SECONDS = 60 * 60 * 2

interface SessionData {
  token?: string
  /** Seconds since the epoch, as in a JWT. */
  exp?: number
}

/** The cookie gets its own key, derived from QUIRE_SECRET, so it never shares one with core's tokens. */
export function cookiePassword(secret: string): string {
  return Buffer.from(hkdfSync('sha256', secret, 'quire', 'iron-session cookie', 32)).toString('base64url')
}

export function sessionOptions(options: { secret: string; production: boolean }): SessionOptions {
  return {
    cookieName: SESSION_COOKIE_NAME,
    password: cookiePassword(options.secret),
    ttl: DEFAULT_TTL_SECONDS,
    cookieOptions: { httpOnly: true, sameSite: 'lax', secure: options.production, path: '/' },
  }
}

export async function ironSessionCookie(req: IncomingMessage, res: ServerResponse, options: SessionOptions): Promise<SessionCookie> {
  const session = await getIronSession<SessionData>(req, res, options)
  return {
    get token() {
      const { token, exp } = session
      return token && (exp === undefined || exp * 1000 > Date.now()) ? token : undefined
    },
    async set(token, expiresAt) {
      const seconds = Math.ceil((expiresAt.getTime() - Date.now()) / 1000)
      // The cookie's Max-Age is ttl − 60 s (iron-session's clock skew): keep it positive.
      session.updateConfig({ ...options, ttl: Math.max(seconds, 120) })
      session.token = token
      session.exp = Math.floor(expiresAt.getTime() / 1000)
      await session.save()
    },
    clear() {
      session.destroy()
    },
  }
}
