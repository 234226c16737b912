// `includeLockStatus` on reads: who is editing each document right now. One query for a
// whole page of documents; stale locks count as no lock. Unlike `checkLock`, the reader's
// own lock also shows (`_isLocked: true`), as in Payload: the status describes the document.
import { readerFor } from '../database/transactions.ts'
import { delegateFor, type Row } from '../database/types.ts'
import type { DocumentID } from '../local-api-types.ts'
import { LOCK_COLUMNS } from '../storage/names.ts'
import { newestPerDocument } from './check-lock.ts'
import { collectionLockSettings, documentsWhere, freshSince, idKey, lockSettingsFor, targetColumns, type LockingContext } from './lock-target.ts'

export interface LockStatus {
  _isLocked: boolean
  _userEditing: { relationTo: string; value: DocumentID } | null
}

const UNLOCKED: Readonly<LockStatus> = Object.freeze({ _isLocked: false, _userEditing: null })
const NEWEST_FIRST = [{ updatedAt: 'desc' }, { id: 'desc' }]
const SELECT = { [LOCK_COLUMNS.documentId]: true, [LOCK_COLUMNS.userCollection]: true, [LOCK_COLUMNS.userId]: true }

/** The lock status of each of `ids` (every id gets an entry), keyed by the ids as given. */
export async function lockStatusFor(context: LockingContext, collection: string, ids: DocumentID[]): Promise<Map<DocumentID, LockStatus>> {
  const statuses = new Map<DocumentID, LockStatus>()
  for (const id of ids) statuses.set(id, { ...UNLOCKED })
  const settings = collectionLockSettings(context, collection)
  if (!settings.enabled || ids.length === 0) return statuses
  const rows = await delegateFor(readerFor(context.db), context.schema.locks.delegate).findMany({
    where: { ...documentsWhere(collection, ids), updatedAt: { gte: freshSince(settings, new Date()) } },
    orderBy: NEWEST_FIRST,
    select: SELECT,
  })
  const newest = newestPerDocument(rows)
  for (const id of ids) {
    const row = newest.get(idKey(id))
    if (row) statuses.set(id, statusOf(context, row))
  }
  return statuses
}

/** The lock status of a global (`findGlobal` with `includeLockStatus`). */
export async function globalLockStatusFor(context: LockingContext, globalSlug: string): Promise<LockStatus> {
  const settings = lockSettingsFor(context, { globalSlug })
  if (!settings.enabled) return { ...UNLOCKED }
  const row = await delegateFor(readerFor(context.db), context.schema.locks.delegate).findFirst({
    where: { ...targetColumns({ globalSlug }), updatedAt: { gte: freshSince(settings, new Date()) } },
    orderBy: NEWEST_FIRST,
    select: SELECT,
  })
  return row ? statusOf(context, row) : { ...UNLOCKED }
}

function statusOf(context: LockingContext, row: Row): LockStatus {
  const relationTo = String(row[LOCK_COLUMNS.userCollection])
  const stored = String(row[LOCK_COLUMNS.userId])
  // Ids are stored as text; give the user id back in its collection's id type.
  const numeric = context.schema.collections.get(relationTo)?.model.idType === 'int' && /^\d+$/.test(stored)
  return { _isLocked: true, _userEditing: { relationTo, value: numeric ? Number(stored) : stored } }
}
