// The hook and access stages of globals (docs/hooks.md#global-hooks, docs/access.md): like a collection's, with
// `global` in place of `collection` in hook arguments and no operation/delete hooks.
// Global access answers true or false; a Where is honoured by checking the single row.
import type { DocumentData } from '../../config/hooks-and-access.ts'
import type { GlobalConfig } from '../../config/types.ts'
import { decideAccess } from '../../access/collection-access.ts'
import { dropUnreadableFields, dropUnwritableFields } from '../../access/field-access.ts'
import type { QueryClient } from '../../database/types.ts'
import { delegateFor } from '../../database/types.ts'
import { Forbidden } from '../../errors/api-error.ts'
import { runFieldHooks } from '../../hooks/field-hooks.ts'
import { reduceHooks } from '../../hooks/reduce-hooks.ts'
import { whereToPrismaForModel } from '../../query/where-to-prisma.ts'
import type { RequestState } from '../../request/create-request.ts'
import type { GlobalStorage } from '../../storage/storage-model.ts'
import type { QuireInternals } from '../context.ts'
import { GLOBAL_ROW_ID } from '../global-row.ts'
import { coerceInput } from '../../validation/coerce-input.ts'

/** False when the caller may not perform `operation` on the global (a Where must match the row). */
export async function mayAccessGlobal(quire: QuireInternals, client: QueryClient, global: GlobalStorage, operation: 'read' | 'update', state: RequestState): Promise<boolean> {
  const decision = await decideAccess(global.config.access, operation, { req: state.req }, state.overrideAccess)
  if (decision === true || decision === false) return decision
  const where = whereToPrismaForModel({ schema: quire.schema, model: global.model, where: decision, provider: quire.db.provider, locale: state.locale })
  return (await delegateFor(client, global.model.delegate).count({ where: { AND: [{ id: GLOBAL_ROW_ID }, where] } })) > 0
}

export async function requireGlobalAccess(quire: QuireInternals, client: QueryClient, global: GlobalStorage, operation: 'read' | 'update', state: RequestState): Promise<void> {
  if (!(await mayAccessGlobal(quire, client, global, operation, state))) throw new Forbidden()
}

/** Field access → lenient input → field beforeValidate → beforeValidate → beforeChange → field beforeChange. */
export async function globalBeforeChange(global: GlobalConfig, state: RequestState, data: DocumentData, originalDoc: DocumentData | undefined): Promise<DocumentData> {
  const { req, overrideAccess } = state
  const operation = originalDoc ? 'update' : 'create'
  if (!overrideAccess) await dropUnwritableFields(global.fields, data, operation, { req, data, doc: originalDoc })
  coerceInput(global.fields, data)
  const run = { operation, req, overrideAccess, global, originalDoc } as const
  await runFieldHooks('beforeValidate', global.fields, data, run)
  const args = (current: DocumentData) => ({ data: current, originalDoc, global, req, context: req.context })
  let result = await reduceHooks(global.hooks?.beforeValidate, data, args)
  result = await reduceHooks(global.hooks?.beforeChange, result, args)
  await runFieldHooks('beforeChange', global.fields, result, run)
  return result
}

/** Field afterRead → field read access → afterRead (population happens before, on the raw doc). */
export async function globalAfterRead(global: GlobalConfig, state: RequestState, doc: DocumentData): Promise<DocumentData> {
  const { req, overrideAccess } = state
  await runFieldHooks('afterRead', global.fields, doc, { operation: 'read', req, overrideAccess, global })
  if (!overrideAccess) await dropUnreadableFields(global.fields, doc, { req })
  return reduceHooks(global.hooks?.afterRead, doc, (current) => ({ doc: current, global, req, context: req.context }))
}

export async function globalBeforeRead(global: GlobalConfig, state: RequestState, doc: DocumentData): Promise<DocumentData> {
  const { req } = state
  return reduceHooks(global.hooks?.beforeRead, doc, (current) => ({ doc: current, global, req, context: req.context }))
}

export async function globalAfterChange(global: GlobalConfig, state: RequestState, change: { data: DocumentData; doc: DocumentData; previousDoc: DocumentData }): Promise<DocumentData> {
  const { req, overrideAccess } = state
  await runFieldHooks('afterChange', global.fields, change.doc, { operation: 'update', req, overrideAccess, global, previousDoc: change.previousDoc })
  return reduceHooks(global.hooks?.afterChange, change.doc, (current) => ({ data: change.data, doc: current, previousDoc: change.previousDoc, global, req, context: req.context }))
}
