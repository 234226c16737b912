// Graceful shutdown on SIGTERM (orchestrators) and SIGINT (Ctrl-C): stop accepting, let
// in-flight requests finish, stop background jobs, then close the database. A second signal, or a shutdown that
// hangs past the grace period, ends the process at once.
import type { Database } from '@quire/core'
import type { Logger } from './logger.ts'
import type { QuireServer } from './server.ts'

export function shutdownOnSignals(options: { server: QuireServer; db: Pick<Database, 'close'>; logger: Logger; graceMs?: number; stopJobs?: () => Promise<void> }): void {
  const { server, db, logger, graceMs = 10_000, stopJobs } = options
  let stopping = false
  const stop = (signal: NodeJS.Signals): void => {
    if (stopping) {
      logger.warn({ signal }, 'second signal: exiting now')
      process.exit(1)
    }
    stopping = true
    logger.info({ signal }, 'shutting down: finishing in-flight requests')
    setTimeout(() => {
      logger.error('shutdown took too long: exiting')
      process.exit(1)
    }, graceMs + 5_000).unref()
    server
      .close(graceMs)
      .then(() => stopJobs?.())
      .then(() => db.close())
      .then(
        () => logger.info('stopped'),
        (error: unknown) => {
          logger.error({ err: error }, 'shutdown failed')
          process.exitCode = 1
        },
      )
  }
  process.on('SIGTERM', stop)
  process.on('SIGINT', stop)
}
