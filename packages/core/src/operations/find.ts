// find (docs/operations.md#lifecycles-the-order-of-stages): beforeOperation → read access (false → Forbidden, or an empty page
// with disableErrors; a Where is ANDed in) → where/sort paths checked against field read
// access → one page of rows (one query with their child tables; a sort through a list orders
// the ids in SQL first, sorted-rows.ts) → a count only when the page does not already tell the total → beforeRead → population (batched) → afterRead →
// afterOperation.
import type { DocumentData } from '../config/hooks-and-access.ts'
import { combineWhere, decideAccess } from '../access/collection-access.ts'
import { assertReadablePaths } from '../access/validate-query-paths.ts'
import { readerFor } from '../database/transactions.ts'
import { delegateFor } from '../database/types.ts'
import { Forbidden } from '../errors/api-error.ts'
import type { FindOptions, PaginatedDocs } from '../local-api-types.ts'
import { rowToDocument } from '../documents/row-to-document.ts'
import { planSort } from '../query/plan-sort.ts'
import { whereToPrisma } from '../query/where-to-prisma.ts'
import { effectiveDepth, readPlanFor, type QuireInternals } from './context.ts'
import { pageRequest, paginated, totalFromShortPage } from './paginate.ts'
import { afterOperation } from './stages/after-operation.ts'
import { afterRead, beforeRead } from './stages/after-read.ts'
import { beforeOperation } from './stages/before-operation.ts'
import { populate } from './stages/populate.ts'
import { lockStatusFor } from '../locking/index.ts'
import { runRead } from './run-operation.ts'
import { findSortedRows } from './sorted-rows.ts'

export async function find(quire: QuireInternals, options: FindOptions<string>): Promise<PaginatedDocs<DocumentData>> {
  return runRead(quire, options, async ({ collection, state }) => {
    const { model, config } = collection
    const args = await beforeOperation(config, state, 'read', options)
    const depth = effectiveDepth(quire, args.depth)
    const request = pageRequest(args)
    const decision = await decideAccess(config.access, 'read', { req: state.req }, state.overrideAccess)
    if (decision === false) {
      if (args.disableErrors) return paginated([], 0, request)
      throw new Forbidden()
    }
    const sort = args.sort ?? config.defaultSort
    if (!state.overrideAccess) await assertReadablePaths(quire.config, collection.slug, args.where, sort, state.req)
    const where = whereToPrisma({ schema: quire.schema, collection: collection.slug, where: combineWhere(args.where, decision), provider: quire.db.provider, locale: state.locale })
    const sortPlan = planSort({ schema: quire.schema, collection: collection.slug, sort, locale: state.locale })
    const plan = readPlanFor(model, { select: args.select, showHiddenFields: state.showHiddenFields, locale: state.locale })
    const reader = readerFor(quire.db)

    const { rows, total } = await findSortedRows(reader, quire.db.provider, model, { where, sort: sortPlan, select: plan.select, take: request.take, skip: request.skip })
    const totalDocs = total ?? totalFromShortPage(request, rows.length) ?? (await delegateFor(reader, model.delegate).count({ where }))
    const raw: DocumentData[] = []
    const locks = args.includeLockStatus ? await lockStatusFor(quire, collection.slug, rows.map((row) => row.id as number)) : undefined
    for (const row of rows) raw.push(await beforeRead(config, state, { ...rowToDocument(model, row, plan.projection, plan.locale), ...locks?.get(row.id as number) }))
    await populate(quire, collection.slug, state, raw, depth, args.populate)
    const docs: DocumentData[] = []
    for (const doc of raw) docs.push(await afterRead(config, state, doc, true))
    return afterOperation(config, state, 'find', args, paginated(docs, totalDocs, request))
  })
}
