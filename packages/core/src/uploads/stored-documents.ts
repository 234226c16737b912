// Direct reads and repairs of an upload collection's rows, below the Local API: the hooks need
// the stored file fields of a document (to delete or copy its files) without running the
// collection's read hooks or access rules again, and — when a write ran without a transaction
// and its files could not be stored — to undo the row that now names missing files.
import { clientFor, readerFor } from '../database/transactions.ts'
import { delegateFor } from '../database/types.ts'
import { dataToPrisma } from '../documents/data-to-prisma.ts'
import { rowToDocument } from '../documents/row-to-document.ts'
import { readPlanFor } from '../operations/context.ts'
import type { Quire } from '../quire.ts'
import type { CollectionStorage } from '../storage/storage-model.ts'
import { pickFileFields } from './file-fields.ts'
import type { FileFields } from './types.ts'

function storageOf(quire: Quire, slug: string): CollectionStorage {
  const collection = quire.schema.collections.get(slug)
  if (!collection) throw new Error(`uploads: unknown collection "${slug}"`)
  return collection
}

/** The stored file fields of document `id`, or undefined when there is no such document. */
export async function loadFileFields(quire: Quire, slug: string, id: unknown): Promise<FileFields | undefined> {
  const numericId = typeof id === 'string' && /^\d+$/.test(id) ? Number(id) : id
  if (typeof numericId !== 'number' || !Number.isSafeInteger(numericId)) return undefined
  const { model } = storageOf(quire, slug)
  const plan = readPlanFor(model, { showHiddenFields: true })
  const row = await delegateFor(readerFor(quire.db), model.delegate).findUnique({ where: { id: numericId }, select: plan.select })
  return row ? pickFileFields(rowToDocument(model, row, plan.projection)) : undefined
}

/** Undoes a row written without a transaction: a created row is removed, an updated one gets its file fields back. */
export async function compensateRow(quire: Quire, slug: string, id: number, previous: FileFields | undefined): Promise<void> {
  const { model } = storageOf(quire, slug)
  const delegate = delegateFor(clientFor(quire.db), model.delegate)
  if (previous === undefined) await delegate.delete({ where: { id } })
  else await delegate.update({ where: { id }, data: dataToPrisma(model.fields, { ...previous }, 'update') })
}
