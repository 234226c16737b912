// The fields an auth collection gets (docs/auth.md#fields-added), under Quire's names: `_verified` and
// `_verificationToken` cannot be field names here (names start with a letter), and the
// stored secrets say what they hold — `passwordHash` (the sanitizer reserves salt/hash),
// `resetPasswordTokenHash`, `emailVerificationTokenHash`, `apiKeyIndex`.
// `password` and `apiKey` are inputs only: hooks turn them into hashes and drop them.
import type { Field } from '../config/fields.ts'
import type { CollectionConfig } from '../config/types.ts'
import type { CollectionStorage } from '../storage/storage-model.ts'
import type { ResolvedAuthOptions } from './types.ts'

export const AUTH_FIELDS = {
  email: 'email',
  username: 'username',
  passwordHash: 'passwordHash',
  resetPasswordTokenHash: 'resetPasswordTokenHash',
  resetPasswordExpiration: 'resetPasswordExpiration',
  loginAttempts: 'loginAttempts',
  lockUntil: 'lockUntil',
  emailVerified: 'emailVerified',
  emailVerificationTokenHash: 'emailVerificationTokenHash',
  enableAPIKey: 'enableAPIKey',
  apiKeyIndex: 'apiKeyIndex',
} as const
export type AuthFieldName = keyof typeof AUTH_FIELDS

/** Write-only inputs, never stored as given, never returned. */
export const PASSWORD_INPUT = 'password'
export const API_KEY_INPUT = 'apiKey'

/** Derived from secrets by Quire alone: whatever a caller sends for them is dropped. */
export const SERVER_ONLY_FIELDS: readonly string[] = [AUTH_FIELDS.passwordHash, AUTH_FIELDS.resetPasswordTokenHash, AUTH_FIELDS.emailVerificationTokenHash, AUTH_FIELDS.apiKeyIndex]

// Trusted code (overrideAccess) may still set these, e.g. a seed creating verified users;
// callers held to access rules may not.
const denyWrites = { create: () => false, update: () => false }

export function authFields(collection: CollectionConfig, options: ResolvedAuthOptions): Field[] {
  const has = (name: string): boolean => collection.fields.some((field) => field.name === name)
  const username = options.loginWithUsername
  const fields: Field[] = []
  // A collection may declare its own email/username field (to add a label, hooks…); it is kept.
  if (!has(AUTH_FIELDS.email)) fields.push({ name: AUTH_FIELDS.email, type: 'email', required: !username || username.requireEmail, unique: true })
  if (username && !has(AUTH_FIELDS.username)) fields.push({ name: AUTH_FIELDS.username, type: 'text', required: username.requireUsername, unique: true })
  const hidden = (field: Field): Field => ({ ...field, hidden: true, access: denyWrites }) as Field
  fields.push(
    hidden({ name: AUTH_FIELDS.passwordHash, type: 'text' }),
    hidden({ name: AUTH_FIELDS.resetPasswordTokenHash, type: 'text', index: true }),
    hidden({ name: AUTH_FIELDS.resetPasswordExpiration, type: 'date' }),
  )
  if (options.maxLoginAttempts > 0) {
    fields.push(hidden({ name: AUTH_FIELDS.loginAttempts, type: 'number', defaultValue: 0 }), hidden({ name: AUTH_FIELDS.lockUntil, type: 'date' }))
  }
  if (options.verify) {
    fields.push(hidden({ name: AUTH_FIELDS.emailVerified, type: 'checkbox', defaultValue: false }), hidden({ name: AUTH_FIELDS.emailVerificationTokenHash, type: 'text', index: true }))
  }
  if (options.useAPIKey) {
    fields.push({ name: AUTH_FIELDS.enableAPIKey, type: 'checkbox', defaultValue: false }, hidden({ name: AUTH_FIELDS.apiKeyIndex, type: 'text', unique: true }))
  }
  return fields
}

const columnCache = new WeakMap<CollectionStorage, Partial<Record<AuthFieldName, string>>>()

/** Column names of the auth fields, from the storage model (the one naming contract). */
export function authColumns(collection: CollectionStorage): Partial<Record<AuthFieldName, string>> {
  let columns = columnCache.get(collection)
  if (!columns) {
    columns = {}
    for (const storage of collection.model.fields) {
      if (storage.kind !== 'column') continue
      const entry = Object.entries(AUTH_FIELDS).find(([, name]) => name === storage.field.name)
      if (entry) columns[entry[0] as AuthFieldName] = storage.column
    }
    columnCache.set(collection, columns)
  }
  return columns
}

/** Like `authColumns(…)[name]`, but a missing column is a bug worth a clear message. */
export function authColumn(collection: CollectionStorage, name: AuthFieldName): string {
  const column = authColumns(collection)[name]
  if (!column) throw new Error(`${collection.slug} has no ${name} column: is auth enabled for it and the auth feature registered (import @quire/core)?`)
  return column
}
