// findByID: beforeOperation → read access (false → Forbidden; a Where that excludes the
// document → NotFound, docs/access.md) → one query for the row and its child tables →
// beforeRead → population → afterRead → afterOperation. disableErrors turns Forbidden/NotFound into null.
import type { DocumentData } from '../config/hooks-and-access.ts'
import { decideAccess } from '../access/collection-access.ts'
import { readerFor } from '../database/transactions.ts'
import { delegateFor } from '../database/types.ts'
import { APIError, Forbidden, NotFound } from '../errors/api-error.ts'
import type { FindByIDOptions } from '../local-api-types.ts'
import { rowToDocument } from '../documents/row-to-document.ts'
import { whereToPrisma } from '../query/where-to-prisma.ts'
import { coerceId, effectiveDepth, readPlanFor, type QuireInternals } from './context.ts'
import { afterOperation } from './stages/after-operation.ts'
import { afterRead, beforeRead } from './stages/after-read.ts'
import { beforeOperation } from './stages/before-operation.ts'
import { populate } from './stages/populate.ts'
import { lockStatusFor } from '../locking/index.ts'
import { runRead } from './run-operation.ts'

export async function findByID(quire: QuireInternals, options: FindByIDOptions<string>): Promise<DocumentData | null> {
  return runRead(quire, options, async ({ collection, state }) => {
    const { model, config } = collection
    const args = await beforeOperation(config, state, 'read', options)
    try {
      const depth = effectiveDepth(quire, args.depth)
      const id = coerceId(args.id)
      const decision = await decideAccess(config.access, 'read', { req: state.req, id }, state.overrideAccess)
      if (decision === false) throw new Forbidden()
      if (id === undefined) throw new NotFound()
      const plan = readPlanFor(model, { select: args.select, showHiddenFields: state.showHiddenFields, locale: state.locale })
      const delegate = delegateFor(readerFor(quire.db), model.delegate)
      const row =
        decision === true
          ? await delegate.findUnique({ where: { id }, select: plan.select })
          : await delegate.findFirst({ where: { AND: [{ id }, whereToPrisma({ schema: quire.schema, collection: collection.slug, where: decision, provider: quire.db.provider, locale: state.locale })] }, select: plan.select })
      if (!row) throw new NotFound()
      const lock = args.includeLockStatus ? (await lockStatusFor(quire, collection.slug, [id])).get(id) : undefined
      const raw = await beforeRead(config, state, { ...rowToDocument(model, row, plan.projection, plan.locale), ...lock })
      await populate(quire, collection.slug, state, [raw], depth, args.populate)
      const doc = await afterRead(config, state, raw)
      return afterOperation(config, state, 'findByID', args, doc)
    } catch (error) {
      if (args.disableErrors && error instanceof APIError && (error.status === 403 || error.status === 404)) return null
      throw error
    }
  })
}
