// Applies pending migration folders with the raw drivers (Prisma 7's `migrate deploy` needs its
// CLI, which cannot run offline). Stages:
//   1. read every folder's SQL and checksum
//   2. refuse if an applied migration's SQL has changed since it was applied
//   3. apply each pending one in its own transaction, recording it in `quire_migrations`
import type { Provider } from '../database/types.ts'
import { providerForUrl } from '../database/types.ts'
import { checksumOf, listMigrations, readMigrationSql } from './migrations.ts'
import type { SqliteConnection } from './raw-drivers.ts'
import { openPostgres, openSqlite, sqliteFileForUrl } from './raw-drivers.ts'

export const MIGRATIONS_TABLE = 'quire_migrations'

export interface ApplyMigrationsOptions {
  /** The database (`file:…` or `postgres://…`). */
  url: string
  /** The migrations root (`prisma/migrations`). */
  dir: string
  /** Defaults to the URL's provider; must agree with it. */
  provider?: Provider
}

interface PendingMigration {
  name: string
  sql: string
  checksum: string
}

interface MigrationRunner {
  /** name → checksum of every migration recorded as applied. */
  applied(): Promise<Map<string, string>>
  /** Applies one migration atomically; `false` if another process recorded it first. */
  apply(migration: PendingMigration): Promise<boolean>
  close(): Promise<void>
}

/** Returns the names of the migrations it applied, in order. */
export async function applyMigrations({ url, dir, provider = providerForUrl(url) }: ApplyMigrationsOptions): Promise<string[]> {
  if (providerForUrl(url) !== provider) throw new Error(`applyMigrations: the URL is ${providerForUrl(url)}, not ${provider}`)
  const migrations: PendingMigration[] = []
  for (const folder of await listMigrations(dir, provider)) {
    const sql = await readMigrationSql(folder)
    migrations.push({ name: folder.name, sql, checksum: checksumOf(sql) })
  }
  const runner = provider === 'sqlite' ? sqliteRunner(url) : await postgresRunner(url)
  try {
    const applied = await runner.applied()
    for (const migration of migrations) {
      const recorded = applied.get(migration.name)
      if (recorded !== undefined && recorded !== migration.checksum) {
        throw new Error(
          `Migration "${migration.name}" was changed after it was applied to this database ` +
            `(sha256 ${recorded.slice(0, 12)}… recorded, ${migration.checksum.slice(0, 12)}… on disk). ` +
            `Restore its original migration.sql and put new changes in a new migration (pnpm db:migrate:create <name>).`,
        )
      }
    }
    const done: string[] = []
    for (const migration of migrations) {
      if (applied.has(migration.name)) continue
      if (await runner.apply(migration)) done.push(migration.name)
    }
    return done
  } finally {
    await runner.close()
  }
}

function failed(migration: PendingMigration, error: unknown): Error {
  return new Error(`Migration "${migration.name}" failed and was rolled back: ${(error as Error).message}`, { cause: error })
}

function sqliteRunner(url: string): MigrationRunner {
  const db = openSqlite(sqliteFileForUrl(url))
  db.exec(`CREATE TABLE IF NOT EXISTS ${MIGRATIONS_TABLE} (name TEXT NOT NULL PRIMARY KEY, checksum TEXT NOT NULL, applied_at TEXT NOT NULL)`)
  const isRecorded = (name: string) => db.prepare(`SELECT 1 FROM ${MIGRATIONS_TABLE} WHERE name = ?`).get(name) !== undefined
  return {
    async applied() {
      const rows = db.prepare(`SELECT name, checksum FROM ${MIGRATIONS_TABLE}`).all() as { name: string; checksum: string }[]
      return new Map(rows.map((row) => [row.name, row.checksum]))
    },
    async apply(migration) {
      // SQLite's documented way to change tables (lang_altertable.html): foreign keys off
      // *outside* the transaction (the pragma is a no-op inside one), so rebuilding a parent
      // table with DROP TABLE cannot cascade-delete its children; then check before commit.
      db.pragma('foreign_keys = OFF')
      try {
        db.exec('BEGIN IMMEDIATE')
        try {
          if (isRecorded(migration.name)) {
            db.exec('ROLLBACK')
            return false
          }
          db.exec(migration.sql)
          assertNoForeignKeyViolations(db)
          db.prepare(`INSERT INTO ${MIGRATIONS_TABLE} (name, checksum, applied_at) VALUES (?, ?, ?)`).run(
            migration.name,
            migration.checksum,
            new Date().toISOString(),
          )
          db.exec('COMMIT')
          return true
        } catch (error) {
          if (db.inTransaction) db.exec('ROLLBACK')
          throw failed(migration, error)
        }
      } finally {
        db.pragma('foreign_keys = ON')
      }
    },
    async close() {
      db.close()
    },
  }
}

function assertNoForeignKeyViolations(db: SqliteConnection): void {
  const violations = db.pragma('foreign_key_check') as { table: string; parent: string }[]
  const first = violations[0]
  if (first) throw new Error(`${violations.length} row(s) break foreign keys, e.g. in "${first.table}" → "${first.parent}"`)
}

// Any fixed 64-bit number; it names the advisory lock that serialises concurrent runners.
const LOCK_KEY = 7_251_346_093

async function postgresRunner(url: string): Promise<MigrationRunner> {
  const client = await openPostgres(url)
  try {
    await client.query('SELECT pg_advisory_lock($1)', [LOCK_KEY])
    await client.query(
      `CREATE TABLE IF NOT EXISTS ${MIGRATIONS_TABLE} (name TEXT PRIMARY KEY, checksum TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())`,
    )
  } catch (error) {
    await client.end()
    throw error
  }
  return {
    async applied() {
      const result = await client.query<{ name: string; checksum: string }>(`SELECT name, checksum FROM ${MIGRATIONS_TABLE}`)
      return new Map(result.rows.map((row) => [row.name, row.checksum]))
    },
    async apply(migration) {
      await client.query('BEGIN')
      try {
        // One multi-statement query: the simple protocol runs the whole script as sent.
        await client.query(migration.sql)
        await client.query(`INSERT INTO ${MIGRATIONS_TABLE} (name, checksum) VALUES ($1, $2)`, [migration.name, migration.checksum])
        await client.query('COMMIT')
        return true
      } catch (error) {
        await client.query('ROLLBACK')
        throw failed(migration, error)
      }
    },
    async close() {
      // Ending the session also releases the advisory lock.
      await client.end()
    },
  }
}
