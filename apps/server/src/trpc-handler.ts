// /trpc: tRPC's Node adapter with the body size capped (tRPC's default is unlimited), batches
// capped, a context per request (iron-session cookie → user → user-bound Local API, and the
// rate limits bound to the client's address) and unexpected errors logged with the request id.
// Responses are shaped by @quire/api's formatter; a 429 gets its Retry-After here.
import type { IncomingHttpHeaders, IncomingMessage } from 'node:http'
import { appRouter, createApiContext, describeError, INPUT_LIMITS, TooManyRequests, type Authenticate, type RequestLimits } from '@quire/api'
import type { Quire } from '@quire/core'
import { createHTTPHandler } from '@trpc/server/adapters/standalone'
import type { SessionOptions } from 'iron-session'
import type { AfterResponseQueue } from './after-response-queue.ts'
import type { Logger } from './logger.ts'
import { ironSessionCookie } from './session-cookie.ts'
import type { Handler } from './http-types.ts'

export const DEFAULT_MAX_BODY_SIZE = 12 * 1024 * 1024
/** Shared with the client links (@quire/api's createQuireLinks), which split batches to fit. */
export const MAX_BATCH_SIZE = INPUT_LIMITS.maxBatchSize

export interface TrpcHandlerOptions {
  quire: Quire
  sessionOptions: SessionOptions
  logger: Logger
  requestIdOf(req: IncomingMessage): string
  authenticate?: Authenticate
  maxBodySize?: number
  /** Runs procedures' after-response work (forgotPassword's lookup and mail). */
  afterResponse: AfterResponseQueue
  /** The rate limits as one request's procedures see them; default: none. */
  limitsFor?: (req: IncomingMessage) => RequestLimits
}

export function createTrpcHandler(options: TrpcHandlerOptions): Handler {
  const { quire, sessionOptions, logger, requestIdOf, authenticate, limitsFor } = options
  return createHTTPHandler({
    router: appRouter,
    basePath: '/trpc/',
    maxBodySize: options.maxBodySize ?? DEFAULT_MAX_BODY_SIZE,
    maxBatchSize: MAX_BATCH_SIZE,
    async createContext({ req, res }) {
      const session = await ironSessionCookie(req, res, sessionOptions)
      const meta = { requestId: requestIdOf(req), ip: req.socket.remoteAddress, origin: req.headers.origin, headers: toHeaders(req.headers) }
      const afterResponse = options.afterResponse.forResponse(res, meta.requestId)
      return createApiContext({ quire, session, meta, afterResponse, ...(authenticate ? { authenticate } : {}), ...(limitsFor ? { limits: limitsFor(req) } : {}) })
    },
    responseMeta({ errors }) {
      // tRPC already answers 429 for a refused call; the client also learns how long to wait.
      const waits = errors.map((error) => (error.cause instanceof TooManyRequests ? error.cause.retryAfter : 0))
      const retryAfter = Math.max(0, ...waits)
      return retryAfter > 0 ? { headers: { 'retry-after': String(retryAfter), 'cache-control': 'no-store' } } : {}
    },
    onError({ error, path, req }) {
      if (describeError(error).expected) return
      logger.error({ reqId: requestIdOf(req), path, err: error.cause ?? error }, 'unexpected error in a procedure')
    },
  })
}

export function toHeaders(incoming: IncomingHttpHeaders): Headers {
  const headers = new Headers()
  for (const [name, value] of Object.entries(incoming)) {
    if (value === undefined) continue
    // HTTP/2 pseudo-headers (":path") are not headers and Headers refuses them.
    if (name.startsWith(':')) continue
    for (const item of Array.isArray(value) ? value : [value]) headers.append(name, item)
  }
  return headers
}
