// What every procedure receives. `api` is the only Local API procedures call: it is bound to
// the request's user with access enforced, so no input can widen what a caller may do. `quire`
// (trusted, overrideAccess by default) is there for the auth procedures, which must read
// users before anyone is signed in; procedures must not use it for anything a client chooses.
import type { Quire, RequestUser } from '@quire/core'
import { runOnNextTurn, type AfterResponse } from './after-response.ts'
import { authenticateRequest, type Authenticate } from './authenticate.ts'
import { UNLIMITED, type RequestLimits } from './limits/request-limits.ts'

/**
 * The session cookie as procedures see it; the server implements it with iron-session.
 * It carries only the token the Local API issued (Quire's sessions live in the database).
 */
export interface SessionCookie {
  /** The token sealed in the request's cookie; undefined without a (valid) cookie. */
  readonly token: string | undefined
  /** Seals `token` into the cookie, which then expires with it (login, refresh). */
  set(token: string, expiresAt: Date): Promise<void>
  /** Removes the cookie (logout). */
  clear(): void
}

export interface RequestMeta {
  /** Also in every log line of the request, and in the `x-request-id` response header. */
  requestId: string
  ip: string | undefined
  origin: string | undefined
  /** The request's headers as the client sent them. */
  headers: Headers
}

export interface ApiContext {
  /** Trusted Local API: never call it with values a client chose, except in auth procedures. */
  quire: Quire
  /** The Local API acting for `user`, access always enforced. */
  api: Quire
  user: RequestUser | null
  session: SessionCookie
  meta: RequestMeta
  /** Runs work once the response is sent (after-response.ts). */
  afterResponse: AfterResponse
  /** The server's rate limits and hashing gate, bound to this request (limits/). */
  limits: RequestLimits
}

export interface CreateApiContextOptions {
  quire: Quire
  session: SessionCookie
  meta: RequestMeta
  /** Who is calling; defaults to the Local API's `auth({ headers })` (see authenticate.ts). */
  authenticate?: Authenticate
  /** Default: the next turn of the event loop; the server passes one that waits for the response. */
  afterResponse?: AfterResponse
  /** Default: nothing limited (callers without a server, such as tests and scripts). */
  limits?: RequestLimits
}

export async function createApiContext(options: CreateApiContextOptions): Promise<ApiContext> {
  const { quire, session, meta } = options
  const authenticate = options.authenticate ?? authenticateRequest
  const user = await authenticate({ quire, headers: headersForAuth(meta.headers, session) })
  return { quire, api: quire.withUser(user), user, session, meta, afterResponse: options.afterResponse ?? runOnNextTurn, limits: options.limits ?? UNLIMITED }
}

/**
 * What `auth({ headers })` gets: the request's headers without cookies, plus
 * `Authorization: Bearer <token>` from the session cookie when the request has no
 * Authorization of its own. Cookie and bearer callers then reach the Local API the same way,
 * and the only cookie that can authenticate is the iron-session one the CSRF check guards.
 */
export function headersForAuth(headers: Headers, session: SessionCookie): Headers {
  const forwarded = new Headers(headers)
  forwarded.delete('cookie')
  const token = session.token
  if (token && !forwarded.has('authorization')) forwarded.set('authorization', `Bearer ${token}`)
  return forwarded
}
