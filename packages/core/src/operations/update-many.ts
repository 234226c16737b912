// update by where → { docs, errors } (docs/operations.md#lifecycles-the-order-of-stages).
// Stages: beforeOperation → update access (false → Forbidden; a Where narrows the match) →
// path check → matching ids (in `sort` order, up to `limit`) → each document updated on its
// own inside a savepoint: a document that fails (validation, a hook, a unique conflict) is
// reported in `errors` with nothing of it written, and the others are committed — Payload's
// semantics, made safe on PostgreSQL by the savepoints → afterOperation.
// Fast path: with no hooks, field access or per-document validation and only columns
// changing, one UPDATE … RETURNING id does the work (see set-based-update.ts).
import type { DocumentData } from '../config/hooks-and-access.ts'
import { combineWhere, requireAccess } from '../access/collection-access.ts'
import { assertReadablePaths } from '../access/validate-query-paths.ts'
import { inTransaction } from '../database/transactions.ts'
import { delegateFor } from '../database/types.ts'
import { APIError } from '../errors/api-error.ts'
import type { BulkOperationResult, UntypedQuireTypes, UpdateManyOptions } from '../local-api-types.ts'
import { rowToDocument } from '../documents/row-to-document.ts'
import { planSort } from '../query/plan-sort.ts'
import { whereToPrisma } from '../query/where-to-prisma.ts'
import { effectiveDepth, readPlanFor, type QuireInternals } from './context.ts'
import { copyData } from './prepare-write.ts'
import { attachFile } from '../uploads/attach-file.ts'
import { bulkError } from './bulk-error.ts'
import { updateInOneStatement } from './set-based-update.ts'
import { afterOperation } from './stages/after-operation.ts'
import { beforeOperation } from './stages/before-operation.ts'
import { updateOne } from './update-one.ts'
import { populate } from './stages/populate.ts'
import { releaseLocksAfterCommit } from '../locking/index.ts'
import { writeLocaleOf } from '../localization/locale-mode.ts'
import { runWrite } from './run-operation.ts'
import { findSortedRows } from './sorted-rows.ts'

type Result = BulkOperationResult<DocumentData>

export async function updateMany(quire: QuireInternals, options: UpdateManyOptions<UntypedQuireTypes, string>): Promise<Result> {
  return runWrite(quire, options, async ({ collection, state, client }) => {
    const { model, config } = collection
    const args = await beforeOperation(config, state, 'update', options)
    if (!args.where || typeof args.where !== 'object') throw new APIError("Missing 'where' query of documents to update.", 400)
    const depth = effectiveDepth(quire, args.depth)
    writeLocaleOf(state.locale) // 'all' is a 400 for the call, not a per-document error
    const data = copyData(args.data)
    await attachFile(state, args)
    const decision = await requireAccess(config.access, 'update', { req: state.req, data }, state.overrideAccess)
    const sort = args.sort ?? config.defaultSort
    if (!state.overrideAccess) await assertReadablePaths(quire.config, collection.slug, args.where, sort, state.req)
    const where = whereToPrisma({ schema: quire.schema, collection: collection.slug, where: combineWhere(args.where, decision), provider: quire.db.provider, locale: state.locale })
    const sortPlan = planSort({ schema: quire.schema, collection: collection.slug, sort, locale: state.locale })
    const plan = readPlanFor(model, { select: args.select, showHiddenFields: state.showHiddenFields, locale: state.locale })
    const delegate = delegateFor(client, model.delegate)
    const limit = args.limit && args.limit > 0 ? args.limit : undefined
    // A sort through a list is ordered in SQL up front; from then on the match is those ids.
    const listed = sortPlan.kind === 'sql' ? (await findSortedRows(client, quire.db.provider, model, { where, sort: sortPlan, select: { id: true }, take: limit })).rows.map((row) => row.id as number) : undefined
    const match = listed ? { where: { id: { in: listed } }, orderBy: [], take: undefined } : { where, orderBy: sortPlan.kind === 'orderBy' ? sortPlan.orderBy : [], take: limit }

    // Locks are checked per document, so enforcing them rules out the single-statement path.
    const fast = args.overrideLock === false ? undefined : await updateInOneStatement(quire, client, collection, state, { ...match, data })
    if (fast) {
      const rows = fast.length > 0 ? await delegate.findMany({ where: { id: { in: fast } }, orderBy: match.orderBy, select: plan.select }) : []
      if (listed) rows.sort((a, b) => listed.indexOf(a.id as number) - listed.indexOf(b.id as number))
      const docs = rows.map((row) => rowToDocument(model, row, plan.projection, plan.locale))
      await populate(quire, collection.slug, state, docs, depth, args.populate)
      await releaseLocksAfterCommit(quire, { collection: collection.slug, ids: fast })
      return afterOperation(config, state, 'update', args, { docs, errors: [] })
    }
    const ids = listed ?? (await delegate.findMany({ ...match, select: { id: true } })).map((row) => row.id as number)
    const result: Result = { docs: [], errors: [] }
    for (const id of ids) {
      try {
        result.docs.push(await inTransaction(quire.db, (nested) => updateOne(quire, nested, collection, state, { id, data, decision: true, select: args.select, depth: 0, overrideLock: args.overrideLock })))
      } catch (error) {
        result.errors.push(bulkError(id, error))
      }
    }
    // Populated together at the end (one query per collection per level, not per document);
    // so in bulk updates afterChange hooks see relationships as ids.
    await populate(quire, collection.slug, state, result.docs, depth, args.populate)
    return afterOperation(config, state, 'update', args, result)
  })
}
