// beforeOperation: the first thing every collection operation does; hooks may replace the
// operation's arguments (docs/hooks.md#collection-hooks).
import type { DocumentData, OperationName } from '../../config/hooks-and-access.ts'
import type { SanitizedCollectionConfig } from '../../config/types.ts'
import { reduceHooks } from '../../hooks/reduce-hooks.ts'
import type { RequestState } from '../../request/create-request.ts'

export async function beforeOperation<TArgs extends object>(collection: SanitizedCollectionConfig, state: RequestState, operation: OperationName, args: TArgs): Promise<TArgs> {
  const hooks = collection.hooks?.beforeOperation
  if (!hooks?.length) return args
  const result = await reduceHooks(hooks, args as unknown as DocumentData, (current) => ({
    args: current,
    operation,
    collection,
    req: state.req,
    context: state.req.context,
    overrideAccess: state.overrideAccess,
  }))
  return result as unknown as TArgs
}
