// findByID: one query for the row and its child tables → document; a missing id is NotFound
// (or null with `disableErrors`).
import type { DocumentData } from '../config/hooks-and-access.ts'
import { clientFor } from '../database/transactions.ts'
import { delegateFor } from '../database/types.ts'
import { NotFound } from '../errors/api-error.ts'
import type { FindByIDOptions } from '../local-api-types.ts'
import { rowToDocument } from '../documents/row-to-document.ts'
import { coerceId, collectionOf, effectiveDepth, readPlanFor, type QuireInternals } from './context.ts'

export async function findByID(quire: QuireInternals, options: FindByIDOptions<string>): Promise<DocumentData | null> {
  const { model } = collectionOf(quire, options.collection)
  effectiveDepth(quire, options.depth)
  const id = coerceId(options.id)
  const plan = readPlanFor(model, options)
  const row = id === undefined ? null : await delegateFor(clientFor(quire.db), model.delegate).findUnique({ where: { id }, select: plan.select })
  if (!row) {
    if (options.disableErrors) return null
    throw new NotFound()
  }
  return rowToDocument(model, row, plan.projection)
}
