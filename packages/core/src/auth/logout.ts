// logout (docs/sessions.md#sessions): revokes the session a token (or `user._sid`) names, or with
// `allSessions` every session of its user; afterLogout runs in the same transaction. Already
// logged out is not an error (0 revoked). Stateless tokens cannot be revoked: logout only
// tells the HTTP layer to drop its cookie.
import type { RequestUser } from '../config/hooks-and-access.ts'
import { inTransaction } from '../database/transactions.ts'
import { runAuthHooks } from './run-auth-hooks.ts'
import type { QuireInternals } from '../operations/context.ts'
import { createRequest, withRequestScope } from '../request/create-request.ts'
import type { LogoutOptions, LogoutResult } from './auth-api-types.ts'
import { authCollectionOf, sessionIdOf } from './auth-collection.ts'
import { resolveToken } from './resolve-credential.ts'
import { deleteSession, deleteUserSessions } from './sessions.ts'

export async function logout(quire: QuireInternals, options: LogoutOptions): Promise<LogoutResult> {
  const auth = authCollectionOf(quire, options.collection)
  const state = createRequest(quire.api, options)
  return withRequestScope(state.req, async () => {
    const user = await userToLogOut(quire, options)
    if (!user || user.collection !== auth.collection.slug) return { revokedSessions: 0 }
    state.req.user = user
    return inTransaction(quire.db, async () => {
      const owner = { collection: user.collection, id: String(user.id) }
      const sessionId = sessionIdOf(user)
      let revokedSessions = 0
      if (auth.options.useSessions) {
        if (options.allSessions) revokedSessions = await deleteUserSessions(quire, owner)
        else if (sessionId !== undefined) revokedSessions = await deleteSession(quire, sessionId, owner)
      }
      await runAuthHooks(auth.collection.config.hooks?.afterLogout, { collection: auth.collection.config, req: state.req, context: state.req.context, user, allSessions: options.allSessions === true })
      return { revokedSessions }
    })
  })
}

async function userToLogOut(quire: QuireInternals, options: LogoutOptions): Promise<RequestUser | undefined> {
  if (typeof options.token === 'string' && options.token !== '') return (await resolveToken(quire, options.token))?.user
  return options.user ?? options.req?.user ?? undefined
}
