// Structured JSON logs (pino). Every line about a request carries its `reqId`, which is also
// sent back as `x-request-id`, so a user's report can be matched to the server's log.
import { randomUUID } from 'node:crypto'
import type { IncomingMessage } from 'node:http'
import { pino, type DestinationStream, type Logger } from 'pino'

export type { Logger }

export function createLogger(options: { level: string; destination?: DestinationStream }): Logger {
  return pino({ level: options.level, base: { service: 'quire' } }, options.destination)
}

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/

/**
 * The path as logs may show it: the query is never logged (a reset link's `?token=`), and the
 * SPA's `/reset/<token>` route keeps its token out of the log too.
 */
export function loggablePath(path: string): string {
  return path.startsWith('/reset/') ? '/reset/[token]' : path
}

/** A proxy's `x-request-id` when it looks sane (it ends up in logs), otherwise a new one. */
export function requestIdFor(req: IncomingMessage): string {
  const given = req.headers['x-request-id']
  return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID()
}
