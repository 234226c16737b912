// refresh (docs/sessions.md#refresh, improved): with sessions the session gets a NEW id (rotation: the
// old token stops working at once; of two concurrent refreshes one wins) and a new idle
// expiry, never past the absolute one. Stateless: a new seal with a new expiry — the old one
// stays valid until it expires. A token that does not authenticate is a 401. A session token
// that a refresh rotated out, replayed after its grace period, revokes its whole session before
// the 401 (theft detection, sessions.ts). beforeOperation may replace the arguments,
// afterOperation the result (inside the transaction, as Payload).
import { inTransaction } from '../database/transactions.ts'
import { Unauthorized } from '../errors/api-error.ts'
import type { QuireInternals } from '../operations/context.ts'
import { afterOperation } from '../operations/stages/after-operation.ts'
import { beforeOperation } from '../operations/stages/before-operation.ts'
import { createRequest, withRequestScope } from '../request/create-request.ts'
import type { RefreshOptions, RefreshResult } from './auth-api-types.ts'
import { authCollectionOf, loadAuthUser } from './auth-collection.ts'
import { issueToken, type IssuedToken } from './issue-token.ts'
import { resolveToken, type ResolvedCredential } from './resolve-credential.ts'
import { runAuthHooks } from './run-auth-hooks.ts'
import { revokeReplayedSession, rotateSession } from './sessions.ts'
import { epochSeconds, sealToken, unsealToken } from './tokens.ts'

export async function refresh(quire: QuireInternals, options: RefreshOptions): Promise<RefreshResult> {
  const auth = authCollectionOf(quire, options.collection)
  const state = createRequest(quire.api, options)
  return withRequestScope(state.req, async () => {
    const args = await beforeOperation(auth.collection.config, state, 'refresh', options)
    const resolved = typeof args.token === 'string' ? await resolveToken(quire, args.token) : undefined
    if (!resolved && typeof args.token === 'string') await revokeIfReplayed(quire, args.token)
    if (!resolved || resolved.auth.collection.slug !== auth.collection.slug) throw new Unauthorized()
    return inTransaction(quire.db, async () => {
      const issued = await reissue(quire, resolved)
      const user = (await loadAuthUser(quire, auth, resolved.user.id, { strategy: resolved.user._strategy === 'stateless' ? 'stateless' : 'session', sessionId: issued.sessionId })) ?? resolved.user
      state.req.user = user
      await runAuthHooks(auth.collection.config.hooks?.afterRefresh, { collection: auth.collection.config, req: state.req, context: state.req.context, user, token: issued.token, exp: issued.exp })
      return afterOperation(auth.collection.config, state, 'refresh', args, { token: issued.token, user, exp: issued.exp })
    })
  })
}

async function revokeIfReplayed(quire: QuireInternals, token: string): Promise<void> {
  const claims = await unsealToken(quire.config, token)
  if (claims?.kind === 'session') await revokeReplayedSession(quire, claims.sid, claims.row)
}

async function reissue(quire: QuireInternals, resolved: ResolvedCredential): Promise<IssuedToken> {
  const { claims, auth } = resolved
  if (claims?.kind === 'stateless') {
    // At the end of the chain (maxSessionAge after login) there is nothing left to extend: log in again.
    if (claims.iat + auth.options.maxSessionAge <= epochSeconds(new Date())) throw new Unauthorized()
    return issueToken(quire, auth, Number(claims.id), { loggedInAt: claims.iat })
  }
  if (claims?.kind !== 'session') throw new Unauthorized()
  const rotated = await rotateSession(quire, claims.sid, auth.options)
  if (!rotated) throw new Unauthorized()
  const token = await sealToken(quire.config, { kind: 'session', sid: rotated.sid, row: rotated.session.id }, rotated.session.absoluteExpiresAt)
  return { token, exp: epochSeconds(rotated.session.expiresAt), sessionId: rotated.session.id }
}
