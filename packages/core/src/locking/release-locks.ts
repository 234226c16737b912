// A successful write releases the locks on what it wrote — always, whether locks were
// enforced or not and whoever held them (docs/locking.md). The delete runs after the
// write commits: deleting lock rows inside long write transactions caused write-lock errors
// in Payload (docs/locking.md#release), and a rolled-back write must keep its locks.
import { afterCommit, clientFor } from '../database/transactions.ts'
import { delegateFor, type ModelDelegate } from '../database/types.ts'
import type { DocumentID } from '../local-api-types.ts'
import { LOCK_COLUMNS } from '../storage/names.ts'
import {
  MAX_LISTED_IDS,
  collectionLockSettings,
  documentsWhere,
  idKey,
  lockSettingsFor,
  targetColumns,
  type LockTarget,
  type LockingContext,
} from './lock-target.ts'

/** One document or global, or several documents of one collection (bulk writes). */
export type ReleaseTarget = LockTarget | { collection: string; ids: DocumentID[] }

/** Deletes every lock row of the target(s) now, on the current client. */
export async function releaseLocks(context: LockingContext, target: ReleaseTarget): Promise<void> {
  const locks = delegateFor(clientFor(context.db), context.schema.locks.delegate)
  if (!('ids' in target)) {
    if (lockSettingsFor(context, target).enabled) await locks.deleteMany({ where: targetColumns(target) })
    return
  }
  if (target.ids.length === 0 || !collectionLockSettings(context, target.collection).enabled) return
  const where = documentsWhere(target.collection, target.ids)
  if (LOCK_COLUMNS.documentId in where) await locks.deleteMany({ where })
  else await releaseAmongAll(locks, where, new Set(target.ids.map(idKey)))
}

/**
 * Queues `releaseLocks` for when the surrounding transaction commits (runs it at once when
 * there is none). Call it after the write succeeded, inside the operation's transaction.
 */
export function releaseLocksAfterCommit(context: LockingContext, target: ReleaseTarget): Promise<void> {
  return afterCommit(context.db, () => releaseLocks(context, target))
}

/** Too many ids to list: find the collection's lock rows that name them, delete those by row id. */
async function releaseAmongAll(locks: ModelDelegate, collectionWhere: Record<string, unknown>, keys: Set<string>): Promise<void> {
  const rows = await locks.findMany({ where: collectionWhere, select: { id: true, [LOCK_COLUMNS.documentId]: true } })
  const rowIds = rows.filter((row) => keys.has(String(row[LOCK_COLUMNS.documentId]))).map((row) => row.id)
  for (let start = 0; start < rowIds.length; start += MAX_LISTED_IDS) {
    await locks.deleteMany({ where: { id: { in: rowIds.slice(start, start + MAX_LISTED_IDS) } } })
  }
}
