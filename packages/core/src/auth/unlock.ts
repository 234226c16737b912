// unlock (docs/auth.md): clears the failed-login counter and the lock of the user an email
// (or username) names. With `overrideAccess: false` the caller needs update access to that
// user (checked before the lookup, so an anonymous caller learns nothing); unknown → 404.
// beforeOperation may replace the arguments, afterOperation the answer.
import { requireAccess } from '../access/collection-access.ts'
import { combineWhere } from '../access/collection-access.ts'
import { inTransaction, readerFor } from '../database/transactions.ts'
import { NotFound, ValidationError } from '../errors/api-error.ts'
import type { QuireInternals } from '../operations/context.ts'
import { afterOperation } from '../operations/stages/after-operation.ts'
import { beforeOperation } from '../operations/stages/before-operation.ts'
import { whereToPrisma } from '../query/where-to-prisma.ts'
import { createRequest, withRequestScope } from '../request/create-request.ts'
import { delegateFor } from '../database/types.ts'
import type { UnlockOptions } from './auth-api-types.ts'
import { authCollectionOf } from './auth-collection.ts'
import { clearFailedAttempts } from './failed-attempts.ts'
import { loginIdentifier } from './find-login-user.ts'

export async function unlock(quire: QuireInternals, options: UnlockOptions): Promise<true> {
  const auth = authCollectionOf(quire, options.collection)
  const { collection } = auth
  const state = createRequest(quire.api, options)
  return withRequestScope(state.req, async () => {
    const args = await beforeOperation(collection.config, state, 'unlock', options)
    const data = typeof args.data === 'object' && args.data !== null ? args.data : {}
    if (typeof data.email !== 'string' && typeof data.username !== 'string') {
      throw new ValidationError([{ path: auth.options.loginWithUsername ? 'username' : 'email', message: 'This field is required.' }], collection.slug)
    }
    const identifier = loginIdentifier(auth, data)
    const decision = await requireAccess(collection.config.access, 'update', { req: state.req }, state.overrideAccess)
    const accessWhere = combineWhere(undefined, decision)
    const constraint = accessWhere ? whereToPrisma({ schema: quire.schema, collection: collection.slug, where: accessWhere, provider: quire.db.provider }) : undefined
    const where = constraint ? { AND: [identifier.where, constraint] } : identifier.where
    return inTransaction(quire.db, async () => {
      const row = await delegateFor(readerFor(quire.db), collection.model.delegate).findFirst({ where, select: { id: true } })
      if (!row) throw new NotFound()
      await clearFailedAttempts(quire, auth, row.id as number)
      return afterOperation(collection.config, state, 'unlock', args, true as const)
    })
  })
}
