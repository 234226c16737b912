// A global's beforeOperation/afterOperation: the first and last steps of findGlobal and
// updateGlobal, as a collection's are of its operations. beforeOperation runs before access
// (Payload's order) and may replace the call's arguments; afterOperation may replace the result.
import type { DocumentData, GlobalAfterOperationName, GlobalOperationName } from '../../config/hooks-and-access.ts'
import type { GlobalConfig } from '../../config/types.ts'
import { reduceHooks } from '../../hooks/reduce-hooks.ts'
import type { RequestState } from '../../request/create-request.ts'

export async function globalBeforeOperation<TArgs extends object>(global: GlobalConfig, state: RequestState, operation: GlobalOperationName, args: TArgs): Promise<TArgs> {
  const hooks = global.hooks?.beforeOperation
  if (!hooks?.length) return args
  const result = await reduceHooks(hooks, args as unknown as DocumentData, (current) => ({
    args: current,
    operation,
    global,
    req: state.req,
    context: state.req.context,
    overrideAccess: state.overrideAccess,
  }))
  return result as unknown as TArgs
}

export async function globalAfterOperation(global: GlobalConfig, state: RequestState, operation: GlobalAfterOperationName, args: object, result: DocumentData): Promise<DocumentData> {
  const hooks = global.hooks?.afterOperation
  if (!hooks?.length) return result
  return reduceHooks(hooks, result, (current) => ({
    args: args as DocumentData,
    operation,
    result: current,
    global,
    req: state.req,
    context: state.req.context,
    overrideAccess: state.overrideAccess,
  }))
}
