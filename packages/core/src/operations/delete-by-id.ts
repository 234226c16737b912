// delete by id: one DELETE that returns the removed row (child rows go with it through
// ON DELETE CASCADE; links pointing at it elsewhere are removed or set null) → document.
import type { DocumentData } from '../config/hooks-and-access.ts'
import { inTransaction } from '../database/transactions.ts'
import { delegateFor } from '../database/types.ts'
import { NotFound } from '../errors/api-error.ts'
import type { DeleteByIDOptions } from '../local-api-types.ts'
import { rowToDocument } from '../documents/row-to-document.ts'
import { coerceId, collectionOf, effectiveDepth, readPlanFor, type QuireInternals } from './context.ts'
import { isRecordNotFound } from './needs-original.ts'

export async function deleteByID(quire: QuireInternals, options: DeleteByIDOptions<string>): Promise<DocumentData> {
  const { model } = collectionOf(quire, options.collection)
  effectiveDepth(quire, options.depth)
  const id = coerceId(options.id)
  if (id === undefined) throw new NotFound()
  const plan = readPlanFor(model, options)
  return inTransaction(
    quire.db,
    async (client) => {
      try {
        const row = await delegateFor(client, model.delegate).delete({ where: { id }, select: plan.select })
        return rowToDocument(model, row, plan.projection)
      } catch (error) {
        if (isRecordNotFound(error)) throw new NotFound()
        throw error
      }
    },
    options.disableTransaction,
  )
}
