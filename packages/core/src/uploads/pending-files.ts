// The record of upload files this database wrote and does not own yet (`quire_upload_pending`).
// A file is "owned" when a committed document names it. The lifecycle:
// - a new upload reserves its file names BEFORE the document's transaction opens: the rows are
//   committed on their own, so a process killed after writing the files still leaves them
//   listed (on SQLite a row cannot commit beside an open write transaction, hence "before");
// - the document's transaction deletes those rows as it names the files: the commit makes the
//   files owned and unlists them at once;
// - a file a write stops naming (replaced, deleted) is listed inside that write's transaction
//   and unlisted once it is removed after the commit.
// The orphan sweep deletes only listed files that no document names, so a file this database
// never listed — another database's, or one a restored backup does not know — is never deleted.
import { clientFor } from '../database/transactions.ts'
import { delegateFor, type ModelDelegate } from '../database/types.ts'
import type { Quire } from '../quire.ts'
import { UPLOAD_PENDING_COLUMNS as C } from '../storage/names.ts'
import { referencedKeys } from './file-references.ts'
import type { ResolvedUploadOptions } from './types.ts'

function pendingRows(quire: Quire, client = clientFor(quire.db)): ModelDelegate {
  return delegateFor(client, quire.schema.uploadPending.delegate)
}

/**
 * Lists `keys` of `slug` as pending, committed on its own (called outside any transaction).
 * False when one of them is already listed: another write holds that name; nothing is kept.
 */
export async function reservePendingFiles(quire: Quire, slug: string, keys: readonly string[]): Promise<boolean> {
  const rows = pendingRows(quire, quire.db.client)
  const created: string[] = []
  for (const key of keys) {
    try {
      await rows.create({ data: { [C.collection]: slug, [C.filename]: key } })
      created.push(key)
    } catch (error) {
      if (!isUniqueViolation(error)) {
        await releasePendingFiles(quire, slug, created, quire.db.client).catch(() => undefined)
        throw error
      }
      await releasePendingFiles(quire, slug, created, quire.db.client)
      return false
    }
  }
  return true
}

/** Lists `keys` as pending inside the open transaction (files a write stops naming); keys already listed stay as they are. */
export async function listPendingFiles(quire: Quire, slug: string, keys: readonly string[]): Promise<void> {
  if (keys.length === 0) return
  const rows = pendingRows(quire)
  const listed = new Set((await rows.findMany({ where: { [C.collection]: slug, [C.filename]: { in: [...keys] } }, select: { [C.filename]: true } })).map((row) => row[C.filename] as string))
  for (const key of keys) if (!listed.has(key)) await rows.create({ data: { [C.collection]: slug, [C.filename]: key } })
}

/** Unlists `keys`: in the open transaction (the document now names them), else on their own. */
export async function releasePendingFiles(quire: Quire, slug: string, keys: readonly string[], client = clientFor(quire.db)): Promise<void> {
  if (keys.length === 0) return
  await pendingRows(quire, client).deleteMany({ where: { [C.collection]: slug, [C.filename]: { in: [...keys] } } })
}

/** The keys among `keys` some pending row of `slug` lists. */
export async function listedPendingKeys(quire: Quire, slug: string, keys: readonly string[]): Promise<Set<string>> {
  if (keys.length === 0) return new Set()
  const rows = await pendingRows(quire).findMany({ where: { [C.collection]: slug, [C.filename]: { in: [...keys] } }, select: { [C.filename]: true } })
  return new Set(rows.map((row) => row[C.filename] as string))
}

export interface AbandonedFiles {
  /** Listed since before the bound and named by no document: files of abandoned writes. */
  unnamed: string[]
  /** Every key listed since before the bound (to unlist once the unnamed files are gone). */
  listed: string[]
}

/**
 * The orphan sweep's only source: the keys of upload collection `slug` listed as pending since
 * before `before`. A key a document names is never offered for removal (an overwrite, or a
 * write that died after its commit but before unlisting a replaced file it still names).
 */
export async function abandonedUploadFiles(quire: Quire, slug: string, before: Date): Promise<AbandonedFiles> {
  const collection = quire.schema.collections.get(slug)
  const upload = collection?.config.upload
  if (!collection || typeof upload !== 'object' || upload === null) throw new Error(`uploads: "${slug}" is not an upload collection`)
  const rows = await pendingRows(quire, quire.db.client).findMany({ where: { [C.collection]: slug, createdAt: { lt: before } }, select: { [C.filename]: true }, orderBy: { id: 'asc' } })
  const listed = rows.map((row) => row[C.filename] as string)
  const sizeNames = (upload as ResolvedUploadOptions).imageSizes.map((size) => size.name)
  const named = await referencedKeys(quire, slug, sizeNames, listed)
  return { unnamed: listed.filter((key) => !named.has(key)), listed }
}

/** Unlists `keys` of `slug` (the sweep, once their files are gone). */
export async function forgetPendingFiles(quire: Quire, slug: string, keys: readonly string[]): Promise<void> {
  await releasePendingFiles(quire, slug, keys, quire.db.client)
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'P2002'
}
