// delete by where → { docs, errors }: read the matching documents (they are the result), then
// one DELETE … WHERE id IN (…), in one transaction.
import type { DocumentData } from '../config/hooks-and-access.ts'
import { inTransaction } from '../database/transactions.ts'
import { delegateFor } from '../database/types.ts'
import { APIError } from '../errors/api-error.ts'
import type { BulkOperationResult, DeleteManyOptions } from '../local-api-types.ts'
import { rowToDocument } from '../documents/row-to-document.ts'
import { whereToPrisma } from '../query/where-to-prisma.ts'
import { collectionOf, effectiveDepth, readPlanFor, type QuireInternals } from './context.ts'

export async function deleteMany(quire: QuireInternals, options: DeleteManyOptions<string>): Promise<BulkOperationResult<DocumentData>> {
  const collection = collectionOf(quire, options.collection)
  const { model } = collection
  if (!options.where || typeof options.where !== 'object') throw new APIError("Missing 'where' query of documents to delete.", 400)
  effectiveDepth(quire, options.depth)
  const where = whereToPrisma({ schema: quire.schema, collection: collection.slug, where: options.where, provider: quire.db.provider })
  const plan = readPlanFor(model, options)
  return inTransaction(
    quire.db,
    async (client) => {
      const delegate = delegateFor(client, model.delegate)
      const rows = await delegate.findMany({ where, select: plan.select })
      if (rows.length > 0) await delegate.deleteMany({ where: { id: { in: rows.map((row) => row.id) } } })
      return { docs: rows.map((row) => rowToDocument(model, row, plan.projection)), errors: [] }
    },
    options.disableTransaction,
  )
}
