// delete by where → { docs, errors }: beforeOperation → delete access (false → Forbidden; a
// Where narrows the match) → path check → then either
//   set-based (no delete or read hooks, no field access): read the matching documents (they
//   are the result) and one DELETE … WHERE id IN (…), or
//   per document, each in a savepoint (delete-one.ts), failures reported in `errors`
// → afterOperation.
import type { DocumentData } from '../config/hooks-and-access.ts'
import { combineWhere, requireAccess } from '../access/collection-access.ts'
import { assertReadablePaths } from '../access/validate-query-paths.ts'
import { inTransaction } from '../database/transactions.ts'
import { delegateFor } from '../database/types.ts'
import { APIError } from '../errors/api-error.ts'
import type { BulkOperationResult, DeleteManyOptions } from '../local-api-types.ts'
import { rowToDocument } from '../documents/row-to-document.ts'
import { whereToPrisma } from '../query/where-to-prisma.ts'
import { bulkError } from './bulk-error.ts'
import { effectiveDepth, readPlanFor, type QuireInternals } from './context.ts'
import { deleteOne } from './delete-one.ts'
import { needsOriginalDoc } from './needs-original.ts'
import { afterOperation } from './stages/after-operation.ts'
import { beforeOperation } from './stages/before-operation.ts'
import { populate } from './stages/populate.ts'
import { releaseLocksAfterCommit } from '../locking/index.ts'
import { runWrite } from './run-operation.ts'

type Result = BulkOperationResult<DocumentData>

export async function deleteMany(quire: QuireInternals, options: DeleteManyOptions<string>): Promise<Result> {
  return runWrite(quire, options, async ({ collection, state, client }) => {
    const { model, config } = collection
    const args = await beforeOperation(config, state, 'delete', options)
    if (!args.where || typeof args.where !== 'object') throw new APIError("Missing 'where' query of documents to delete.", 400)
    const depth = effectiveDepth(quire, args.depth)
    const decision = await requireAccess(config.access, 'delete', { req: state.req }, state.overrideAccess)
    if (!state.overrideAccess) await assertReadablePaths(quire.config, collection.slug, args.where, undefined, state.req)
    const where = whereToPrisma({ schema: quire.schema, collection: collection.slug, where: combineWhere(args.where, decision), provider: quire.db.provider, locale: state.locale })
    const delegate = delegateFor(client, model.delegate)
    if (!needsOriginalDoc(collection) && args.overrideLock !== false) {
      const plan = readPlanFor(model, { select: args.select, showHiddenFields: state.showHiddenFields, locale: state.locale })
      const rows = await delegate.findMany({ where, select: plan.select })
      const docs = rows.map((row) => rowToDocument(model, row, plan.projection, plan.locale))
      // Populated before the delete, while links to the deleted documents still exist.
      await populate(quire, collection.slug, state, docs, depth, args.populate)
      if (rows.length > 0) await delegate.deleteMany({ where: { id: { in: rows.map((row) => row.id) } } })
      await releaseLocksAfterCommit(quire, { collection: collection.slug, ids: rows.map((row) => row.id as number) })
      return afterOperation(config, state, 'delete', args, { docs, errors: [] })
    }
    const ids = (await delegate.findMany({ where, select: { id: true } })).map((row) => row.id as number)
    const result: Result = { docs: [], errors: [] }
    for (const id of ids) {
      try {
        result.docs.push(await inTransaction(quire.db, (nested) => deleteOne(quire, nested, collection, state, { id, decision: true, select: args.select, depth, overrideLock: args.overrideLock })))
      } catch (error) {
        result.errors.push(bulkError(id, error))
      }
    }
    return afterOperation(config, state, 'delete', args, result)
  })
}
