// The sessions table (docs/sessions.md#sessions): a row per token, found by the SHA-256 of the random
// id the token seals. A session lives while it is used within `tokenExpiration` seconds (idle
// expiry, moved forward at most once a minute) and never beyond `maxSessionAge` after login
// (absolute expiry). Expired rows are refused and deleted when met, and pruned per user at login.
// Refresh gives the row a new id hash and keeps the previous one working for a short grace
// period (`refreshGracePeriod`), so requests already in flight with the old cookie still land.
// The previous hash is kept after its grace too (also with a grace of 0): a refresh with it
// then means two parties hold the session — the owner and whoever copied the token — and
// revokes the whole session (theft detection).
import type { Database, QueryClient, Row } from '../database/types.ts'
import { clientFor, readerFor } from '../database/transactions.ts'
import { delegateFor } from '../database/types.ts'
import { SESSION_COLUMNS as C } from '../storage/names.ts'
import type { StorageSchema } from '../storage/storage-model.ts'
import { randomToken, tokenHash } from './secret-keys.ts'
import type { ResolvedAuthOptions } from './types.ts'

export interface SessionStore {
  schema: StorageSchema
  db: Database
}

export interface SessionRow {
  id: number
  userCollection: string
  userId: string
  createdAt: Date
  expiresAt: Date
  absoluteExpiresAt: Date
  lastUsedAt: Date
  /** The User-Agent the session signed in from (at most USER_AGENT_MAX_LENGTH characters). */
  userAgent: string | null
}

type Lifetimes = Pick<ResolvedAuthOptions, 'tokenExpiration' | 'maxSessionAge'>

const SELECT = { id: true, createdAt: true, [C.userCollection]: true, [C.userId]: true, [C.expiresAt]: true, [C.absoluteExpiresAt]: true, [C.lastUsedAt]: true, [C.userAgent]: true }

/** Enough to name a browser and system; a longer header is cut (it is a label, not evidence). */
export const USER_AGENT_MAX_LENGTH = 256

/** Longest gap between two writes of `lastUsedAt`/`expiresAt` while a session is in use. */
const TOUCH_INTERVAL_MS = 60_000

function sessions(client: QueryClient, store: SessionStore) {
  return delegateFor(client, store.schema.sessions.delegate)
}

function toSession(row: Row): SessionRow {
  return {
    id: row.id as number,
    userCollection: row[C.userCollection] as string,
    userId: row[C.userId] as string,
    createdAt: row.createdAt as Date,
    expiresAt: row[C.expiresAt] as Date,
    absoluteExpiresAt: row[C.absoluteExpiresAt] as Date,
    lastUsedAt: row[C.lastUsedAt] as Date,
    userAgent: (row[C.userAgent] as string | null | undefined) ?? null,
  }
}

function idleExpiry(now: Date, absolute: Date, options: Lifetimes): Date {
  return new Date(Math.min(now.getTime() + options.tokenExpiration * 1000, absolute.getTime()))
}

export function isLive(session: SessionRow, now = new Date()): boolean {
  return session.expiresAt > now && session.absoluteExpiresAt > now
}

/** A new session with a fresh random id (never reused); returns the raw id for the token. */
export async function createSession(store: SessionStore, user: { collection: string; id: string }, options: Lifetimes, userAgent?: string): Promise<{ sid: string; session: SessionRow }> {
  const now = new Date()
  const absolute = new Date(now.getTime() + options.maxSessionAge * 1000)
  const sid = randomToken()
  const row = await sessions(clientFor(store.db), store).create({
    data: {
      [C.idHash]: tokenHash(sid),
      [C.userCollection]: user.collection,
      [C.userId]: user.id,
      [C.expiresAt]: idleExpiry(now, absolute, options),
      [C.absoluteExpiresAt]: absolute,
      [C.lastUsedAt]: now,
      [C.userAgent]: userAgent ? userAgent.slice(0, USER_AGENT_MAX_LENGTH) : null,
      createdAt: now,
      updatedAt: now,
    },
    select: SELECT,
  })
  return { sid, session: toSession(row) }
}

/**
 * The live session a raw id names — its current id, or the one the last refresh rotated out
 * while that is still in its grace period. An expired session is deleted and reads as none.
 */
export async function findLiveSession(store: SessionStore, sid: string): Promise<SessionRow | undefined> {
  const hash = tokenHash(sid)
  const byPrevious = { [C.previousIdHash]: hash, [C.previousIdExpiresAt]: { gt: new Date() } }
  const row = await sessions(readerFor(store.db), store).findFirst({ where: { OR: [{ [C.idHash]: hash }, byPrevious] }, select: SELECT })
  if (!row) return undefined
  const session = toSession(row)
  if (isLive(session)) return session
  await sessions(clientFor(store.db), store).deleteMany({ where: { id: session.id } })
  return undefined
}

/** Records use: moves the idle expiry forward, at most once per TOUCH_INTERVAL (one small write). */
export async function touchSession(store: SessionStore, session: SessionRow, options: Lifetimes): Promise<SessionRow> {
  const now = new Date()
  if (now.getTime() - session.lastUsedAt.getTime() < TOUCH_INTERVAL_MS) return session
  const expiresAt = idleExpiry(now, session.absoluteExpiresAt, options)
  await sessions(clientFor(store.db), store).updateMany({ where: { id: session.id }, data: { [C.lastUsedAt]: now, [C.expiresAt]: expiresAt, updatedAt: now } })
  return { ...session, lastUsedAt: now, expiresAt }
}

/**
 * Refresh: gives the session a new id and a new idle expiry in one conditional UPDATE, so of
 * two concurrent refreshes only one wins, and only the CURRENT id can refresh (a token in its
 * grace period cannot fork the session). The old id keeps authenticating for `gracePeriod`
 * seconds; the absolute expiry stays. Undefined when the old id is not a live session's current one.
 */
export async function rotateSession(store: SessionStore, oldSid: string, options: Lifetimes & { refreshGracePeriod: number }): Promise<{ sid: string; session: SessionRow } | undefined> {
  const now = new Date()
  const oldHash = tokenHash(oldSid)
  const current = await sessions(clientFor(store.db), store).findUnique({ where: { [C.idHash]: oldHash }, select: SELECT })
  if (!current || !isLive(toSession(current), now)) return undefined
  const session = toSession(current)
  const sid = randomToken()
  const expiresAt = idleExpiry(now, session.absoluteExpiresAt, options)
  // With no grace the previous id expires now: it never authenticates again, but is still recognised.
  const grace = { [C.previousIdHash]: oldHash, [C.previousIdExpiresAt]: new Date(now.getTime() + options.refreshGracePeriod * 1000) }
  const { count } = await sessions(clientFor(store.db), store).updateMany({
    where: { [C.idHash]: oldHash, [C.expiresAt]: { gt: now }, [C.absoluteExpiresAt]: { gt: now } },
    data: { [C.idHash]: tokenHash(sid), ...grace, [C.expiresAt]: expiresAt, [C.lastUsedAt]: now, updatedAt: now },
  })
  return count === 1 ? { sid, session: { ...session, expiresAt, lastUsedAt: now } } : undefined
}

/**
 * A refresh with an id that a refresh rotated out and whose grace period has passed: the token
 * was copied (the owner's browser holds the newer one, or the thief refreshed first and the
 * owner is still on the old one). Either way the session can no longer be trusted: it is deleted,
 * so both parties are signed out. A token older than the previous one is recognised by the session
 * `row` sealed in it: naming the row with an id that is neither current nor the graced previous
 * one means the session issued it and rotated it out. Returns how many sessions ended (0 or 1).
 */
export async function revokeReplayedSession(store: SessionStore, sid: string, row?: number): Promise<number> {
  const hash = tokenHash(sid)
  const now = new Date()
  const previousAfterGrace = { [C.previousIdHash]: hash, [C.previousIdExpiresAt]: { lte: now } }
  const graced = { [C.previousIdHash]: hash, [C.previousIdExpiresAt]: { gt: now } }
  const olderOfRow = row === undefined ? [] : [{ id: row, [C.idHash]: { not: hash }, NOT: graced }]
  const where = { OR: [previousAfterGrace, ...olderOfRow] }
  return (await sessions(clientFor(store.db), store).deleteMany({ where })).count
}

export async function deleteSession(store: SessionStore, sessionId: number, user: { collection: string; id: string }): Promise<number> {
  const where = { id: sessionId, [C.userCollection]: user.collection, [C.userId]: user.id }
  return (await sessions(clientFor(store.db), store).deleteMany({ where })).count
}

/** The live sessions of a user, most recently used first (for "your devices" lists). */
export async function listLiveSessions(store: SessionStore, user: { collection: string; id: string }): Promise<SessionRow[]> {
  const now = new Date()
  const where = { [C.userCollection]: user.collection, [C.userId]: user.id, [C.expiresAt]: { gt: now }, [C.absoluteExpiresAt]: { gt: now } }
  const rows = await sessions(readerFor(store.db), store).findMany({ where, select: SELECT, orderBy: [{ [C.lastUsedAt]: 'desc' }, { id: 'desc' }] })
  return rows.map(toSession)
}

/** Revokes every session of a user, or every one but `exceptSessionId`. */
export async function deleteUserSessions(store: SessionStore, user: { collection: string; id: string }, exceptSessionId?: number): Promise<number> {
  const where: Record<string, unknown> = { [C.userCollection]: user.collection, [C.userId]: user.id }
  if (exceptSessionId !== undefined) where.id = { not: exceptSessionId }
  return (await sessions(clientFor(store.db), store).deleteMany({ where })).count
}

/** Deletes expired sessions: of one user (cheap, at login), or all of them (for a scheduled job). */
export async function pruneExpiredSessions(store: SessionStore, user?: { collection: string; id: string }): Promise<number> {
  const now = new Date()
  const expired = { OR: [{ [C.expiresAt]: { lte: now } }, { [C.absoluteExpiresAt]: { lte: now } }] }
  const where = user ? { AND: [{ [C.userCollection]: user.collection, [C.userId]: user.id }, expired] } : expired
  return (await sessions(clientFor(store.db), store).deleteMany({ where })).count
}

/** Sessions created since `since` (the lockout kills those a correct guess may have won in a flood). */
export async function deleteSessionsCreatedSince(store: SessionStore, user: { collection: string; id: string }, since: Date, client?: QueryClient): Promise<number> {
  const where = { [C.userCollection]: user.collection, [C.userId]: user.id, createdAt: { gte: since } }
  return (await sessions(client ?? clientFor(store.db), store).deleteMany({ where })).count
}
