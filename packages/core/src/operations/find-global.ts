// findGlobal: one query for the global's row and its child tables → document; a global never
// saved reads as its default values (no id, no timestamps), as in Payload (reference §1.2).
// `locale` is passed to function defaults only; localized storage comes later.
import type { DocumentData } from '../config/hooks-and-access.ts'
import { readerFor } from '../database/transactions.ts'
import { delegateFor } from '../database/types.ts'
import type { FindGlobalOptions } from '../local-api-types.ts'
import { rowToDocument } from '../documents/row-to-document.ts'
import { effectiveDepth, readPlanFor, type QuireInternals } from './context.ts'
import { defaultGlobalDocument } from './global-defaults.ts'
import { GLOBAL_ROW_ID, globalOf } from './global-row.ts'

export async function findGlobal(quire: QuireInternals, options: FindGlobalOptions<string>): Promise<DocumentData> {
  const global = globalOf(quire, options.slug)
  const { model } = global
  effectiveDepth(quire, options.depth)
  const plan = readPlanFor(model, options)
  const row = await delegateFor(readerFor(quire.db), model.delegate).findUnique({ where: { id: GLOBAL_ROW_ID }, select: plan.select })
  if (row) return rowToDocument(model, row, plan.projection)
  return defaultGlobalDocument(global.config.fields, plan.projection, { user: options.user, locale: options.locale })
}
