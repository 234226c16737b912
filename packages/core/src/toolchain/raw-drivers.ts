// Direct driver connections for work Prisma's client cannot do: running multi-statement
// migration scripts and creating or dropping databases.
import { createRequire } from 'node:module'
import { isAbsolute, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import pg from 'pg'

// better-sqlite3 ships no type declarations (and @types/better-sqlite3 is not installed), so
// the small surface used here is typed once, at this boundary.
export interface SqliteStatement {
  /** Whether the statement returns rows (use `all`/`get`) or not (use `run`). */
  readonly reader: boolean
  run(...params: unknown[]): { changes: number }
  get(...params: unknown[]): unknown
  all(...params: unknown[]): unknown[]
}

export interface SqliteConnection {
  exec(sql: string): void
  prepare(sql: string): SqliteStatement
  pragma(source: string, options?: { simple: true }): unknown
  readonly inTransaction: boolean
  close(): void
}

type SqliteConstructor = new (filename: string, options?: { timeout?: number }) => SqliteConnection

const require = createRequire(import.meta.url)
const BUSY_TIMEOUT_MS = 5000

/** Opens a SQLite file the way every Quire connection does: WAL, foreign keys enforced. */
export function openSqlite(file: string): SqliteConnection {
  const Database = require('better-sqlite3') as SqliteConstructor
  const connection = new Database(file, { timeout: BUSY_TIMEOUT_MS })
  connection.pragma('journal_mode = WAL')
  connection.pragma('foreign_keys = ON')
  return connection
}

/** Connects a single pg client (call `end()` when done). */
export async function openPostgres(url: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  return client
}

/**
 * The absolute file of a `file:` URL. Relative paths (`file:./data/quire.db`) resolve against
 * `baseDir`, so every tool opening the same URL from the same place finds the same file.
 */
export function sqliteFileForUrl(url: string, baseDir: string = process.cwd()): string {
  if (!url.startsWith('file:')) throw new Error(`Not a SQLite URL: "${url}"`)
  if (url.startsWith('file://')) return fileURLToPath(url.split('?')[0]!)
  const path = url.slice('file:'.length).split('?')[0]!
  return isAbsolute(path) ? path : resolve(baseDir, path)
}
