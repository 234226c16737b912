// The read side of every operation that returns documents (docs/operations.md#lifecycles-the-order-of-stages, docs/hooks.md#field-hooks):
// (auth collections: `collection` set) → field afterRead hooks → field read access →
// collection afterRead hooks.
// (Population by depth joins here; hidden fields were already left out of the query.)
import type { DocumentData } from '../../config/hooks-and-access.ts'
import type { SanitizedCollectionConfig } from '../../config/types.ts'
import { dropUnreadableFields } from '../../access/field-access.ts'
import { runFieldHooks } from '../../hooks/field-hooks.ts'
import { reduceHooks } from '../../hooks/reduce-hooks.ts'
import type { RequestState } from '../../request/create-request.ts'

export async function afterRead(collection: SanitizedCollectionConfig, state: RequestState, doc: DocumentData, findMany = false): Promise<DocumentData> {
  const { req, overrideAccess } = state
  // As in Payload, every document of an auth collection says which collection it is (req.user does too).
  if (collection.auth) doc.collection = collection.slug
  await runFieldHooks('afterRead', collection.fields, doc, { operation: 'read', req, overrideAccess, collection })
  if (!overrideAccess) await dropUnreadableFields(collection.fields, doc, { req, id: doc.id as number })
  return reduceHooks(collection.hooks?.afterRead, doc, (current) => ({ doc: current, findMany, collection, req, context: req.context, overrideAccess }))
}

/** beforeRead runs on find/findByID only, before afterRead (not on writes). */
export async function beforeRead(collection: SanitizedCollectionConfig, state: RequestState, doc: DocumentData): Promise<DocumentData> {
  const { req, overrideAccess } = state
  return reduceHooks(collection.hooks?.beforeRead, doc, (current) => ({ doc: current, collection, req, context: req.context, overrideAccess }))
}
