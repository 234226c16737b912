// Finds the account a login names, with the hidden state login needs (hash, counters, lock,
// verification), straight from the user's row: one indexed query on the unique email or
// username. Email and username are compared trimmed and lower-cased, as they are stored.
import { delegateFor, type QueryClient, type Row } from '../database/types.ts'
import { ValidationError } from '../errors/api-error.ts'
import type { AuthCollection } from './auth-collection.ts'
import { authColumn, authColumns } from './auth-fields.ts'

export interface LoginUser {
  id: number
  passwordHash: string | null
  loginAttempts: number
  lockUntil: Date | null
  emailVerified: boolean
}

export interface LoginIdentifier {
  /** Prisma where on the user's row. */
  where: Record<string, unknown>
  /** Which message the failure uses ('email' or 'username'). */
  kind: 'email' | 'username'
}

const normalise = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() !== '' ? value.trim().toLowerCase() : undefined)

/** The where clause for the login data; a missing name is a ValidationError (it reveals nothing). */
export function loginIdentifier(auth: AuthCollection, data: { email?: unknown; username?: unknown }): LoginIdentifier {
  const { collection, options } = auth
  const email = normalise(data.email)
  const username = normalise(data.username)
  const byUsername = options.loginWithUsername
  if (!byUsername) {
    if (!email) throw new ValidationError([{ path: 'email', message: 'This field is required.' }], collection.slug)
    return { where: { [authColumn(collection, 'email')]: email }, kind: 'email' }
  }
  const emailColumn = authColumn(collection, 'email')
  const usernameColumn = authColumn(collection, 'username')
  if (username) {
    const where = byUsername.allowEmailLogin ? { OR: [{ [usernameColumn]: username }, { [emailColumn]: username }] } : { [usernameColumn]: username }
    return { where, kind: 'username' }
  }
  if (email && byUsername.allowEmailLogin) return { where: { [emailColumn]: email }, kind: 'email' }
  throw new ValidationError([{ path: 'username', message: 'This field is required.' }], collection.slug)
}

export async function findLoginUser(auth: AuthCollection, client: QueryClient, identifier: LoginIdentifier): Promise<LoginUser | undefined> {
  const columns = authColumns(auth.collection)
  const select: Record<string, true> = { id: true }
  for (const column of [columns.passwordHash, columns.loginAttempts, columns.lockUntil, columns.emailVerified]) if (column) select[column] = true
  const row = await delegateFor(client, auth.collection.model.delegate).findFirst({ where: identifier.where, select })
  return row ? toLoginUser(auth, row) : undefined
}

/** Re-reads the state of a known user (inside the login transaction, to see a lock set meanwhile). */
export async function reloadLoginUser(auth: AuthCollection, client: QueryClient, id: number): Promise<LoginUser | undefined> {
  return findLoginUser(auth, client, { where: { id }, kind: 'email' })
}

function toLoginUser(auth: AuthCollection, row: Row): LoginUser {
  const columns = authColumns(auth.collection)
  const value = (column: string | undefined): unknown => (column ? row[column] : undefined)
  const lockUntil = value(columns.lockUntil)
  return {
    id: row.id as number,
    passwordHash: typeof value(columns.passwordHash) === 'string' ? (value(columns.passwordHash) as string) : null,
    loginAttempts: typeof value(columns.loginAttempts) === 'number' ? (value(columns.loginAttempts) as number) : 0,
    lockUntil: lockUntil instanceof Date ? lockUntil : null,
    emailVerified: columns.emailVerified ? value(columns.emailVerified) === true : true,
  }
}

export function isLocked(user: LoginUser, now = new Date()): boolean {
  return user.lockUntil !== null && user.lockUntil > now
}
