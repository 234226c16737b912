// A lock row is deleted when a write to its document commits, or by unlockDocument; a tab
// closed in the middle of an edit leaves its row behind, stale but stored forever. This
// deletes the rows no lock check can count any more: older than the longest lock duration
// configured anywhere, and at least a day old (checkLock's per-call `duration` may ask for
// more than the configured one; a day keeps such checks meaningful). Meant for a schedule
// (the server runs it hourly), like pruneExpiredSessions.
import { clientFor } from '../database/transactions.ts'
import { delegateFor } from '../database/types.ts'
import { settingsOf, type LockingContext } from './lock-target.ts'

export const LOCK_RETENTION_MS = 24 * 3600 * 1000

export async function pruneStaleLocks(context: LockingContext, now = new Date()): Promise<number> {
  const configs = [...context.schema.collections.values(), ...context.schema.globals.values()].map((target) => target.config.lockDocuments)
  const longest = Math.max(LOCK_RETENTION_MS, ...configs.map((config) => settingsOf(config).durationMs))
  const where = { updatedAt: { lt: new Date(now.getTime() - longest) } }
  return (await delegateFor(clientFor(context.db), context.schema.locks.delegate).deleteMany({ where })).count
}
