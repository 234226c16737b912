// The HTTP server: one port for the API (/trpc), uploaded files (/media), health (/healthz)
// and the SPA (everything else). Routing looks at the raw path, before any URL normalisation,
// so `/media/../x` reaches the media handler (which refuses it) instead of escaping it.
import { createServer, type IncomingMessage, type Server } from 'node:http'
import type { TLSSocket } from 'node:tls'
import type { Authenticate } from '@quire/api'
import type { Quire } from '@quire/core'
import { createAfterResponseQueue } from './after-response-queue.ts'
import { csrfRefusal } from './csrf.ts'
import type { ServerEnv } from './env.ts'
import { sendJson, sendText, sendTrpcError } from './http-types.ts'
import { loggablePath, requestIdFor, type Logger } from './logger.ts'
import { createMediaHandler, mediaMounts, mountFor } from './media.ts'
import { createAuthRateLimit, DEFAULT_RATE_LIMITS } from './rate-limit/auth-rate-limit.ts'
import { createRequestUserOf } from './request-user.ts'
import { sessionOptions } from './session-cookie.ts'
import { createSiteHandler } from './site.ts'
import { createTrpcHandler } from './trpc-handler.ts'

export interface QuireServerOptions {
  quire: Quire
  env: Pick<ServerEnv, 'secret' | 'production' | 'publicUrl' | 'allowedOrigins' | 'webDistDir'> & Partial<Pick<ServerEnv, 'rateLimits' | 'trustProxy'>>
  logger: Logger
  /** Who is calling; default: the Local API's `auth({ headers })`. Tests may swap it. */
  authenticate?: Authenticate
  maxBodySize?: number
}

export interface QuireServer {
  server: Server
  /** Resolves with the URL the server answers on (port 0 picks a free port). */
  listen(port: number, host?: string): Promise<string>
  /** Stops accepting, lets in-flight requests finish (up to `graceMs`), then cuts the rest, then runs the after-response work left. */
  close(graceMs?: number): Promise<void>
}

export function createQuireServer(options: QuireServerOptions): QuireServer {
  const { quire, env, logger } = options
  const requestIds = new WeakMap<IncomingMessage, string>()
  const requestIdOf = (req: IncomingMessage): string => requestIds.get(req) ?? 'unknown'
  const cookieOptions = sessionOptions(env)
  const afterResponse = createAfterResponseQueue({ logger })
  // Rate limits and the hashing gate: state per process, applied by the procedures that declare them.
  const rateLimit = createAuthRateLimit({ settings: env.rateLimits ?? DEFAULT_RATE_LIMITS, trustProxy: env.trustProxy ?? false, logger })
  const trpc = createTrpcHandler({ quire, logger, requestIdOf, sessionOptions: cookieOptions, authenticate: options.authenticate, maxBodySize: options.maxBodySize, afterResponse, limitsFor: rateLimit.forRequest })
  // Each upload collection's files at its urlPrefix, read access checked per request (media.ts).
  const mounts = mediaMounts(quire)
  const userOf = createRequestUserOf({ quire, sessionOptions: cookieOptions, authenticate: options.authenticate })
  const media = createMediaHandler({ quire, mounts, userOf, logger, requestIdOf })
  const site = createSiteHandler(env.webDistDir)
  const csrfPolicy = { cookieName: cookieOptions.cookieName, publicOrigin: env.publicUrl, allowedOrigins: env.allowedOrigins }
  let draining = false

  const server = createServer((req, res) => {
    const reqId = requestIdFor(req)
    requestIds.set(req, reqId)
    res.setHeader('x-request-id', reqId)
    const started = performance.now()
    const method = req.method ?? 'GET'
    const url = req.url ?? '/'
    const path = url.split('?')[0] ?? '/'
    res.on('finish', () => {
      logger.info({ reqId, method, path: loggablePath(path), status: res.statusCode, ms: Math.round((performance.now() - started) * 10) / 10 }, 'request')
      // While draining, a keep-alive connection that just finished its last request is let go.
      if (draining) setImmediate(() => server.closeIdleConnections())
    })

    if (!path.startsWith('/')) return sendText(res, 400, 'Bad request')
    if (path === '/healthz') {
      if (draining) return sendJson(res, 503, { status: 'shutting down' })
      quire.db.reader.$queryRawUnsafe('SELECT 1').then(
        () => sendJson(res, 200, { status: 'ok' }),
        (error: unknown) => {
          logger.error({ reqId, err: error }, 'health check: database unreachable')
          sendJson(res, 503, { status: 'database unavailable' })
        },
      )
      return
    }
    if (path === '/trpc' || path.startsWith('/trpc/')) {
      const addressedOrigin = `${(req.socket as Partial<TLSSocket>).encrypted ? 'https' : 'http'}://${req.headers.host ?? 'localhost'}`
      const refusal = csrfRefusal({ method, headers: req.headers, addressedOrigin }, csrfPolicy)
      if (refusal) {
        logger.warn({ reqId, origin: req.headers.origin, secFetchSite: req.headers['sec-fetch-site'] }, 'CSRF: mutation refused')
        return sendTrpcError(res, url, 403, refusal)
      }
      return trpc(req, res)
    }
    if (method !== 'GET' && method !== 'HEAD') return sendText(res, 405, 'Method not allowed', { allow: 'GET, HEAD' })
    if (path.startsWith('/media/') || mountFor(mounts, path)) return media(req, res)
    return site(req, res)
  })

  return {
    server,
    listen(port, host) {
      return new Promise((resolve, reject) => {
        server.once('error', reject)
        server.listen(port, host, () => {
          server.off('error', reject)
          const address = server.address()
          if (address === null || typeof address === 'string') return reject(new Error('The server has no TCP address'))
          const shownHost = host && host !== '0.0.0.0' && host !== '::' ? host : 'localhost'
          resolve(`http://${shownHost.includes(':') ? `[${shownHost}]` : shownHost}:${address.port}`)
        })
      })
    },
    async close(graceMs = 10_000) {
      draining = true
      const closed = new Promise<void>((resolve) => server.close(() => resolve()))
      server.closeIdleConnections()
      const timer = setTimeout(() => server.closeAllConnections(), graceMs)
      await closed
      clearTimeout(timer)
      // Work queued after responses (a reset mail) still runs before the database closes.
      await afterResponse.idle()
    },
  }
}
