// Migration folders: `<dir>/<provider>/<timestamp>_<name>/{migration.sql, schema.prisma}`.
// `schema.prisma` is the snapshot the migration leads to, so the next migration is the diff
// from the newest snapshot to the current schema — no database or shadow database involved.
import { createHash } from 'node:crypto'
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Provider } from '../database/types.ts'
import { diffSchemas } from './diff-schemas.ts'

export const MIGRATION_SQL = 'migration.sql'
export const MIGRATION_SNAPSHOT = 'schema.prisma'

export interface MigrationFolder {
  /** `20250101120000_add_posts`; sorts in the order migrations apply. */
  name: string
  directory: string
}

export interface CreatedMigration extends MigrationFolder {
  sql: string
}

export interface CreateMigrationOptions {
  /** The migrations root (`prisma/migrations`); each provider has its own subfolder. */
  dir: string
  provider: Provider
  /** Describes the change: letters, digits and `_` (`add_posts`). */
  name: string
  /** The full Prisma schema text the database should have after this migration. */
  schema: string
  /** Defaults to now; pass one Date to give both providers' migrations the same timestamp. */
  now?: Date
}

const MIGRATION_NAME = /^[A-Za-z0-9_]+$/
const FOLDER_NAME = /^\d{14}_[A-Za-z0-9_]+$/

/** Migration folders of one provider in apply order. */
export async function listMigrations(dir: string, provider: Provider): Promise<MigrationFolder[]> {
  const providerDir = join(dir, provider)
  const entries = await readdir(providerDir, { withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return []
    throw error
  })
  return entries
    .filter((entry) => entry.isDirectory() && FOLDER_NAME.test(entry.name))
    .map((entry) => ({ name: entry.name, directory: join(providerDir, entry.name) }))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
}

/** Writes a migration from the newest snapshot to `schema`; `null` (nothing written) if no change. */
export async function createMigration(options: CreateMigrationOptions): Promise<CreatedMigration | null> {
  const { dir, provider, name, schema } = options
  if (!MIGRATION_NAME.test(name)) {
    throw new Error(`Migration name "${name}": use letters, digits and "_" only (e.g. add_posts)`)
  }
  const existing = await listMigrations(dir, provider)
  const latest = existing.at(-1)
  const snapshot = latest ? await readSnapshot(latest) : null
  const sql = await diffSchemas({ provider, from: snapshot, to: schema })
  if (sql === '') return null

  const folder = `${timestamp(options.now ?? new Date())}_${name}`
  if (latest && folder <= latest.name) {
    throw new Error(`Migration "${folder}" would sort before or equal to the existing "${latest.name}"; check the clock or wait a second`)
  }
  const directory = join(dir, provider, folder)
  // Written next to its final place, then renamed, so a half-written folder is never listed.
  const staging = join(dir, provider, `.${folder}.tmp`)
  await rm(staging, { recursive: true, force: true })
  await mkdir(staging, { recursive: true })
  await writeFile(join(staging, MIGRATION_SQL), sql)
  await writeFile(join(staging, MIGRATION_SNAPSHOT), schema)
  await rename(staging, directory)
  return { name: folder, directory, sql }
}

export async function readMigrationSql(migration: MigrationFolder): Promise<string> {
  return readFile(join(migration.directory, MIGRATION_SQL), 'utf8')
}

export function checksumOf(sql: string): string {
  return createHash('sha256').update(sql).digest('hex')
}

async function readSnapshot(migration: MigrationFolder): Promise<string> {
  try {
    return await readFile(join(migration.directory, MIGRATION_SNAPSHOT), 'utf8')
  } catch {
    throw new Error(`Migration "${migration.name}" has no ${MIGRATION_SNAPSHOT} snapshot; the next diff needs it (${migration.directory})`)
  }
}

/** `YYYYMMDDHHMMSS` in UTC, like Prisma's own migration folders. */
function timestamp(date: Date): string {
  return date.toISOString().replace(/[-:T]/g, '').slice(0, 14)
}
