// The frame every collection operation shares: resolve the collection, build the request (user,
// locale, context, overrideAccess), put it in scope for nested calls, and — for writes — open or
// join the transaction. Operations then read as their list of stages.
import { beforeWriteTransaction } from '../config/collection-features.ts'
import type { QueryClient } from '../database/types.ts'
import { inTransaction } from '../database/transactions.ts'
import type { SharedOptions } from '../local-api-types.ts'
import { createRequest, withRequestScope, type RequestState } from '../request/create-request.ts'
import type { CollectionStorage } from '../storage/storage-model.ts'
import { collectionOf, type QuireInternals } from './context.ts'

export interface ReadFrame {
  collection: CollectionStorage
  state: RequestState
}

export interface WriteFrame extends ReadFrame {
  client: QueryClient
}

export function runRead<T>(quire: QuireInternals, options: SharedOptions & { collection: string }, body: (frame: ReadFrame) => Promise<T>): Promise<T> {
  const collection = collectionOf(quire, options.collection)
  const state = createRequest(quire.api, options)
  return withRequestScope(state.req, () => body({ collection, state }))
}

export function runWrite<T>(
  quire: QuireInternals,
  options: SharedOptions & { collection: string; disableTransaction?: boolean; data?: unknown },
  body: (frame: WriteFrame) => Promise<T>,
): Promise<T> {
  return runRead(quire, options, async (frame) => {
    await beforeWriteTransaction({ collection: frame.collection.config, req: frame.state.req, data: options.data, trusted: frame.state.overrideAccess, options })
    return inTransaction(quire.db, (client) => body({ ...frame, client }), options.disableTransaction)
  })
}
