// Rows that outlive their use: expired sessions (core prunes a user's own at each login, so a
// user who never comes back leaves theirs behind; Payload has the same open gap, #16061) and
// lock rows of editor tabs closed mid-edit (core/locking/prune-stale-locks.ts). The server
// prunes both when it starts and then every `intervalMs`. The timer never keeps the process
// alive, runs never overlap, and a failed run is logged and simply tried again next time.
import { pruneExpiredSessions, pruneStaleLocks, type Quire } from '@quire/core'
import type { Logger } from '../logger.ts'

export const PRUNE_INTERVAL_MS = 3600 * 1000

export interface PruneCounts {
  sessions: number
  locks: number
}

export interface Pruning {
  /** Runs a prune now (or joins the one running) → how many rows went. */
  runNow(): Promise<PruneCounts | undefined>
  /** No further runs; waits for one in progress, so the database can close after it. */
  stop(): Promise<void>
}

export function startPruning(options: { quire: Quire; logger: Logger; intervalMs?: number }): Pruning {
  const { quire, logger, intervalMs = PRUNE_INTERVAL_MS } = options
  let running: Promise<PruneCounts | undefined> | undefined
  let stopped = false

  const run = (): Promise<PruneCounts | undefined> => {
    if (stopped) return Promise.resolve(undefined)
    running ??= prune(quire).then(
      (counts) => {
        if (counts.sessions + counts.locks > 0) logger.info(counts, 'pruned expired sessions and stale locks')
        return counts
      },
      (error: unknown) => {
        logger.error({ err: error }, 'pruning expired rows failed; trying again at the next interval')
        return undefined
      },
    ).finally(() => {
      running = undefined
    })
    return running
  }

  void run()
  const timer = setInterval(() => void run(), intervalMs)
  timer.unref()
  return {
    runNow: run,
    async stop() {
      stopped = true
      clearInterval(timer)
      await running
    },
  }
}

async function prune(quire: Quire): Promise<PruneCounts> {
  const sessions = await pruneExpiredSessions(quire)
  const locks = await pruneStaleLocks(quire)
  return { sessions, locks }
}
