// Credential → signed-in user. A session token is good while its row is live; a stateless
// token while its seal has not expired; an API key while the user has it enabled. Anything
// else — a forged, expired, revoked or rotated token, a deleted user, a collection whose
// auth mode changed — is simply no user.
import type { RequestUser } from '../config/hooks-and-access.ts'
import { readerFor } from '../database/transactions.ts'
import { delegateFor } from '../database/types.ts'
import type { QuireInternals } from '../operations/context.ts'
import { authOptionsOf } from './auth-options.ts'
import { loadAuthUser, type AuthCollection } from './auth-collection.ts'
import { authColumn, authColumns } from './auth-fields.ts'
import type { Credential } from './extract-credentials.ts'
import { apiKeyIndex } from './secret-keys.ts'
import { deleteSession, findLiveSession, touchSession, type SessionRow } from './sessions.ts'
import { epochSeconds, unsealToken, type TokenClaims } from './tokens.ts'

export interface ResolvedCredential {
  auth: AuthCollection
  user: RequestUser
  /** When the credential stops working unless used or refreshed (seconds); absent for API keys. */
  exp?: number
  claims?: TokenClaims
  session?: SessionRow
}

function authCollectionNamed(quire: QuireInternals, slug: string): AuthCollection | undefined {
  const collection = quire.schema.collections.get(slug)
  const options = collection && authOptionsOf(collection.config)
  return collection && options ? { collection, options } : undefined
}

export async function resolveToken(quire: QuireInternals, token: string, options: { touch?: boolean } = {}): Promise<ResolvedCredential | undefined> {
  const claims = await unsealToken(quire.config, token)
  if (!claims) return undefined
  if (claims.kind === 'stateless') {
    const auth = authCollectionNamed(quire, claims.collection)
    if (!auth || auth.options.useSessions) return undefined
    const user = await loadAuthUser(quire, auth, claims.id, { strategy: 'stateless' })
    return user ? { auth, user, exp: claims.exp, claims } : undefined
  }
  let session = await findLiveSession(quire, claims.sid)
  if (!session) return undefined
  const auth = authCollectionNamed(quire, session.userCollection)
  if (!auth?.options.useSessions) return undefined
  const user = await loadAuthUser(quire, auth, session.userId, { strategy: 'session', sessionId: session.id })
  if (!user) {
    await deleteSession(quire, session.id, { collection: session.userCollection, id: session.userId })
    return undefined
  }
  if (options.touch) session = await touchSession(quire, session, auth.options)
  return { auth, user, exp: epochSeconds(session.expiresAt), claims, session }
}

export async function resolveApiKey(quire: QuireInternals, slug: string, key: string): Promise<ResolvedCredential | undefined> {
  const auth = authCollectionNamed(quire, slug)
  if (!auth?.options.useAPIKey) return undefined
  const { collection } = auth
  const where: Record<string, unknown> = { [authColumn(collection, 'apiKeyIndex')]: apiKeyIndex(quire.config, key), [authColumn(collection, 'enableAPIKey')]: true }
  const verified = authColumns(collection).emailVerified
  if (verified) where[verified] = true
  const row = await delegateFor(readerFor(quire.db), collection.model.delegate).findFirst({ where, select: { id: true } })
  const user = row ? await loadAuthUser(quire, auth, row.id, { strategy: 'api-key' }) : undefined
  return user ? { auth, user } : undefined
}

export function resolveCredential(quire: QuireInternals, credential: Credential, options: { touch?: boolean } = {}): Promise<ResolvedCredential | undefined> {
  return credential.kind === 'token' ? resolveToken(quire, credential.token, options) : resolveApiKey(quire, credential.collection, credential.key)
}
