// Shared by the auth operations: the auth collection a call names, and the signed-in user
// object (`req.user`) they hand out — the document at `auth.depth` plus `collection`,
// `_strategy` and, with sessions, `_sid` (the session's row number: it lets logout and a
// password change find the session, but unlike the session id it opens nothing).
import type { RequestUser } from '../config/hooks-and-access.ts'
import { APIError } from '../errors/api-error.ts'
import type { QuireInternals } from '../operations/context.ts'
import { collectionOf, coerceId } from '../operations/context.ts'
import type { CollectionStorage } from '../storage/storage-model.ts'
import { authOptionsOf } from './auth-options.ts'
import type { ResolvedAuthOptions } from './types.ts'

export interface AuthCollection {
  collection: CollectionStorage
  options: ResolvedAuthOptions
}

export type AuthStrategy = 'session' | 'stateless' | 'api-key'

export function authCollectionOf(quire: QuireInternals, slug: unknown): AuthCollection {
  const collection = collectionOf(quire, slug)
  const options = authOptionsOf(collection.config)
  if (!options) throw new APIError(`The collection ${collection.slug} does not have auth enabled.`, 400)
  return { collection, options }
}

/** Every auth collection, in config order (credentials name their collection only sometimes). */
export function authCollections(quire: QuireInternals): AuthCollection[] {
  const found: AuthCollection[] = []
  for (const collection of quire.schema.collections.values()) {
    const options = authOptionsOf(collection.config)
    if (options) found.push({ collection, options })
  }
  return found
}

export interface LoadUserOptions {
  /** How the user signed in; left out for a user loaded for another purpose (an email). */
  strategy?: AuthStrategy
  sessionId?: number
  depth?: number
}

/** The user as `req.user`, or undefined when the document no longer exists. */
export async function loadAuthUser(quire: QuireInternals, auth: AuthCollection, id: unknown, options: LoadUserOptions = {}): Promise<RequestUser | undefined> {
  const userId = coerceId(id)
  if (userId === undefined) return undefined
  const doc = await quire.api.findByID({ collection: auth.collection.slug, id: userId, depth: options.depth ?? auth.options.depth, disableErrors: true, overrideAccess: true })
  if (!doc) return undefined
  const user: RequestUser = { ...doc, id: userId, collection: auth.collection.slug }
  if (options.strategy) user._strategy = options.strategy
  if (options.sessionId !== undefined) user._sid = options.sessionId
  return user
}

/** The session row number `req.user` carries, when it came from a session. */
export function sessionIdOf(user: RequestUser | null | undefined): number | undefined {
  return typeof user?._sid === 'number' ? user._sid : undefined
}
