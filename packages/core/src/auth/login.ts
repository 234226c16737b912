// login (docs/auth.md): beforeOperation → identify → verify the password (against a dummy hash when the user
// does not exist, so every failure costs the same) → on failure count the attempt (outside
// any transaction) and answer the one AuthenticationError → in one transaction: re-check the
// lock, clear the counter, upgrade an outdated hash, prune expired sessions, create the
// session, beforeLogin, seal the token, afterLogin, afterOperation. A throw anywhere in it
// leaves no session.
import type { RequestUser } from '../config/hooks-and-access.ts'
import { clientFor, inTransaction, readerFor } from '../database/transactions.ts'
import { delegateFor } from '../database/types.ts'
import { ValidationError } from '../errors/api-error.ts'
import { reduceHooks } from '../hooks/reduce-hooks.ts'
import type { QuireInternals } from '../operations/context.ts'
import { afterOperation } from '../operations/stages/after-operation.ts'
import { beforeOperation } from '../operations/stages/before-operation.ts'
import { createRequest, withRequestScope, type RequestState } from '../request/create-request.ts'
import type { LoginOptions, LoginResult } from './auth-api-types.ts'
import { authCollectionOf, loadAuthUser, type AuthCollection } from './auth-collection.ts'
import { authColumn } from './auth-fields.ts'
import { AuthenticationError, LOGIN_FAILED_MESSAGE, USERNAME_LOGIN_FAILED_MESSAGE } from './errors.ts'
import { clearFailedAttempts, recordFailedAttempt } from './failed-attempts.ts'
import { findLoginUser, isLocked, loginIdentifier, reloadLoginUser, type LoginIdentifier } from './find-login-user.ts'
import { issueToken } from './issue-token.ts'
import { dummyPasswordHash, hashPassword, needsRehash, parsePasswordHash, verifyPassword } from './password-hash.ts'
import { pruneExpiredSessions } from './sessions.ts'

export async function login(quire: QuireInternals, options: LoginOptions): Promise<LoginResult> {
  const auth = authCollectionOf(quire, options.collection)
  const state = createRequest(quire.api, options)
  return withRequestScope(state.req, async () => {
    const args = await beforeOperation(auth.collection.config, state, 'login', options)
    const data = typeof args.data === 'object' && args.data !== null ? args.data : ({} as LoginOptions['data'])
    const identifier = loginIdentifier(auth, data)
    const password = data.password
    if (typeof password !== 'string' || password === '') throw new ValidationError([{ path: 'password', message: 'This field is required.' }], auth.collection.slug)
    const userId = await checkCredentials(quire, auth, identifier, password)
    // Hashing takes a third of a second: done before the transaction, which only writes it.
    const upgradedHash = userId.rehash ? await hashPassword(password, auth.options.scrypt) : undefined
    return inTransaction(quire.db, async () => {
      const result = await startSession(quire, auth, state, { id: userId.id, kind: identifier.kind, upgradedHash, depth: args.depth })
      return afterOperation(auth.collection.config, state, 'login', args, result)
    })
  })
}

async function checkCredentials(quire: QuireInternals, auth: AuthCollection, identifier: LoginIdentifier, password: string): Promise<{ id: number; rehash: boolean }> {
  const dummy = await dummyPasswordHash(auth.options.scrypt)
  const user = await findLoginUser(auth, readerFor(quire.db), identifier)
  // No user, or no usable hash: verify against the dummy, which costs the same time.
  const usable = user?.passwordHash && parsePasswordHash(user.passwordHash) ? user.passwordHash : undefined
  const matches = (await verifyPassword(password, usable ?? dummy)) && usable !== undefined
  if (user && usable !== undefined && matches && !isLocked(user) && user.emailVerified) {
    return { id: user.id, rehash: needsRehash(usable, auth.options.scrypt) }
  }
  // A right password on a locked or unverified account is not a guess: it is not counted; nor
  // is any password while the account is locked (Payload refuses a locked account before the
  // password, so its count stays at maxLoginAttempts).
  if (user && !matches && !isLocked(user)) await recordFailedAttempt(quire, auth, user.id)
  throw failure(identifier.kind)
}

interface SessionStart {
  id: number
  kind: LoginIdentifier['kind']
  upgradedHash?: string
  depth?: number
}

async function startSession(quire: QuireInternals, auth: AuthCollection, state: RequestState, start: SessionStart): Promise<LoginResult> {
  const { collection } = auth
  const client = clientFor(quire.db)
  // A flood of wrong passwords may have locked the account since the password was checked.
  const fresh = await reloadLoginUser(auth, client, start.id)
  if (!fresh || isLocked(fresh)) throw failure(start.kind)
  await clearFailedAttempts(quire, auth, start.id)
  if (start.upgradedHash) {
    await delegateFor(client, collection.model.delegate).update({ where: { id: start.id }, data: { [authColumn(collection, 'passwordHash')]: start.upgradedHash }, select: { id: true } })
  }
  if (auth.options.useSessions) await pruneExpiredSessions(quire, { collection: collection.slug, id: String(start.id) })
  const issued = await issueToken(quire, auth, start.id, { req: state.req })
  const strategy = auth.options.useSessions ? 'session' : 'stateless'
  const loaded = await loadAuthUser(quire, auth, start.id, { strategy, sessionId: issued.sessionId, depth: start.depth })
  if (!loaded) throw failure(start.kind)
  const hookBase = { collection: collection.config, req: state.req, context: state.req.context }
  let user: RequestUser = await reduceHooks(collection.config.hooks?.beforeLogin, loaded, (current) => ({ ...hookBase, user: current }))
  state.req.user = user
  user = await reduceHooks(collection.config.hooks?.afterLogin, user, (current) => ({ ...hookBase, user: current, token: issued.token }))
  return { token: issued.token, user, exp: issued.exp }
}

function failure(kind: LoginIdentifier['kind']): AuthenticationError {
  return new AuthenticationError(kind === 'username' ? USERNAME_LOGIN_FAILED_MESSAGE : LOGIN_FAILED_MESSAGE)
}
