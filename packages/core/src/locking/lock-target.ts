// What every lock function shares: naming the locked thing (a document or a global), finding
// its `lockDocuments` setting, and the `quire_locks` columns that identify it and its holder.
// All column names come from the storage contract (LOCK_COLUMNS).
import type { LockDocumentsConfig } from '../config/types.ts'
import type { Database } from '../database/types.ts'
import { APIError } from '../errors/api-error.ts'
import type { DocumentID } from '../local-api-types.ts'
import { coerceId } from '../operations/context.ts'
import { LOCK_COLUMNS } from '../storage/names.ts'
import type { StorageSchema } from '../storage/storage-model.ts'

/** A Quire instance, or the internals the operations receive: both carry these. */
export interface LockingContext {
  schema: StorageSchema
  db: Database
}

export type LockTarget = { collection: string; id: DocumentID } | { globalSlug: string }

/** Who holds or asks for a lock; the `user` of a Local API call. */
export interface LockUser {
  id: DocumentID
  collection: string
}

export interface LockSettings {
  enabled: boolean
  /** A lock blocks others until this long after its last refresh. */
  durationMs: number
}

/** Payload's default: a lock lasts five minutes after the editor's last refresh. */
export const DEFAULT_LOCK_DURATION_SECONDS = 300

export function isGlobalTarget(target: LockTarget): target is { globalSlug: string } {
  return 'globalSlug' in target
}

/** The target's `lockDocuments` setting; an unknown slug is a 404, as for any operation. */
export function lockSettingsFor(context: LockingContext, target: LockTarget): LockSettings {
  if (!isGlobalTarget(target)) return collectionLockSettings(context, target.collection)
  const global = context.schema.globals.get(target.globalSlug)
  if (!global) throw new APIError(`The global with slug ${String(target.globalSlug)} can't be found.`, 404)
  return settingsOf(global.config.lockDocuments)
}

export function collectionLockSettings(context: LockingContext, slug: string): LockSettings {
  const collection = context.schema.collections.get(slug)
  if (!collection) throw new APIError(`The collection with slug ${String(slug)} can't be found.`, 404)
  return settingsOf(collection.config.lockDocuments)
}

export function settingsOf(config: LockDocumentsConfig | undefined): LockSettings {
  if (config === false) return { enabled: false, durationMs: 0 }
  const duration = config?.duration
  const seconds = typeof duration === 'number' && Number.isFinite(duration) && duration >= 0 ? duration : DEFAULT_LOCK_DURATION_SECONDS
  return { enabled: true, durationMs: seconds * 1000 }
}

/** Locks refreshed at or after this instant still block (`now - updatedAt <= duration`). */
export function freshSince(settings: LockSettings, now: Date): Date {
  return new Date(now.getTime() - settings.durationMs)
}

/**
 * Ids are stored as text so one table serves every id type. `'7'` and `7` name the same
 * document, so whole-number ids are written in their canonical form.
 */
export function idKey(id: DocumentID): string {
  return String(coerceId(id) ?? id)
}

/** The `quire_locks` columns naming the target; also its `where`. */
export function targetColumns(target: LockTarget): Record<string, string> {
  const C = LOCK_COLUMNS
  if (isGlobalTarget(target)) return { [C.globalSlug]: target.globalSlug }
  return { [C.collection]: target.collection, [C.documentId]: idKey(target.id) }
}

/**
 * Above this many ids, lookups read all of the collection's locks and filter in memory: the
 * database binds one parameter per listed id, and SQLite refuses a few thousand. Lock rows
 * are few (one per editor and document), so reading them all stays cheap.
 */
export const MAX_LISTED_IDS = 500

/** The `where` for the locks of these documents of one collection (maybe a superset). */
export function documentsWhere(collection: string, ids: readonly DocumentID[]): Record<string, unknown> {
  const keys = [...new Set(ids.map(idKey))]
  const where: Record<string, unknown> = { [LOCK_COLUMNS.collection]: collection }
  if (keys.length <= MAX_LISTED_IDS) where[LOCK_COLUMNS.documentId] = { in: keys }
  return where
}

/** The `quire_locks` columns naming the user holding a lock. */
export function userColumns(user: LockUser): Record<string, string> {
  return { [LOCK_COLUMNS.userCollection]: user.collection, [LOCK_COLUMNS.userId]: idKey(user.id) }
}

/** A lock row's holder, compared by collection and id: two auth collections may reuse ids. */
export function isHeldBy(row: Record<string, unknown>, user: LockUser | null | undefined): boolean {
  if (!user) return false
  return row[LOCK_COLUMNS.userCollection] === user.collection && row[LOCK_COLUMNS.userId] === idKey(user.id)
}

/** Payload's wording (checkDocumentLockStatus.ts), so clients matching on it keep working. */
export function lockedMessage(target: LockTarget, operation: 'update' | 'delete'): string {
  if (isGlobalTarget(target)) return `Global document with slug ${target.globalSlug} is currently locked by another user and cannot be updated.`
  return operation === 'delete'
    ? `Document with ID ${target.id} is currently locked and cannot be deleted.`
    : `Document with ID ${target.id} is currently locked by another user and cannot be updated.`
}
