// The session cookie, sealed with iron-session: HttpOnly (scripts never see it), SameSite=Lax
// (not sent on cross-site subrequests), Secure in production, Path=/. It holds only the token
// the Local API issued and its expiry; the session itself is a database record, so logging
// out on one server ends it on every server.
//
// Cookie tossing: in production the name carries the `__Host-` prefix, so a browser accepts it
// only Secure, with Path=/ and no Domain, set by this very host — a sibling subdomain cannot
// plant one. A request that carries the session cookie more than once (a tossed one beside
// ours, under another Domain or Path) is treated as anonymous and our cookie is cleared: the
// server never guesses which of them the user meant.
import { hkdfSync } from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { SessionCookie } from '@quire/api'
import { getIronSession, type SessionOptions } from 'iron-session'

export const SESSION_COOKIE_NAME = 'quire-session'
/** Production's name: `__Host-` makes browsers refuse it unless Secure, Path=/, no Domain, from this host. */
export const PRODUCTION_SESSION_COOKIE_NAME = `__Host-${SESSION_COOKIE_NAME}`

export function sessionCookieName(production: boolean): string {
  return production ? PRODUCTION_SESSION_COOKIE_NAME : SESSION_COOKIE_NAME
}

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
    cookieName: sessionCookieName(options.production),
    password: cookiePassword(options.secret),
    ttl: DEFAULT_TTL_SECONDS,
    cookieOptions: { httpOnly: true, sameSite: 'lax', secure: options.production, path: '/' },
  }
}

/** How many cookies of this name the request's Cookie header carries. */
export function cookieCount(header: string | undefined, name: string): number {
  if (!header) return 0
  return header.split(';').filter((pair) => {
    const separator = pair.indexOf('=')
    return separator > 0 && pair.slice(0, separator).trim() === name
  }).length
}

export async function ironSessionCookie(req: IncomingMessage, res: ServerResponse, options: SessionOptions): Promise<SessionCookie> {
  const session = await getIronSession<SessionData>(req, res, options)
  // Several session cookies: one of them was planted. Use none of them, and drop ours.
  const tossed = cookieCount(req.headers.cookie, options.cookieName) > 1
  if (tossed) session.destroy()
  let anonymous = tossed
  return {
    get token() {
      if (anonymous) return undefined
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
      anonymous = false
    },
    clear() {
      session.destroy()
    },
  }
}
