// listSessions / revokeSession: a signed-in user's view of their own live sessions ("signed in
// on these devices") and the way to end one of them. They act only on the sessions of the
// user they are given (or `req.user`); another user's session id reads as not found (404),
// so ids reveal nothing. Collections with stateless tokens have no sessions to list.
import type { RequestUser } from '../config/hooks-and-access.ts'
import { NotFound, Unauthorized } from '../errors/api-error.ts'
import type { QuireInternals } from '../operations/context.ts'
import type { ListSessionsOptions, RevokeSessionOptions, SessionInfo } from './auth-api-types.ts'
import { authCollectionOf, sessionIdOf, type AuthCollection } from './auth-collection.ts'
import { deleteSession, listLiveSessions } from './sessions.ts'

/** Session ids are 32-bit (Prisma `Int`): a larger number names no session, and must not reach PostgreSQL. */
const MAX_SESSION_ID = 2_147_483_647

export async function listSessions(quire: QuireInternals, options: ListSessionsOptions): Promise<SessionInfo[]> {
  const { auth, user } = ownerOf(quire, options)
  if (!auth.options.useSessions) return []
  const current = sessionIdOf(user)
  const rows = await listLiveSessions(quire, { collection: user.collection, id: String(user.id) })
  return rows.map((row) => ({
    id: row.id,
    createdAt: row.createdAt.toISOString(),
    lastUsedAt: row.lastUsedAt.toISOString(),
    expiresAt: row.expiresAt.toISOString(),
    current: row.id === current,
    userAgent: row.userAgent,
  }))
}

/** Deletes one session of the user → `{ id, current }`; `current` tells the caller to drop its cookie. */
export async function revokeSession(quire: QuireInternals, options: RevokeSessionOptions): Promise<{ id: number; current: boolean }> {
  const { auth, user } = ownerOf(quire, options)
  const id = options.id
  if (!auth.options.useSessions || !Number.isSafeInteger(id) || id <= 0 || id > MAX_SESSION_ID) throw new NotFound('Session not found.')
  const revoked = await deleteSession(quire, id, { collection: user.collection, id: String(user.id) })
  if (revoked === 0) throw new NotFound('Session not found.')
  return { id, current: id === sessionIdOf(user) }
}

function ownerOf(quire: QuireInternals, options: ListSessionsOptions): { auth: AuthCollection; user: RequestUser } {
  const auth = authCollectionOf(quire, options.collection)
  const user = options.user ?? options.req?.user ?? undefined
  if (!user || user.collection !== auth.collection.slug) throw new Unauthorized()
  return { auth, user }
}
