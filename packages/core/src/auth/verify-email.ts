// verifyEmail (docs/auth.md): the token from the verification email (its hash is stored)
// marks the user verified and is cleared, so it works once. Unknown token → 403.
import { clientFor, inTransaction } from '../database/transactions.ts'
import { delegateFor } from '../database/types.ts'
import { APIError, Forbidden } from '../errors/api-error.ts'
import type { QuireInternals } from '../operations/context.ts'
import { createRequest, withRequestScope } from '../request/create-request.ts'
import type { VerifyEmailOptions } from './auth-api-types.ts'
import { authCollectionOf } from './auth-collection.ts'
import { authColumn } from './auth-fields.ts'
import { tokenHash } from './secret-keys.ts'

export const INVALID_VERIFICATION_TOKEN = 'Verification token is invalid.'

export async function verifyEmail(quire: QuireInternals, options: VerifyEmailOptions): Promise<true> {
  const auth = authCollectionOf(quire, options.collection)
  const { collection } = auth
  if (!auth.options.verify) throw new APIError(`The collection ${collection.slug} does not verify emails.`, 400)
  if (typeof options.token !== 'string' || options.token === '') throw new Forbidden(INVALID_VERIFICATION_TOKEN)
  const token = options.token
  const state = createRequest(quire.api, options)
  return withRequestScope(state.req, () =>
    inTransaction(quire.db, async () => {
      const tokenColumn = authColumn(collection, 'emailVerificationTokenHash')
      const { count } = await delegateFor(clientFor(quire.db), collection.model.delegate).updateMany({
        where: { [tokenColumn]: tokenHash(token) },
        data: { [tokenColumn]: null, [authColumn(collection, 'emailVerified')]: true },
      })
      if (count !== 1) throw new Forbidden(INVALID_VERIFICATION_TOKEN)
      return true as const
    }),
  )
}
