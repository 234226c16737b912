// findGlobal: beforeOperation ('read') → read access (false → Forbidden, or null with disableErrors) → one query for the
// row and its child tables (a global never saved reads as its default values, without id or
// timestamps, docs/operations.md#per-operation-options-and-results) → lock status → beforeRead → population → afterRead → afterOperation.
import type { DocumentData } from '../config/hooks-and-access.ts'
import { readerFor } from '../database/transactions.ts'
import { delegateFor } from '../database/types.ts'
import { APIError } from '../errors/api-error.ts'
import type { FindGlobalOptions } from '../local-api-types.ts'
import { globalLockStatusFor } from '../locking/index.ts'
import { rowToDocument } from '../documents/row-to-document.ts'
import { createRequest, withRequestScope } from '../request/create-request.ts'
import { effectiveDepth, readPlanFor, type QuireInternals } from './context.ts'
import { defaultGlobalDocument } from './global-defaults.ts'
import { GLOBAL_ROW_ID, globalOf } from './global-row.ts'
import { globalAfterRead, globalBeforeRead, requireGlobalAccess } from './stages/global-stages.ts'
import { globalAfterOperation, globalBeforeOperation } from './stages/global-operation-hooks.ts'
import { populate } from './stages/populate.ts'

export async function findGlobal(quire: QuireInternals, options: FindGlobalOptions<string>): Promise<DocumentData | null> {
  const global = globalOf(quire, options.slug)
  const { model, config } = global
  const state = createRequest(quire.api, options)
  return withRequestScope(state.req, async () => {
    const args = await globalBeforeOperation(config, state, 'read', options)
    try {
      const depth = effectiveDepth(quire, args.depth)
      const client = readerFor(quire.db)
      await requireGlobalAccess(quire, client, global, 'read', state)
      const plan = readPlanFor(model, { select: args.select, showHiddenFields: state.showHiddenFields, locale: state.locale })
      const row = await delegateFor(client, model.delegate).findUnique({ where: { id: GLOBAL_ROW_ID }, select: plan.select })
      let doc = row ? rowToDocument(model, row, plan.projection, plan.locale) : await defaultGlobalDocument(config.fields, plan.projection, { user: state.req.user ?? undefined, locale: state.req.locale, req: state.req }, state.locale)
      if (args.includeLockStatus) doc = { ...doc, ...(await globalLockStatusFor(quire, global.slug)) }
      doc = await globalBeforeRead(config, state, doc)
      await populate(quire, global.slug, state, [doc], depth, args.populate, model.fields)
      return await globalAfterOperation(config, state, 'findOne', args, await globalAfterRead(config, state, doc))
    } catch (error) {
      if (args.disableErrors && error instanceof APIError && (error.status === 403 || error.status === 404)) return null
      throw error
    }
  })
}
