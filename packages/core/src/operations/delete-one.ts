// One document's delete, shared by delete-by-id and delete-by-where: beforeDelete (as in
// Payload it runs before the document is even fetched) → load the target with the access
// Where (403/404) → lock check → one DELETE returning the row (child rows cascade) → population → afterRead →
// afterDelete → afterCommit queued.
import type { DocumentData } from '../config/hooks-and-access.ts'
import type { AccessDecision } from '../access/collection-access.ts'
import { delegateFor, type QueryClient } from '../database/types.ts'
import { NotFound } from '../errors/api-error.ts'
import { rowToDocument } from '../documents/row-to-document.ts'
import { reduceHooks } from '../hooks/reduce-hooks.ts'
import type { SelectType } from '../local-api-types.ts'
import type { RequestState } from '../request/create-request.ts'
import type { CollectionStorage } from '../storage/storage-model.ts'
import { readPlanFor, type QuireInternals } from './context.ts'
import { isRecordNotFound } from './needs-original.ts'
import { queueAfterCommit } from './stages/after-change.ts'
import { afterRead } from './stages/after-read.ts'
import { loadTarget } from './stages/load-target.ts'
import { populate } from './stages/populate.ts'
import { checkLock, releaseLocksAfterCommit } from '../locking/index.ts'

export async function deleteOne(
  quire: QuireInternals,
  client: QueryClient,
  collection: CollectionStorage,
  state: RequestState,
  input: { id: number; decision: AccessDecision; select?: SelectType; depth: number; populate?: Record<string, SelectType>; overrideLock?: boolean },
): Promise<DocumentData> {
  const { model, config } = collection
  const { id } = input
  const { req } = state
  for (const hook of config.hooks?.beforeDelete ?? []) await hook({ id, collection: config, req, context: req.context })
  await loadTarget(quire, client, collection, id, input.decision, false)
  const locked = await checkLock({ quire, client, target: { collection: collection.slug, id }, user: req.user, overrideLock: input.overrideLock, operation: 'delete' })
  const plan = readPlanFor(model, { select: input.select, showHiddenFields: state.showHiddenFields, locale: state.locale })
  let row
  try {
    row = await delegateFor(client, model.delegate).delete({ where: { id }, select: plan.select })
  } catch (error) {
    if (isRecordNotFound(error)) throw new NotFound()
    throw error
  }
  const raw = rowToDocument(model, row, plan.projection, plan.locale)
  await populate(quire, collection.slug, state, [raw], input.depth, input.populate)
  let doc = await afterRead(config, state, raw)
  doc = await reduceHooks(config.hooks?.afterDelete, doc, (current) => ({ id, doc: current, collection: config, req, context: req.context }))
  await queueAfterCommit(quire.db, config, state, { doc, operation: 'delete' })
  if (locked) await releaseLocksAfterCommit(quire, { collection: collection.slug, id })
  return doc
}
