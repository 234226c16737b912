// update by id: (stored document, when validation or hooks need it) → validation of the
// given fields → relationship check → one update with its child rows → document.
import type { DocumentData } from '../config/hooks-and-access.ts'
import { inTransaction } from '../database/transactions.ts'
import { mapPrismaError } from '../database/map-prisma-error.ts'
import { delegateFor } from '../database/types.ts'
import { NotFound } from '../errors/api-error.ts'
import type { UntypedQuireTypes, UpdateByIDOptions } from '../local-api-types.ts'
import { rowToDocument } from '../documents/row-to-document.ts'
import { coerceId, collectionOf, effectiveDepth, readPlanFor, type QuireInternals } from './context.ts'
import { isRecordNotFound, needsOriginalDoc } from './needs-original.ts'
import { copyData, prepareWrite } from './prepare-write.ts'

export async function updateByID(quire: QuireInternals, options: UpdateByIDOptions<UntypedQuireTypes, string>): Promise<DocumentData> {
  const collection = collectionOf(quire, options.collection)
  const { model } = collection
  effectiveDepth(quire, options.depth)
  const id = coerceId(options.id)
  if (id === undefined) throw new NotFound()
  const plan = readPlanFor(model, options)
  return inTransaction(
    quire.db,
    async (client) => {
      const delegate = delegateFor(client, model.delegate)
      let originalDoc: DocumentData | undefined
      if (needsOriginalDoc(collection)) {
        const full = readPlanFor(model, { showHiddenFields: true })
        const row = await delegate.findUnique({ where: { id }, select: full.select })
        if (!row) throw new NotFound()
        originalDoc = rowToDocument(model, row, full.projection)
      }
      const prepared = await prepareWrite(quire, client, collection, { data: copyData(options.data), operation: 'update', originalDoc, user: options.user, locale: options.locale })
      try {
        const row = await delegate.update({ where: { id }, data: prepared.data, select: plan.select })
        return rowToDocument(model, row, plan.projection)
      } catch (error) {
        if (isRecordNotFound(error)) throw new NotFound()
        throw mapPrismaError(error, model, collection.slug)
      }
    },
    options.disableTransaction,
  )
}
