// After a create or update is written: field afterChange → collection afterChange (both may
// replace the result; they run inside the transaction, so a throw rolls the write back) →
// afterCommit hooks queued for when the transaction has committed.
import type { DocumentData } from '../../config/hooks-and-access.ts'
import type { SanitizedCollectionConfig } from '../../config/types.ts'
import { afterCommit } from '../../database/transactions.ts'
import type { Database } from '../../database/types.ts'
import { runFieldHooks } from '../../hooks/field-hooks.ts'
import { reduceHooks } from '../../hooks/reduce-hooks.ts'
import type { RequestState } from '../../request/create-request.ts'

export async function afterChange(
  db: Database,
  collection: SanitizedCollectionConfig,
  state: RequestState,
  change: { data: DocumentData; doc: DocumentData; previousDoc: DocumentData; operation: 'create' | 'update' },
): Promise<DocumentData> {
  const { req, overrideAccess } = state
  const { operation, previousDoc, data } = change
  await runFieldHooks('afterChange', collection.fields, change.doc, { operation, req, overrideAccess, collection, previousDoc })
  const doc = await reduceHooks(collection.hooks?.afterChange, change.doc, (current) => ({ data, doc: current, previousDoc, operation, collection, req, context: req.context, overrideAccess }))
  await queueAfterCommit(db, collection, state, { doc, previousDoc, operation })
  return doc
}

export async function queueAfterCommit(
  db: Database,
  collection: SanitizedCollectionConfig,
  state: RequestState,
  event: { doc: DocumentData; previousDoc?: DocumentData; operation: 'create' | 'update' | 'delete' },
): Promise<void> {
  const hooks = collection.hooks?.afterCommit
  if (!hooks?.length) return
  const { req } = state
  await afterCommit(db, async () => {
    for (const hook of hooks) await hook({ ...event, collection, req, context: req.context })
  })
}
