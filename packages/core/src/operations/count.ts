// count: beforeOperation → read access (false → Forbidden, or 0 with disableErrors; a Where is
// ANDed in) → path check → one COUNT query → afterOperation.
import { combineWhere, decideAccess } from '../access/collection-access.ts'
import { assertReadablePaths } from '../access/validate-query-paths.ts'
import { readerFor } from '../database/transactions.ts'
import { delegateFor } from '../database/types.ts'
import { Forbidden } from '../errors/api-error.ts'
import type { CountOptions } from '../local-api-types.ts'
import { whereToPrisma } from '../query/where-to-prisma.ts'
import { type QuireInternals } from './context.ts'
import { afterOperation } from './stages/after-operation.ts'
import { beforeOperation } from './stages/before-operation.ts'
import { runRead } from './run-operation.ts'

export async function count(quire: QuireInternals, options: CountOptions<string>): Promise<{ totalDocs: number }> {
  return runRead(quire, options, async ({ collection, state }) => {
    const args = await beforeOperation(collection.config, state, 'count', options)
    const decision = await decideAccess(collection.config.access, 'read', { req: state.req }, state.overrideAccess)
    if (decision === false) {
      if (args.disableErrors) return { totalDocs: 0 }
      throw new Forbidden()
    }
    if (!state.overrideAccess) await assertReadablePaths(quire.config, collection.slug, args.where, undefined, state.req)
    const where = whereToPrisma({ schema: quire.schema, collection: collection.slug, where: combineWhere(args.where, decision), provider: quire.db.provider, locale: state.locale })
    const totalDocs = await delegateFor(readerFor(quire.db), collection.model.delegate).count({ where })
    return afterOperation(collection.config, state, 'count', args, { totalDocs })
  })
}
