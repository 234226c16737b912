// Cross-site request forgery: a browser attaches the session cookie to any request to this
// site, including a form another site submits (multipart, text/plain or urlencoded bodies need
// no CORS preflight). So a mutation that carries the cookie is refused unless the browser says
// it comes from this site: `Sec-Fetch-Site: same-origin`, or an Origin equal to our own or
// allow-listed. GET and HEAD never reach a mutation (tRPC refuses mutations over GET).
import type { IncomingHttpHeaders } from 'node:http'

export interface CsrfPolicy {
  /** The session cookie's name: requests without it carry no ambient authority. */
  cookieName: string
  /** Our origin (PUBLIC_URL); without it, the origin the request was addressed to. */
  publicOrigin: string | undefined
  allowedOrigins: readonly string[]
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])

/** Why the request must be refused, or undefined when it may proceed. */
export function csrfRefusal(request: { method: string; headers: IncomingHttpHeaders; addressedOrigin: string }, policy: CsrfPolicy): string | undefined {
  if (SAFE_METHODS.has(request.method.toUpperCase())) return undefined
  if (!hasCookie(request.headers.cookie, policy.cookieName)) return undefined
  if (request.headers['sec-fetch-site'] === 'same-origin') return undefined
  const origin = request.headers.origin
  if (origin === undefined || origin === 'null') return 'A request carrying the session cookie must say where it comes from (Origin)'
  const ownOrigin = policy.publicOrigin ?? request.addressedOrigin
  if (origin === ownOrigin || policy.allowedOrigins.includes(origin)) return undefined
  return `Cross-site request refused: ${origin} is not ${ownOrigin}`
}

export function hasCookie(header: string | undefined, name: string): boolean {
  if (!header) return false
  return header.split(';').some((part) => part.trimStart().startsWith(`${name}=`))
}
