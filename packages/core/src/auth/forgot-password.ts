// forgotPassword (docs/auth.md): for a known email, a random token whose SHA-256 is stored
// with its expiry (a new request replaces the previous token), mailed after commit. The answer
// is the same for known and unknown emails — `null` — and afterForgotPassword runs for both;
// only trusted code passing `disableEmail` gets the token back instead of an email.
// The call's `expiration` wins over the collection's (Payload has it the other way round).
// beforeOperation may replace the arguments, afterOperation the answer.
import { clientFor, inTransaction, readerFor } from '../database/transactions.ts'
import { delegateFor } from '../database/types.ts'
import { ValidationError } from '../errors/api-error.ts'
import type { QuireInternals } from '../operations/context.ts'
import { afterOperation } from '../operations/stages/after-operation.ts'
import { beforeOperation } from '../operations/stages/before-operation.ts'
import { createRequest, withRequestScope } from '../request/create-request.ts'
import type { ForgotPasswordOptions } from './auth-api-types.ts'
import { authCollectionOf, loadAuthUser } from './auth-collection.ts'
import { authColumn } from './auth-fields.ts'
import { sendResetPasswordEmail } from './email/auth-emails.ts'
import { findLoginUser, loginIdentifier } from './find-login-user.ts'
import { runAuthHooks } from './run-auth-hooks.ts'
import { randomToken, tokenHash } from './secret-keys.ts'

export async function forgotPassword(quire: QuireInternals, options: ForgotPasswordOptions): Promise<string | null> {
  const auth = authCollectionOf(quire, options.collection)
  const { collection } = auth
  const state = createRequest(quire.api, options)
  return withRequestScope(state.req, async () => {
    const args = await beforeOperation(collection.config, state, 'forgotPassword', options)
    const data = typeof args.data === 'object' && args.data !== null ? args.data : {}
    if (typeof data.email !== 'string' || data.email.trim() === '') throw new ValidationError([{ path: 'email', message: 'This field is required.' }], collection.slug)
    const expiration = args.expiration ?? auth.options.forgotPassword.expiration
    if (!Number.isFinite(expiration) || expiration <= 0) throw new ValidationError([{ path: 'expiration', message: 'Must be a number of seconds > 0.' }], collection.slug)
    const identifier = loginIdentifier({ ...auth, options: { ...auth.options, loginWithUsername: false } }, { email: data.email })
    const disableEmail = args.disableEmail === true
    return inTransaction(quire.db, async () => {
      const found = await findLoginUser(auth, readerFor(quire.db), identifier)
      const user = found ? await loadAuthUser(quire, auth, found.id, { depth: 0 }) : undefined
      let token: string | null = null
      if (found && user) {
        token = randomToken()
        await delegateFor(clientFor(quire.db), collection.model.delegate).update({
          where: { id: found.id },
          data: { [authColumn(collection, 'resetPasswordTokenHash')]: tokenHash(token), [authColumn(collection, 'resetPasswordExpiration')]: new Date(Date.now() + expiration * 1000) },
          select: { id: true },
        })
        if (!disableEmail) await sendResetPasswordEmail({ req: state.req, user, token, ...auth.options.forgotPassword })
      }
      await runAuthHooks(collection.config.hooks?.afterForgotPassword, {
        collection: collection.config,
        req: state.req,
        context: state.req.context,
        args: { email: data.email!, disableEmail },
        user: user ?? null,
      })
      return afterOperation(collection.config, state, 'forgotPassword', args, disableEmail ? token : null)
    })
  })
}
