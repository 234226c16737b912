// Which database this process serves, as a stable name, and the folder its media live in.
// Media belong to the database that names them: a second database (another SQLite file, a
// PostgreSQL database) gets its own folder, so starting once on it can neither show nor
// sweep the first one's files. The orphan sweep also refuses any folder whose owner marker
// names another database (server/src/maintenance/sweep-orphan-uploads.ts).
import { createHash } from 'node:crypto'
import { resolve } from 'node:path'

/**
 * The database a URL opens, without credentials or connection options: the absolute file for
 * SQLite; host, port, database and schema for PostgreSQL. Two spellings of one database can
 * differ (a host name and its address); that errs on the safe side: a folder is never swept
 * by a process that cannot prove it is the folder's database.
 */
export function databaseIdentity(url: string): string {
  if (url.startsWith('file:')) return `sqlite:${resolve(url.slice('file:'.length))}`
  const parsed = new URL(url)
  const schema = parsed.searchParams.get('schema') ?? 'public'
  return `postgresql://${parsed.hostname}:${parsed.port || '5432'}${parsed.pathname}?schema=${schema}`
}

/**
 * The root of a database's media folders. The repository's default database keeps the folder
 * it always had (`data/media`), so existing installs find their files; any other database gets
 * `data/media/databases/<hash of its identity>`.
 */
export function mediaRootFor(url: string, repoRoot: string): string {
  const identity = databaseIdentity(url)
  if (identity === databaseIdentity(`file:${resolve(repoRoot, 'data/quire.db')}`)) return resolve(repoRoot, 'data/media')
  const hash = createHash('sha256').update(identity).digest('hex').slice(0, 16)
  return resolve(repoRoot, 'data/media/databases', hash)
}
