// changePassword (Quire's own; Payload has only `update`): a signed-in user replaces their
// password by proving the current one. Checking it costs what a login costs, and a wrong
// current password counts as a failed login: whoever holds the session is guessing, so a
// stolen session cannot be used to try passwords without locking the account. The new
// password is written through `update` (its validation, hashing and hooks), whose auth
// afterChange ends every other session of the user; the caller's own session stays.
// The operation is its own authorization (the caller's own id, proven by the password), so
// the write skips the collection's update access: users whose role may not edit user
// documents can still change their password.
import type { DocumentData, RequestUser } from '../config/hooks-and-access.ts'
import { readerFor } from '../database/transactions.ts'
import { Unauthorized, ValidationError } from '../errors/api-error.ts'
import type { QuireInternals } from '../operations/context.ts'
import { createRequest, withRequestScope } from '../request/create-request.ts'
import type { ChangePasswordOptions } from './auth-api-types.ts'
import { authCollectionOf, type AuthCollection } from './auth-collection.ts'
import { checkPassword } from './auth-hooks.ts'
import { recordFailedAttempt } from './failed-attempts.ts'
import { isLocked, reloadLoginUser } from './find-login-user.ts'
import { dummyPasswordHash, parsePasswordHash, verifyPassword } from './password-hash.ts'

export const WRONG_CURRENT_PASSWORD = 'That is not your current password.'
export const ACCOUNT_LOCKED = 'Too many wrong passwords: the account is locked for a while. Try again later.'
export const SAME_PASSWORD = 'Choose a password different from your current one.'

export async function changePassword(quire: QuireInternals, options: ChangePasswordOptions): Promise<{ user: DocumentData }> {
  const auth = authCollectionOf(quire, options.collection)
  const slug = auth.collection.slug
  const user = options.user ?? options.req?.user ?? undefined
  if (!user || user.collection !== slug) throw new Unauthorized()
  const current = options.currentPassword
  if (typeof current !== 'string' || current === '') throw fieldError('currentPassword', 'This field is required.', slug)
  const password = validNewPassword(options.password, auth)
  await proveCurrentPassword(quire, auth, user, current)
  if (password === current) throw fieldError('password', SAME_PASSWORD, slug)
  const state = createRequest(quire.api, { ...options, user })
  return withRequestScope(state.req, async () => {
    const doc = await quire.api.update({ collection: slug, id: user.id, data: { password }, req: state.req, overrideAccess: true, depth: 0 })
    return { user: doc }
  })
}

function validNewPassword(password: unknown, auth: AuthCollection): string {
  try {
    return checkPassword(password, auth.options.passwordPolicy, 'password')
  } catch (error) {
    if (error instanceof ValidationError) throw new ValidationError(error.errors, auth.collection.slug)
    throw error
  }
}

async function proveCurrentPassword(quire: QuireInternals, auth: AuthCollection, user: RequestUser, password: string): Promise<void> {
  const slug = auth.collection.slug
  const id = Number(user.id)
  const row = Number.isSafeInteger(id) ? await reloadLoginUser(auth, readerFor(quire.db), id) : undefined
  // The account was deleted under a live session: nobody to change.
  if (!row) throw new Unauthorized()
  const usable = row.passwordHash && parsePasswordHash(row.passwordHash) ? row.passwordHash : undefined
  const matches = (await verifyPassword(password, usable ?? (await dummyPasswordHash(auth.options.scrypt)))) && usable !== undefined
  if (isLocked(row)) throw fieldError('currentPassword', ACCOUNT_LOCKED, slug)
  if (matches) return
  await recordFailedAttempt(quire, auth, id)
  throw fieldError('currentPassword', WRONG_CURRENT_PASSWORD, slug)
}

function fieldError(path: string, message: string, slug: string): ValidationError {
  return new ValidationError([{ path, message }], slug)
}
