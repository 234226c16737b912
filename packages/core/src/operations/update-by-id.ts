// update by id (docs/operations.md#lifecycles-the-order-of-stages): beforeOperation → update access → the document's update
// (update-one.ts) → afterOperation; in one transaction.
import type { DocumentData } from '../config/hooks-and-access.ts'
import { requireAccess } from '../access/collection-access.ts'
import { NotFound } from '../errors/api-error.ts'
import type { UntypedQuireTypes, UpdateByIDOptions } from '../local-api-types.ts'
import { coerceId, effectiveDepth, type QuireInternals } from './context.ts'
import { copyData } from './prepare-write.ts'
import { attachFile } from '../uploads/attach-file.ts'
import { afterOperation } from './stages/after-operation.ts'
import { beforeOperation } from './stages/before-operation.ts'
import { updateOne } from './update-one.ts'
import { runWrite } from './run-operation.ts'

export async function updateByID(quire: QuireInternals, options: UpdateByIDOptions<UntypedQuireTypes, string>): Promise<DocumentData> {
  return runWrite(quire, options, async ({ collection, state, client }) => {
    const args = await beforeOperation(collection.config, state, 'update', options)
    const depth = effectiveDepth(quire, args.depth)
    const id = coerceId(args.id)
    if (id === undefined) throw new NotFound()
    const data = copyData(args.data)
    await attachFile(state, args)
    const decision = await requireAccess(collection.config.access, 'update', { req: state.req, id, data }, state.overrideAccess)
    const doc = await updateOne(quire, client, collection, state, { id, data, decision, select: args.select, depth, populate: args.populate, overrideLock: args.overrideLock })
    return afterOperation(collection.config, state, 'updateByID', args, doc)
  })
}
