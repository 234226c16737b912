// The data a duplicate starts from (Payload's default beforeDuplicate): the stored document
// without ids or timestamps, array rows without their ids (so they get fresh ones), unique
// text-like values suffixed with " - Copy" and other unique values cleared.
import type { Field } from '../config/fields.ts'
import type { DocumentData } from '../config/hooks-and-access.ts'
import { clientFor } from '../database/transactions.ts'
import { delegateFor } from '../database/types.ts'
import { NotFound } from '../errors/api-error.ts'
import { rowToDocument } from '../documents/row-to-document.ts'
import type { CollectionStorage } from '../storage/storage-model.ts'
import { coerceId, readPlanFor, type QuireInternals } from './context.ts'

const COPY_SUFFIX = ' - Copy'
const SUFFIXED_TYPES = new Set(['text', 'textarea', 'code'])

export async function duplicateSource(quire: QuireInternals, collection: CollectionStorage, sourceId: unknown): Promise<DocumentData> {
  const { model } = collection
  const id = coerceId(sourceId)
  const plan = readPlanFor(model, { showHiddenFields: true })
  const row = id === undefined ? null : await delegateFor(clientFor(quire.db), model.delegate).findUnique({ where: { id }, select: plan.select })
  if (!row) throw new NotFound()
  const { id: _id, createdAt: _created, updatedAt: _updated, ...doc } = rowToDocument(model, row, plan.projection)
  return prepareCopy(collection.config.fields, doc)
}

function prepareCopy(fields: Field[], doc: DocumentData): DocumentData {
  const out: DocumentData = { ...doc }
  for (const field of fields) {
    const value = out[field.name]
    if (field.type === 'group' && isRecord(value)) out[field.name] = prepareCopy(field.fields, value)
    else if (field.type === 'array' && Array.isArray(value)) {
      out[field.name] = value.map((row) => {
        const { id: _rowId, ...rest } = isRecord(row) ? row : {}
        return prepareCopy(field.fields, rest)
      })
    } else if ('unique' in field && field.unique && value !== null && value !== undefined) {
      out[field.name] = SUFFIXED_TYPES.has(field.type) && typeof value === 'string' ? `${value}${COPY_SUFFIX}` : null
    }
  }
  return out
}

function isRecord(value: unknown): value is DocumentData {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
