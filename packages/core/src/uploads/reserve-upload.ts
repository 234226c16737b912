// Before a create or update with a new file opens its transaction: prepare the file and list its
// chosen names as pending, committed on their own (pending-files.ts). The transaction then only
// writes what was prepared and unlists it as the document names it. A process killed between
// the file write and the commit leaves the names listed, so the sweep knows those files are
// this database's abandoned writes.
//
// Only when the write will surely be allowed to go on, so no caller can make the server decode
// images it may not store: trusted code, or a caller the collection's access answers `true`
// for outright (a Where is decided per document, inside the transaction). Anything else —
// a call nested in another write's transaction (a row cannot commit beside it on SQLite),
// `overwriteExistingFiles` (it may reuse a name a document owns) — prepares inside the
// transaction as before, unlisted.
import { decideAccess } from '../access/collection-access.ts'
import type { BeforeTransactionArgs } from '../config/collection-features.ts'
import type { DocumentData } from '../config/hooks-and-access.ts'
import { isInTransaction } from '../database/transactions.ts'
import { readUploadedFile } from './attach-file.ts'
import { reservePendingFiles } from './pending-files.ts'
import { prepareUpload, type UploadContext } from './prepare-upload.ts'
import { setReserved } from './upload-request-state.ts'
import { checkUploadQuota, uploaderOf } from './upload-quota.ts'

/** The options of the operations that can carry a file (create, update by id, update many). */
interface FileCallOptions {
  file?: unknown
  filePath?: unknown
  id?: unknown
  where?: unknown
  overwriteExistingFiles?: unknown
}

export async function reserveUpload(context: UploadContext, { collection, req, data, trusted, options: callOptions }: BeforeTransactionArgs): Promise<void> {
  const options: FileCallOptions = callOptions
  const quire = req.quire
  if (isInTransaction(quire.db) || options.overwriteExistingFiles === true) return
  if (options.file === undefined && options.filePath === undefined) return
  // A bad `file`/`filePath` is reported by the operation itself, in its usual place.
  const file = await readUploadedFile(options).catch(() => undefined)
  if (!file) return
  const operation = options.id !== undefined || options.where !== undefined ? 'update' : 'create'
  const doc = isDocumentData(data) ? data : {}
  const id = typeof options.id === 'number' || typeof options.id === 'string' ? options.id : undefined
  if (!trusted && (await decideAccess(collection.access, operation, { req, data: doc, id }, false)) !== true) return
  const uploader = uploaderOf(req)
  if (context.options.quota && uploader && !trusted) await checkUploadQuota(quire, context.slug, context.options.quota, uploader, file.data.byteLength)
  const focal = { x: percent(doc.focalX) ?? 50, y: percent(doc.focalY) ?? 50 }
  const pending = await prepareUpload(context, file, { focal, overwrite: false, reserve: (keys) => reservePendingFiles(quire, context.slug, keys) })
  setReserved(req, { data: file.data, focal, pending })
}

/** A focal coordinate: a finite number clamped to 0–100, else undefined. */
export function percent(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? Math.min(Math.max(value, 0), 100) : undefined
}

function isDocumentData(value: unknown): value is DocumentData {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
