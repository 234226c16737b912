// The only place @quire/cms reads process.env. Relative SQLite URLs are resolved against the
// repository root, so `pnpm start`, `pnpm db:migrate` and tests open the same file whatever
// directory pnpm runs them from.
import { isAbsolute, resolve } from 'node:path'
import { mediaRootFor } from './database-identity.ts'

const REPO_ROOT = resolve(import.meta.dirname, '../../..')
const DEVELOPMENT_SECRET = 'development-secret-change-me-please-0123456789'

function databaseUrl(raw: string | undefined): string {
  const url = raw && raw.trim() !== '' ? raw.trim() : 'file:./data/quire.db'
  if (!url.startsWith('file:')) return url
  const path = url.slice('file:'.length)
  return isAbsolute(path) ? url : `file:${resolve(REPO_ROOT, path)}`
}

function secret(raw: string | undefined): string {
  if (raw) return raw
  if (process.env.NODE_ENV === 'production') throw new Error('QUIRE_SECRET must be set in production (at least 32 characters)')
  return DEVELOPMENT_SECRET
}

/**
 * REFRESH_GRACE_SECONDS: how long a token a refresh rotated out still authenticates (0–300,
 * default 30); a refresh with it after that revokes the session (core's theft detection).
 */
function refreshGraceSeconds(raw: string | undefined): number | undefined {
  if (raw === undefined || raw.trim() === '') return undefined
  const seconds = Number(raw)
  if (!Number.isInteger(seconds) || seconds < 0 || seconds > 300) throw new Error(`REFRESH_GRACE_SECONDS must be a whole number of seconds from 0 to 300 (got "${raw}")`)
  return seconds
}

const resolvedDatabaseUrl = databaseUrl(process.env.DATABASE_URL)

export const env = {
  databaseUrl: resolvedDatabaseUrl,
  secret: secret(process.env.QUIRE_SECRET),
  repoRoot: REPO_ROOT,
  refreshGracePeriod: refreshGraceSeconds(process.env.REFRESH_GRACE_SECONDS),
  /** This database's media folders (database-identity.ts): another database never shares them. */
  mediaRoot: mediaRootFor(resolvedDatabaseUrl, REPO_ROOT),
}
