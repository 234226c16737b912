// Taking and giving back a lock: what an editing UI calls when a user opens a document (and
// periodically while they edit, to keep the lock fresh) and when they leave it.
// Each is one or two short statements on the caller's client: never part of a document
// write's transaction unless the caller runs inside one (docs/locking.md#release).
import { clientFor, readerFor } from '../database/transactions.ts'
import { delegateFor } from '../database/types.ts'
import { APIError, NotFound, Unauthorized } from '../errors/api-error.ts'
import { coerceId } from '../operations/context.ts'
import {
  isGlobalTarget,
  lockSettingsFor,
  targetColumns,
  userColumns,
  type LockTarget,
  type LockUser,
  type LockingContext,
} from './lock-target.ts'

export type LockDocumentOptions = LockTarget & { user: LockUser | null | undefined }

/**
 * Creates the user's lock on a document or global, or refreshes it (`updatedAt = now`).
 * Another user's lock is left alone: the newest lock is the one that counts, so locking a
 * document someone else holds takes it over — check `lockStatusFor` first to warn the user.
 */
export async function lockDocument(context: LockingContext, options: LockDocumentOptions): Promise<void> {
  const settings = lockSettingsFor(context, options)
  if (!settings.enabled) throw new APIError(`Document locking is disabled for ${describeTarget(options)}.`, 400)
  const user = requireUser(options.user)
  if (!isGlobalTarget(options)) {
    // No foreign key guards the lock table, so a lock must not name a document that isn't there.
    const model = context.schema.collections.get(options.collection)!.model
    const id = coerceId(options.id)
    const exists = id !== undefined && (await delegateFor(readerFor(context.db), model.delegate).findUnique({ where: { id }, select: { id: true } }))
    if (!exists) throw new NotFound()
  }
  const locks = delegateFor(clientFor(context.db), context.schema.locks.delegate)
  const mine = { ...targetColumns(options), ...userColumns(user) }
  const now = new Date()
  const refreshed = await locks.updateMany({ where: mine, data: { updatedAt: now } })
  if (refreshed.count === 0) await locks.create({ data: { ...mine, createdAt: now, updatedAt: now }, select: { id: true } })
}

export type UnlockDocumentOptions = LockDocumentOptions

/** Removes the user's own locks on a document or global; other users' locks stay. */
export async function unlockDocument(context: LockingContext, options: UnlockDocumentOptions): Promise<void> {
  if (!lockSettingsFor(context, options).enabled) return
  const user = requireUser(options.user)
  await delegateFor(clientFor(context.db), context.schema.locks.delegate).deleteMany({ where: { ...targetColumns(options), ...userColumns(user) } })
}

function requireUser(user: LockUser | null | undefined): LockUser {
  if (!user || user.id === undefined || user.id === null || typeof user.collection !== 'string') {
    throw new Unauthorized('A document can only be locked by a logged-in user.')
  }
  return user
}

function describeTarget(target: LockTarget): string {
  return isGlobalTarget(target) ? `the global "${target.globalSlug}"` : `the collection "${target.collection}"`
}
