// Files follow the transaction of the write that names them (docs/transactions.md):
// - new files are written once the row is saved, each with an undo step registered on the
//   transaction, so a rollback (a later hook throwing, a failed commit) removes them — or puts
//   back what an overwrite replaced; their names were listed as pending before the
//   transaction opened (reserve-upload.ts) and are unlisted by it;
// - files a write stops naming (replaced, deleted) are listed as pending inside the
//   transaction and removed (then unlisted) only after the commit.
// After the commit, a file is removed only if no committed document names it. That also
// covers a document rolled back to its own savepoint inside a bulk write: its new files are
// removed, and its old files, still named by its row, are kept. A listed file whose removal
// never ran (the process died) is left to the orphan sweep, which removes listed files only.
import { afterCommit, onRollback } from '../database/transactions.ts'
import type { Database } from '../database/types.ts'
import type { FileStorage, PendingFile } from './types.ts'

export interface FileSet {
  db: Database
  storage: FileStorage
  /** The keys among `keys` that a committed document names. */
  referenced(keys: readonly string[]): Promise<Set<string>>
  /** Lists `keys` as pending in the open transaction (pending-files.ts). */
  list(keys: readonly string[]): Promise<void>
  /** Unlists `keys`. */
  release(keys: readonly string[]): Promise<void>
}

/**
 * Writes `files`. Inside a transaction the undo steps are the transaction's to run; without
 * one, a failure undoes the files written so far here, and the caller repairs the row.
 */
export async function writeFiles(set: FileSet, files: readonly PendingFile[]): Promise<void> {
  const { db, storage } = set
  const undoHere: Array<() => Promise<void>> = []
  try {
    for (const file of files) {
      const previous = (await storage.exists(file.key)) ? await storage.read(file.key).catch(() => undefined) : undefined
      await storage.put(file.key, file.data, { contentType: file.contentType })
      const undo = previous ? () => storage.put(file.key, previous, { contentType: file.contentType }) : () => storage.delete(file.key)
      if (!onRollback(db, undo)) undoHere.unshift(undo)
    }
  } catch (error) {
    for (const undo of undoHere) await undo().catch((undoError: unknown) => console.error('[quire] could not undo a file write:', undoError))
    throw error
  }
  await removeUnnamedAfterCommit(set, files.map((file) => file.key))
}

/**
 * Files the write stops naming: listed as pending with the write (so a crash before their
 * removal leaves them listed for the sweep), then removed, if no document names them, and
 * unlisted once the transaction has committed (at once without one).
 */
export async function removeAfterCommit(set: FileSet, keys: readonly string[]): Promise<void> {
  if (keys.length === 0) return
  await set.list(keys)
  await afterCommit(set.db, async () => {
    await removeUnnamed(set, keys)
    await set.release(keys)
  })
}

/** Removes those of `keys` that no document names once the transaction has committed. */
async function removeUnnamedAfterCommit(set: FileSet, keys: readonly string[]): Promise<void> {
  if (keys.length === 0) return
  await afterCommit(set.db, () => removeUnnamed(set, keys))
}

async function removeUnnamed(set: FileSet, keys: readonly string[]): Promise<void> {
  const inUse = await set.referenced(keys)
  for (const key of keys) {
    if (inUse.has(key)) continue
    await set.storage.delete(key).catch((error: unknown) => console.error(`[quire] could not remove file ${key}:`, error))
  }
}
