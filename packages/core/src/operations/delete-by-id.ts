// delete by id: beforeOperation → delete access → the document's delete (delete-one.ts) →
// afterOperation; in one transaction.
import type { DocumentData } from '../config/hooks-and-access.ts'
import { requireAccess } from '../access/collection-access.ts'
import { NotFound } from '../errors/api-error.ts'
import type { DeleteByIDOptions } from '../local-api-types.ts'
import { coerceId, effectiveDepth, type QuireInternals } from './context.ts'
import { deleteOne } from './delete-one.ts'
import { afterOperation } from './stages/after-operation.ts'
import { beforeOperation } from './stages/before-operation.ts'
import { runWrite } from './run-operation.ts'

export async function deleteByID(quire: QuireInternals, options: DeleteByIDOptions<string>): Promise<DocumentData> {
  return runWrite(quire, options, async ({ collection, state, client }) => {
    const args = await beforeOperation(collection.config, state, 'delete', options)
    const depth = effectiveDepth(quire, args.depth)
    const id = coerceId(args.id)
    if (id === undefined) throw new NotFound()
    const decision = await requireAccess(collection.config.access, 'delete', { req: state.req, id }, state.overrideAccess)
    const doc = await deleteOne(quire, client, collection, state, { id, decision, select: args.select, depth, populate: args.populate, overrideLock: args.overrideLock })
    return afterOperation(collection.config, state, 'deleteByID', args, doc)
  })
}
