// The data a duplicate starts from: the stored document (read with the caller's read access)
// without ids or timestamps, array rows without their ids (so they get fresh ones), unique
// text-like values suffixed with " - Copy" and other unique values cleared (Payload's default
// beforeDuplicate), then the fields' own beforeDuplicate hooks.
import type { Field } from '../config/fields.ts'
import type { DocumentData } from '../config/hooks-and-access.ts'
import { decideAccess } from '../access/collection-access.ts'
import { clientFor } from '../database/transactions.ts'
import { NotFound } from '../errors/api-error.ts'
import { runFieldHooks } from '../hooks/field-hooks.ts'
import type { RequestState } from '../request/create-request.ts'
import type { CollectionStorage } from '../storage/storage-model.ts'
import { coerceId, type QuireInternals } from './context.ts'
import { loadTarget } from './stages/load-target.ts'

const COPY_SUFFIX = ' - Copy'
const SUFFIXED_TYPES = new Set(['text', 'textarea', 'code'])

export async function duplicateSource(quire: QuireInternals, collection: CollectionStorage, state: RequestState, sourceId: unknown): Promise<DocumentData> {
  const id = coerceId(sourceId)
  const decision = await decideAccess(collection.config.access, 'read', { req: state.req, id }, state.overrideAccess)
  if (id === undefined || decision === false) throw new NotFound()
  // In the call's locale without fallback, as Payload does: the copy is the source, not what a reader sees.
  const locale = state.locale?.kind === 'one' ? { ...state.locale, fallbacks: [] } : state.locale
  const source = await loadTarget(quire, clientFor(quire.db), collection, id, decision, true, locale).catch(() => {
    // A source hidden by the read rule is simply not found (the findByID side of the rule).
    throw new NotFound()
  })
  const { id: _id, createdAt: _created, updatedAt: _updated, ...doc } = source!
  const copy = prepareCopy(collection.config.fields, doc)
  await runFieldHooks('beforeDuplicate', collection.config.fields, copy, { operation: 'create', req: state.req, overrideAccess: state.overrideAccess, collection: collection.config })
  return copy
}

export function prepareCopy(fields: Field[], doc: DocumentData): DocumentData {
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
