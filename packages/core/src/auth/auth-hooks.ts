// The built-in hooks of an auth collection, placed before the user's own:
//   beforeChange: drop server-only fields a caller sent; hash `password` (required on create);
//                 index `apiKey`; normalise email/username; create a verification token.
//   afterChange:  a new password revokes the user's other sessions (keeping the caller's own);
//                 a new user with `verify` gets the verification email (after commit).
//   afterDelete:  a deleted user's sessions go with them (in the same transaction).
import type { AfterChangeHook, AfterDeleteHook, BeforeChangeHook, DocumentData, QuireRequest } from '../config/hooks-and-access.ts'
import { ValidationError } from '../errors/api-error.ts'
import { API_KEY_INPUT, AUTH_FIELDS, PASSWORD_INPUT, SERVER_ONLY_FIELDS } from './auth-fields.ts'
import { checkPassword } from './password-rules.ts'
import { takePrehashedPassword } from './prehash-password.ts'
import { sendVerificationEmail } from './email/auth-emails.ts'
import { hashPassword } from './password-hash.ts'
import { apiKeyIndex, randomToken, tokenHash } from './secret-keys.ts'
import { deleteUserSessions } from './sessions.ts'
import type { ResolvedAuthOptions } from './types.ts'

/** Verification tokens made by beforeChange, handed to afterChange of the same call. */
const pendingVerification = new WeakMap<QuireRequest, string>()

export function authBeforeChange(options: ResolvedAuthOptions): BeforeChangeHook {
  return async ({ data, operation, req, collection }) => {
    const next: DocumentData = { ...data }
    for (const name of SERVER_ONLY_FIELDS) delete next[name]
    const password = next[PASSWORD_INPUT]
    delete next[PASSWORD_INPUT]
    if (operation === 'create' || (password !== undefined && password !== null && password !== '')) {
      try {
        const valid = checkPassword(password, options.passwordPolicy)
        next[AUTH_FIELDS.passwordHash] = await (takePrehashedPassword(req, valid) ?? hashPassword(valid, options.scrypt))
      } catch (error) {
        if (error instanceof ValidationError) throw new ValidationError(error.errors, collection.slug)
        throw error
      }
    }
    // Stored as login compares them; a `username` field is only a login name with loginWithUsername.
    for (const name of options.loginWithUsername ? [AUTH_FIELDS.email, AUTH_FIELDS.username] : [AUTH_FIELDS.email]) {
      if (typeof next[name] === 'string') next[name] = (next[name] as string).trim().toLowerCase()
    }
    if (options.useAPIKey && API_KEY_INPUT in next) {
      const key = next[API_KEY_INPUT]
      delete next[API_KEY_INPUT]
      next[AUTH_FIELDS.apiKeyIndex] = typeof key === 'string' && key !== '' ? apiKeyIndex(req.quire.config, key) : null
    }
    if (options.verify && operation === 'create' && next[AUTH_FIELDS.emailVerified] !== true) {
      const token = randomToken()
      next[AUTH_FIELDS.emailVerified] = false
      next[AUTH_FIELDS.emailVerificationTokenHash] = tokenHash(token)
      pendingVerification.set(req, token)
    }
    return next
  }
}

/** A deleted user's tokens already read as anonymous; this removes the rows they named. */
export const authAfterDelete: AfterDeleteHook = async ({ id, req, collection }) => {
  await deleteUserSessions(req.quire, { collection: collection.slug, id: String(id) })
}

export function authAfterChange(options: ResolvedAuthOptions): AfterChangeHook {
  return async ({ data, doc, operation, req, collection }) => {
    if (operation === 'update' && typeof data[AUTH_FIELDS.passwordHash] === 'string') {
      const user = { collection: collection.slug, id: String(doc.id) }
      const caller = req.user
      const keep = caller && caller.collection === collection.slug && String(caller.id) === user.id && typeof caller._sid === 'number' ? caller._sid : undefined
      await deleteUserSessions(req.quire, user, keep)
    }
    const token = pendingVerification.get(req)
    if (token !== undefined && operation === 'create') {
      pendingVerification.delete(req)
      // `disableVerificationEmail` travels in the context until create has the option itself.
      if (req.context.disableVerificationEmail !== true) {
        await sendVerificationEmail({ req, user: doc, token, ...(options.verify || {}) })
      }
    }
  }
}

// Kept importable from here, where they used to live.
export { checkPassword, PASSWORD_MAX_LENGTH } from './password-rules.ts'
