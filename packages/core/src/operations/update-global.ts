// updateGlobal, in one transaction: beforeOperation ('update') → update access → lock check → the stored row (if any) →
// beforeChange stages (field access, hooks) → validation (as an update when the row exists,
// as a create with defaults on the first save) → claim row id 1 on the first save → write →
// population → afterRead → afterChange → afterOperation → locks released after commit.
// A first save that loses the claim to a concurrent one starts over as an update of the row
// the winner created, so racing first saves both succeed and leave exactly one row.
import type { DocumentData } from '../config/hooks-and-access.ts'
import { inTransaction } from '../database/transactions.ts'
import { mapPrismaError } from '../database/map-prisma-error.ts'
import { delegateFor, type QueryClient } from '../database/types.ts'
import type { PrismaData } from '../documents/data-to-prisma.ts'
import { rowToDocument } from '../documents/row-to-document.ts'
import type { UntypedQuireTypes, UpdateGlobalOptions } from '../local-api-types.ts'
import { checkLock, releaseLocksAfterCommit } from '../locking/index.ts'
import { createRequest, withRequestScope, type RequestState } from '../request/create-request.ts'
import type { GlobalStorage } from '../storage/storage-model.ts'
import { effectiveDepth, readPlanFor, type QuireInternals } from './context.ts'
import { claimGlobalRow, GLOBAL_ROW_ID, globalOf } from './global-row.ts'
import { prepareGlobalWrite } from './prepare-global-write.ts'
import { copyData } from './prepare-write.ts'
import { globalAfterChange, globalAfterRead, globalBeforeChange, requireGlobalAccess } from './stages/global-stages.ts'
import { populate } from './stages/populate.ts'
import { globalAfterOperation, globalBeforeOperation } from './stages/global-operation-hooks.ts'
import { storedLocaleMode, writeLocaleOf } from '../localization/locale-mode.ts'

type Options = UpdateGlobalOptions<UntypedQuireTypes, string>

export async function updateGlobal(quire: QuireInternals, incoming: Options): Promise<DocumentData> {
  const global = globalOf(quire, incoming.slug)
  const state = createRequest(quire.api, incoming)
  return withRequestScope(state.req, () =>
    inTransaction(
      quire.db,
      async (client) => {
        // Inside the transaction, as in Payload: a hook's own writes through req join it.
        const options = await globalBeforeOperation(global.config, state, 'update', incoming)
        const depth = effectiveDepth(quire, options.depth)
        const locale = writeLocaleOf(state.locale)
        await requireGlobalAccess(quire, client, global, 'update', state)
        const locked = await checkLock({ quire, client, target: { globalSlug: global.slug }, user: state.req.user, overrideLock: options.overrideLock, operation: 'update' })
        const stored = await readStored(client, global, state)
        const data = await globalBeforeChange(global.config, state, copyData(options.data), stored)
        const context = { user: state.req.user ?? undefined, locale, req: state.req }
        let prisma: PrismaData
        if (stored) prisma = await prepareGlobalWrite(quire, client, global, { data, operation: 'update', originalDoc: stored, ...context })
        else {
          prisma = await prepareGlobalWrite(quire, client, global, { data, operation: 'create', ...context })
          if (!(await claimGlobalRow(quire.db, client, global.model))) {
            // Lost the race: the row exists now (committed by the winner), so this is an update.
            const winner = await readStored(client, global, state)
            prisma = await prepareGlobalWrite(quire, client, global, { data, operation: 'update', originalDoc: winner, ...context })
          }
        }
        const doc = await write(quire, client, global, state, { prisma, depth, options })
        if (locked) await releaseLocksAfterCommit(quire, { globalSlug: global.slug })
        const changed = await globalAfterChange(global.config, state, { data, doc, previousDoc: stored ?? {} })
        return globalAfterOperation(global.config, state, 'update', options, changed)
      },
      incoming.disableTransaction,
    ),
  )
}

/** The whole stored document (hidden fields too), as hooks and custom `validate` functions see it. */
async function readStored(client: QueryClient, global: GlobalStorage, state: RequestState): Promise<DocumentData | undefined> {
  const full = readPlanFor(global.model, { showHiddenFields: true, locale: storedLocaleMode(state.locale) })
  const row = await delegateFor(client, global.model.delegate).findUnique({ where: { id: GLOBAL_ROW_ID }, select: full.select })
  return row ? rowToDocument(global.model, row, full.projection, full.locale) : undefined
}

async function write(
  quire: QuireInternals,
  client: QueryClient,
  global: GlobalStorage,
  state: RequestState,
  { prisma, depth, options }: { prisma: PrismaData; depth: number; options: Options },
): Promise<DocumentData> {
  const plan = readPlanFor(global.model, { select: options.select, showHiddenFields: state.showHiddenFields, locale: state.locale })
  let row
  try {
    row = await delegateFor(client, global.model.delegate).update({ where: { id: GLOBAL_ROW_ID }, data: prisma, select: plan.select })
  } catch (error) {
    throw mapPrismaError(error, global.model)
  }
  const doc = rowToDocument(global.model, row, plan.projection, plan.locale)
  await populate(quire, global.slug, state, [doc], depth, options.populate, global.model.fields)
  return globalAfterRead(global.config, state, doc)
}
