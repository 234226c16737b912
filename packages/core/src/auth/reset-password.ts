// resetPassword (docs/auth.md, improved): in one transaction — find the token (a missing,
// unknown or expired one is Payload's 403 "Token is either invalid or has expired.", judged
// before the new password, as Payload does), check the new password, consume the token (one
// conditional UPDATE on its hash and expiry, so it works once even under races), set the new
// password through `update` (hashing and user hooks run as for any change), mark the email
// verified and unlock it (the reset proved the address), revoke EVERY session, then start a new one with
// beforeLogin/afterLogin → `{ token, user, exp }`. beforeOperation/afterOperation frame it.
import type { RequestUser } from '../config/hooks-and-access.ts'
import { clientFor, inTransaction } from '../database/transactions.ts'
import { delegateFor } from '../database/types.ts'
import { Forbidden, ValidationError } from '../errors/api-error.ts'
import { reduceHooks } from '../hooks/reduce-hooks.ts'
import type { QuireInternals } from '../operations/context.ts'
import { afterOperation } from '../operations/stages/after-operation.ts'
import { beforeOperation } from '../operations/stages/before-operation.ts'
import { createRequest, withRequestScope } from '../request/create-request.ts'
import type { LoginResult, ResetPasswordOptions } from './auth-api-types.ts'
import { authCollectionOf, loadAuthUser } from './auth-collection.ts'
import { authColumn, authColumns } from './auth-fields.ts'
import { clearFailedAttempts } from './failed-attempts.ts'
import { checkPassword } from './auth-hooks.ts'
import { issueToken } from './issue-token.ts'
import { tokenHash } from './secret-keys.ts'
import { deleteUserSessions } from './sessions.ts'

export const INVALID_RESET_TOKEN = 'Token is either invalid or has expired.'

export async function resetPassword(quire: QuireInternals, options: ResetPasswordOptions): Promise<LoginResult> {
  const auth = authCollectionOf(quire, options.collection)
  const { collection } = auth
  const state = createRequest(quire.api, options)
  return withRequestScope(state.req, async () => {
    const args = await beforeOperation(collection.config, state, 'resetPassword', options)
    const data = typeof args.data === 'object' && args.data !== null ? args.data : ({} as ResetPasswordOptions['data'])
    const token = data.token
    if (typeof token !== 'string' || token === '') throw new Forbidden(INVALID_RESET_TOKEN)
    return inTransaction(quire.db, async () => {
      const users = delegateFor(clientFor(quire.db), collection.model.delegate)
      const tokenColumn = authColumn(collection, 'resetPasswordTokenHash')
      const expiryColumn = authColumn(collection, 'resetPasswordExpiration')
      const valid = { [tokenColumn]: tokenHash(token), [expiryColumn]: { gt: new Date() } }
      const row = await users.findFirst({ where: valid, select: { id: true } })
      if (!row) throw new Forbidden(INVALID_RESET_TOKEN)
      try {
        checkPassword(data.password, auth.options.passwordPolicy)
      } catch (error) {
        if (error instanceof ValidationError) throw new ValidationError(error.errors, collection.slug)
        throw error
      }
      const id = row.id as number
      const consumed = await users.updateMany({ where: { id, ...valid }, data: { [tokenColumn]: null, [expiryColumn]: null } })
      if (consumed.count !== 1) throw new Forbidden(INVALID_RESET_TOKEN)
      const verified = authColumns(collection).emailVerified
      if (verified) await users.update({ where: { id }, data: { [verified]: true, [authColumn(collection, 'emailVerificationTokenHash')]: null }, select: { id: true } })
      await quire.api.update({ collection: collection.slug, id, data: { password: data.password }, overrideAccess: true, depth: 0 })
      await clearFailedAttempts(quire, auth, id)
      await deleteUserSessions(quire, { collection: collection.slug, id: String(id) })
      const issued = await issueToken(quire, auth, id, { req: state.req })
      const loaded = await loadAuthUser(quire, auth, id, { strategy: auth.options.useSessions ? 'session' : 'stateless', sessionId: issued.sessionId, depth: args.depth })
      if (!loaded) throw new Forbidden(INVALID_RESET_TOKEN)
      const hookBase = { collection: collection.config, req: state.req, context: state.req.context }
      let user: RequestUser = await reduceHooks(collection.config.hooks?.beforeLogin, loaded, (current) => ({ ...hookBase, user: current }))
      state.req.user = user
      user = await reduceHooks(collection.config.hooks?.afterLogin, user, (current) => ({ ...hookBase, user: current, token: issued.token }))
      return afterOperation(collection.config, state, 'resetPassword', args, { token: issued.token, user, exp: issued.exp })
    })
  })
}
