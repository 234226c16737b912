// create: (duplicateFromID: load the source) → defaults → validation → relationship check →
// one insert with its child rows → document. All inside one transaction.
import type { DocumentData } from '../config/hooks-and-access.ts'
import { inTransaction } from '../database/transactions.ts'
import { mapPrismaError } from '../database/map-prisma-error.ts'
import { delegateFor } from '../database/types.ts'
import type { CreateOptions, UntypedQuireTypes } from '../local-api-types.ts'
import { rowToDocument } from '../documents/row-to-document.ts'
import { collectionOf, effectiveDepth, readPlanFor, type QuireInternals } from './context.ts'
import { copyData, prepareWrite } from './prepare-write.ts'
import { duplicateSource } from './duplicate-source.ts'

export async function create(quire: QuireInternals, options: CreateOptions<UntypedQuireTypes, string>): Promise<DocumentData> {
  const collection = collectionOf(quire, options.collection)
  const { model } = collection
  effectiveDepth(quire, options.depth)
  const plan = readPlanFor(model, options)
  return inTransaction(
    quire.db,
    async (client) => {
      let data = copyData(options.data)
      if (options.duplicateFromID !== undefined) data = { ...(await duplicateSource(quire, collection, options.duplicateFromID)), ...data }
      const prepared = await prepareWrite(quire, client, collection, { data, operation: 'create', user: options.user, locale: options.locale })
      try {
        const row = await delegateFor(client, model.delegate).create({ data: prepared.data, select: plan.select })
        return rowToDocument(model, row, plan.projection)
      } catch (error) {
        throw mapPrismaError(error, model, collection.slug)
      }
    },
    options.disableTransaction,
  )
}
