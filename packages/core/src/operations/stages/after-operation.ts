// afterOperation: the last thing every collection operation does; hooks may replace the result.
import type { AfterOperationName, DocumentData } from '../../config/hooks-and-access.ts'
import type { SanitizedCollectionConfig } from '../../config/types.ts'
import { reduceHooks } from '../../hooks/reduce-hooks.ts'
import type { RequestState } from '../../request/create-request.ts'

export async function afterOperation<TResult>(collection: SanitizedCollectionConfig, state: RequestState, operation: AfterOperationName, args: object, result: TResult): Promise<TResult> {
  const hooks = collection.hooks?.afterOperation
  if (!hooks?.length) return result
  return reduceHooks(hooks, result as unknown, (current) => ({
    args: args as DocumentData,
    operation,
    result: current,
    collection,
    req: state.req,
    context: state.req.context,
    overrideAccess: state.overrideAccess,
  })) as Promise<TResult>
}
