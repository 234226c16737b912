// The database toolchain: the only code that knows how Prisma clients are generated, how
// migrations are diffed (Prisma's generator and WASM schema engine, driven in process) and the
// raw drivers, so a Prisma upgrade touches this folder alone.
export { prismaSchemaForConfig, type SchemaSource } from './schema-for-config.ts'
export { generateClient, type GenerateClientOptions } from './generate-client.ts'
export { diffSchemas, type DiffSchemasOptions } from './diff-schemas.ts'
export {
  createMigration,
  listMigrations,
  checksumOf,
  MIGRATION_SQL,
  MIGRATION_SNAPSHOT,
  type CreateMigrationOptions,
  type CreatedMigration,
  type MigrationFolder,
} from './migrations.ts'
export { applyMigrations, MIGRATIONS_TABLE, type ApplyMigrationsOptions } from './apply-migrations.ts'
export { openSqlite, openPostgres, sqliteFileForUrl, type SqliteConnection } from './raw-drivers.ts'
export { prismaVersion } from './prisma-version.ts'
export type { Provider } from '../database/types.ts'
