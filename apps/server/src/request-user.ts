// Who sent a request that is not a tRPC call (a GET of /media): the same iron-session cookie
// and the same `auth({ headers })` as the API's context, so a file and a procedure always see
// the same user.
import type { IncomingMessage, ServerResponse } from 'node:http'
import { authenticateRequest, headersForAuth, type Authenticate } from '@quire/api'
import type { Quire, RequestUser } from '@quire/core'
import type { SessionOptions } from 'iron-session'
import { ironSessionCookie } from './session-cookie.ts'
import { toHeaders } from './trpc-handler.ts'

export type RequestUserOf = (req: IncomingMessage, res: ServerResponse) => Promise<RequestUser | null>

export function createRequestUserOf(options: { quire: Quire; sessionOptions: SessionOptions; authenticate?: Authenticate }): RequestUserOf {
  const authenticate = options.authenticate ?? authenticateRequest
  return async (req, res) => {
    const session = await ironSessionCookie(req, res, options.sessionOptions)
    return authenticate({ quire: options.quire, headers: headersForAuth(toHeaders(req.headers), session) })
  }
}
