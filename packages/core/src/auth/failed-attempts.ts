// Failed logins are counted with one atomic UPDATE … SET loginAttempts = loginAttempts + 1
// (Prisma's `increment`), never read-modify-write, so N parallel wrong passwords give exactly
// N counts. It runs on its own, outside any login transaction, so a failed login's count
// persists. Crossing `maxLoginAttempts` locks the account for `lockTime` seconds and revokes
// the sessions created just before: a correct guess that raced a flood of wrong ones must not
// keep the session it won (docs/sessions.md#sessions), and mails the user that the
// account is locked (once per lock: only the UPDATE that sets the lock sends it), so a lock
// caused by someone else's guessing is not a silent denial of service.
import { clientFor } from '../database/transactions.ts'
import { delegateFor } from '../database/types.ts'
import type { QuireInternals } from '../operations/context.ts'
import type { AuthCollection } from './auth-collection.ts'
import { authColumn } from './auth-fields.ts'
import { sendAccountLockedEmail } from './email/auth-emails.ts'
import { deleteSessionsCreatedSince } from './sessions.ts'

/** How far back the lock revokes sessions (Payload uses the same window). */
const RACE_WINDOW_MS = 20_000

export async function recordFailedAttempt(quire: QuireInternals, auth: AuthCollection, userId: number): Promise<number> {
  const { collection, options } = auth
  if (options.maxLoginAttempts <= 0) return 0
  const attempts = authColumn(collection, 'loginAttempts')
  const lockUntil = authColumn(collection, 'lockUntil')
  const users = delegateFor(clientFor(quire.db), collection.model.delegate)
  const now = new Date()
  // An expired lock starts the count afresh (a NULL count, from before auth was enabled, too).
  await users.updateMany({ where: { id: userId, OR: [{ [lockUntil]: { lte: now } }, { [attempts]: null }] }, data: { [attempts]: 0, [lockUntil]: null } })
  const row = await users.update({ where: { id: userId }, data: { [attempts]: { increment: 1 } }, select: { [attempts]: true } })
  const count = Number(row[attempts])
  if (count >= options.maxLoginAttempts) {
    const locked = await users.updateMany({
      where: { id: userId, OR: [{ [lockUntil]: null }, { [lockUntil]: { lte: now } }] },
      data: { [lockUntil]: new Date(now.getTime() + options.lockTime * 1000) },
    })
    if (locked.count === 1) {
      await deleteSessionsCreatedSince(quire, { collection: collection.slug, id: String(userId) }, new Date(now.getTime() - RACE_WINDOW_MS))
      await tellUserAboutLock(quire, auth, userId, count, new Date(now.getTime() + options.lockTime * 1000))
    }
  }
  return count
}

async function tellUserAboutLock(quire: QuireInternals, auth: AuthCollection, userId: number, attempts: number, until: Date): Promise<void> {
  const email = authColumn(auth.collection, 'email')
  const row = await delegateFor(clientFor(quire.db), auth.collection.model.delegate).findFirst({ where: { id: userId }, select: { [email]: true } })
  const to = row?.[email]
  if (typeof to === 'string' && to !== '') await sendAccountLockedEmail({ db: quire.db, config: quire.config, to, attempts, until })
}

/** A successful login (or unlock) clears the counter and the lock. */
export async function clearFailedAttempts(quire: QuireInternals, auth: AuthCollection, userId: number): Promise<void> {
  if (auth.options.maxLoginAttempts <= 0) return
  const attempts = authColumn(auth.collection, 'loginAttempts')
  const lockUntil = authColumn(auth.collection, 'lockUntil')
  await delegateFor(clientFor(quire.db), auth.collection.model.delegate).updateMany({
    where: { id: userId, OR: [{ [attempts]: { not: 0 } }, { [attempts]: null }, { [lockUntil]: { not: null } }] },
    data: { [attempts]: 0, [lockUntil]: null },
  })
}
