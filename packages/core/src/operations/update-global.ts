// updateGlobal, in one transaction: read the row → (exists) validate the given fields as an
// update → write them; (never saved) defaults + validate as a create → claim row id 1 → write.
// A first save that loses the claim to a concurrent one starts over as an update of the row
// the winner created, so racing first saves both succeed and leave exactly one row.
// `depth` is checked only (population comes later); `locale` reaches function defaults only.
import type { DocumentData } from '../config/hooks-and-access.ts'
import { inTransaction } from '../database/transactions.ts'
import { mapPrismaError } from '../database/map-prisma-error.ts'
import { delegateFor, type QueryClient } from '../database/types.ts'
import type { PrismaData } from '../documents/data-to-prisma.ts'
import { rowToDocument } from '../documents/row-to-document.ts'
import type { UntypedQuireTypes, UpdateGlobalOptions } from '../local-api-types.ts'
import type { GlobalStorage } from '../storage/storage-model.ts'
import { effectiveDepth, readPlanFor, type QuireInternals, type ReadPlan } from './context.ts'
import { claimGlobalRow, GLOBAL_ROW_ID, globalOf } from './global-row.ts'
import { prepareGlobalWrite } from './prepare-global-write.ts'
import { copyData } from './prepare-write.ts'

export async function updateGlobal(quire: QuireInternals, options: UpdateGlobalOptions<UntypedQuireTypes, string>): Promise<DocumentData> {
  const global = globalOf(quire, options.slug)
  effectiveDepth(quire, options.depth)
  const plan = readPlanFor(global.model, options)
  const data = copyData(options.data)
  const context = { user: options.user, locale: options.locale }
  return inTransaction(
    quire.db,
    async (client) => {
      const stored = await readStored(client, global)
      if (stored) {
        const update = await prepareGlobalWrite(quire, client, global, { data, operation: 'update', originalDoc: stored, ...context })
        return write(client, global, plan, update)
      }
      const firstSave = await prepareGlobalWrite(quire, client, global, { data, operation: 'create', ...context })
      if (await claimGlobalRow(quire.db, client, global.model)) return write(client, global, plan, firstSave)
      // Lost the race: the row exists now (committed by the winner), so this is an update.
      const winner = await readStored(client, global)
      const update = await prepareGlobalWrite(quire, client, global, { data, operation: 'update', originalDoc: winner, ...context })
      return write(client, global, plan, update)
    },
    options.disableTransaction,
  )
}

/** The whole stored document (hidden fields too), as custom `validate` functions see it. */
async function readStored(client: QueryClient, global: GlobalStorage): Promise<DocumentData | undefined> {
  const full = readPlanFor(global.model, { showHiddenFields: true })
  const row = await delegateFor(client, global.model.delegate).findUnique({ where: { id: GLOBAL_ROW_ID }, select: full.select })
  return row ? rowToDocument(global.model, row, full.projection) : undefined
}

async function write(client: QueryClient, global: GlobalStorage, plan: ReadPlan, data: PrismaData): Promise<DocumentData> {
  try {
    const row = await delegateFor(client, global.model.delegate).update({ where: { id: GLOBAL_ROW_ID }, data, select: plan.select })
    return rowToDocument(global.model, row, plan.projection)
  } catch (error) {
    throw mapPrismaError(error, global.model)
  }
}
