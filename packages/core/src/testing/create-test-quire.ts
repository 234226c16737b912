// The Local API on a fresh database, for tests: `const { quire, cleanup } = await createTestQuire({ config })`.
import type { SanitizedConfig } from '../config/types.ts'
import type { Database, Provider } from '../database/types.ts'
import type { QuireTypesShape, UntypedQuireTypes } from '../local-api-types.ts'
import { createQuire, type Quire } from '../quire.ts'
import { createTestDatabase } from './create-test-database.ts'

export interface CreateTestQuireOptions {
  config: SanitizedConfig
  /** Default 'sqlite'. */
  provider?: Provider
  /** A PostgreSQL server URL; default `process.env.TEST_POSTGRES_URL`. */
  postgresUrl?: string
  /** Prisma `log` option, e.g. `[{ emit: 'event', level: 'query' }]` to count queries with `client.$on('query', …)`. */
  log?: unknown
}

export interface TestQuire<T extends QuireTypesShape> {
  quire: Quire<T>
  db: Database
  /** Closes the client and deletes the database. */
  cleanup(): Promise<void>
}

export async function createTestQuire<T extends QuireTypesShape = UntypedQuireTypes>(options: CreateTestQuireOptions): Promise<TestQuire<T>> {
  const { db, cleanup } = await createTestDatabase(options)
  return { quire: createQuire<T>({ config: options.config, db }), db, cleanup }
}
