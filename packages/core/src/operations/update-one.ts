// One document's update, shared by update-by-id and update-by-where: load the target (with
// the access Where) → lock check → beforeChange stages → one update with its child rows → population →
// afterRead → afterChange. Runs inside the caller's transaction.
import type { DocumentData } from '../config/hooks-and-access.ts'
import type { AccessDecision } from '../access/collection-access.ts'
import { delegateFor, type QueryClient } from '../database/types.ts'
import { NotFound } from '../errors/api-error.ts'
import { rowToDocument } from '../documents/row-to-document.ts'
import type { SelectType } from '../local-api-types.ts'
import type { RequestState } from '../request/create-request.ts'
import type { CollectionStorage } from '../storage/storage-model.ts'
import { readPlanFor, type QuireInternals } from './context.ts'
import { isRecordNotFound, needsOriginalDoc } from './needs-original.ts'
import { afterChange } from './stages/after-change.ts'
import { afterRead } from './stages/after-read.ts'
import { beforeChange } from './stages/before-change.ts'
import { loadTarget } from './stages/load-target.ts'
import { populate } from './stages/populate.ts'
import { writeError } from './write-error.ts'
import { checkLock, releaseLocksAfterCommit } from '../locking/index.ts'
import { storedLocaleMode } from '../localization/locale-mode.ts'

export interface UpdateOneInput {
  id: number
  data: DocumentData
  decision: AccessDecision
  select?: SelectType
  depth: number
  populate?: Record<string, SelectType>
  /** `false` enforces other users' document locks (423). */
  overrideLock?: boolean
}

export async function updateOne(quire: QuireInternals, client: QueryClient, collection: CollectionStorage, state: RequestState, input: UpdateOneInput): Promise<DocumentData> {
  const { model, config } = collection
  const { id } = input
  const originalDoc = await loadTarget(quire, client, collection, id, input.decision, needsOriginalDoc(collection), storedLocaleMode(state.locale))
  // After the 403/404 checks, as in Payload: a locked document is 423 only if the caller could change it.
  const locked = await checkLock({ quire, client, target: { collection: collection.slug, id }, user: state.req.user, overrideLock: input.overrideLock, operation: 'update' })
  const change = await beforeChange(quire, client, collection, state, { data: structuredClone(input.data), operation: 'update', id, originalDoc })
  const plan = readPlanFor(model, { select: input.select, showHiddenFields: state.showHiddenFields, locale: state.locale })
  let row
  try {
    row = await delegateFor(client, model.delegate).update({ where: { id }, data: change.prisma, select: plan.select })
  } catch (error) {
    if (isRecordNotFound(error)) throw new NotFound()
    throw await writeError(quire, client, collection, change.references, error)
  }
  const raw = rowToDocument(model, row, plan.projection, plan.locale)
  await populate(quire, collection.slug, state, [raw], input.depth, input.populate)
  const doc = await afterRead(config, state, raw)
  // A successful write releases every lock on the document (docs/locking.md), once committed.
  if (locked) await releaseLocksAfterCommit(quire, { collection: collection.slug, id })
  return afterChange(quire.db, config, state, { data: change.data, doc, previousDoc: originalDoc ?? {}, operation: 'update' })
}
