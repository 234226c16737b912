// Enforcing locks on writes (docs/locking.md). Only a call with `overrideLock: false` is
// checked — the Local API is trusted by default, as in Payload. It is blocked when the
// target's newest lock belongs to someone else and was refreshed within the duration.
// The check is one indexed read of the target's lock rows; it may run inside the write's
// transaction, since reading takes no row locks there. The same read tells whether there is
// anything to release afterwards (release-locks.ts, after the commit), so a write on a
// document nobody locked sends no DELETE at all — that is nearly every write.
import { readerFor } from '../database/transactions.ts'
import { delegateFor, type QueryClient, type Row } from '../database/types.ts'
import { Locked } from '../errors/api-error.ts'
import type { DocumentID } from '../local-api-types.ts'
import { LOCK_COLUMNS } from '../storage/names.ts'
import {
  collectionLockSettings,
  documentsWhere,
  freshSince,
  idKey,
  isHeldBy,
  lockSettingsFor,
  lockedMessage,
  targetColumns,
  type LockSettings,
  type LockTarget,
  type LockUser,
  type LockingContext,
} from './lock-target.ts'

export type LockedOperation = 'update' | 'delete'

export interface CheckLockArgs {
  quire: LockingContext
  /** The client of the running operation; default: the open transaction's, or the reader. */
  client?: QueryClient
  target: LockTarget
  user: LockUser | null | undefined
  /** The call's option as given: only `false` enforces locks. */
  overrideLock: boolean | undefined
  operation: LockedOperation
  /** Seconds; default the target's `lockDocuments.duration` (300). */
  duration?: number
}

const HOLDER = { [LOCK_COLUMNS.userCollection]: true, [LOCK_COLUMNS.userId]: true }
const NEWEST_FIRST = [{ updatedAt: 'desc' }, { id: 'desc' }]

/**
 * Throws `Locked` (423) when another user's fresh lock holds the target. Returns whether the
 * target has any lock rows (fresh or stale, anyone's): the successful write must release
 * them, and when there are none it has nothing to do. A lock taken by someone else after this
 * read is theirs, taken after the write began, and stays.
 */
export async function checkLock(args: CheckLockArgs): Promise<boolean> {
  const settings = lockSettingsFor(args.quire, args.target)
  if (!settings.enabled) return false
  const rows = await delegateFor(args.client ?? readerFor(args.quire.db), args.quire.schema.locks.delegate).findMany({
    where: targetColumns(args.target),
    orderBy: NEWEST_FIRST,
    select: { ...HOLDER, updatedAt: true },
  })
  const enforcing = enforced(settings, args)
  // Newest first: only the newest lock counts, and only while it is fresh.
  const newest = rows[0]
  if (enforcing && newest && (newest.updatedAt as Date) >= freshSince(enforcing, new Date()) && !isHeldBy(newest, args.user)) {
    throw new Locked(lockedMessage(args.target, args.operation))
  }
  return rows.length > 0
}

export interface CheckLocksArgs extends Omit<CheckLockArgs, 'target'> {
  collection: string
  ids: DocumentID[]
}

/**
 * The bulk form for update/delete by `where`: one query for all ids. Returns the ids that
 * are locked, each with its `Locked` error, for the operation's `errors`; an empty map when
 * nothing is locked or locks are not enforced.
 */
export async function checkLocks(args: CheckLocksArgs): Promise<Map<DocumentID, Locked>> {
  const blocked = new Map<DocumentID, Locked>()
  const settings = enforced(collectionLockSettings(args.quire, args.collection), args)
  if (!settings || args.ids.length === 0) return blocked
  const rows = await delegateFor(args.client ?? readerFor(args.quire.db), args.quire.schema.locks.delegate).findMany({
    where: { ...documentsWhere(args.collection, args.ids), updatedAt: { gte: freshSince(settings, new Date()) } },
    orderBy: NEWEST_FIRST,
    select: { ...HOLDER, [LOCK_COLUMNS.documentId]: true },
  })
  const newestById = newestPerDocument(rows)
  for (const id of args.ids) {
    const newest = newestById.get(idKey(id))
    if (newest && !isHeldBy(newest, args.user)) blocked.set(id, new Locked(lockedMessage({ collection: args.collection, id }, args.operation)))
  }
  return blocked
}

/** Rows arrive newest first, so the first row seen for a document is its newest lock. */
export function newestPerDocument(rows: Row[]): Map<string, Row> {
  const newest = new Map<string, Row>()
  for (const row of rows) {
    const key = row[LOCK_COLUMNS.documentId]
    if (typeof key === 'string' && !newest.has(key)) newest.set(key, row)
  }
  return newest
}

/** The settings to enforce, or undefined when this call does not check locks at all. */
function enforced(settings: LockSettings, args: Pick<CheckLockArgs, 'overrideLock' | 'duration'>): LockSettings | undefined {
  if (args.overrideLock !== false || !settings.enabled) return undefined
  return args.duration === undefined ? settings : { enabled: true, durationMs: args.duration * 1000 }
}
