// Where procedures' after-response work runs (@quire/api's after-response.ts): once the response
// is out ('close': sent, or the client went away — the work happens either way), one piece at a
// time per process, so a flood cannot pile up concurrent writes. At most `maxPending` wait;
// beyond that the work is dropped with a warning (forgotPassword's rate limits keep this far away).
import type { ServerResponse } from 'node:http'
import type { AfterResponse } from '@quire/api'
import type { Logger } from './logger.ts'

export const DEFAULT_MAX_PENDING = 1000

export interface AfterResponseQueue {
  /** The `afterResponse` of one request. */
  forResponse(res: ServerResponse, reqId: string): AfterResponse
  /** Resolves when everything queued so far has run. */
  idle(): Promise<void>
}

export function createAfterResponseQueue(options: { logger: Logger; maxPending?: number }): AfterResponseQueue {
  const { logger } = options
  const maxPending = options.maxPending ?? DEFAULT_MAX_PENDING
  let pending = 0
  let tail: Promise<void> = Promise.resolve()
  return {
    forResponse(res, reqId) {
      return (label, work) => {
        if (pending >= maxPending) {
          logger.warn({ reqId, label, pending }, 'after-response work dropped: too much waiting')
          return
        }
        pending += 1
        const run = (): void => {
          tail = tail
            .then(() => work())
            .then(
              () => undefined,
              (error: unknown) => logger.error({ reqId, label, err: error }, 'after-response work failed'),
            )
            .finally(() => {
              pending -= 1
            })
        }
        if (res.closed) run()
        else res.once('close', run)
      }
    },
    idle: () => tail,
  }
}
