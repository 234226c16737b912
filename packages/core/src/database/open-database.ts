// Opens a generated Prisma client on a database URL through the matching driver adapter.
// The provider comes from the URL (`file:` → SQLite, `postgres://` → PostgreSQL); the caller
// passes the client generated for that provider, since a generated client is bound to one.
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3'
import { PrismaPg } from '@prisma/adapter-pg'
import { withSqliteLike } from '../query/sqlite-like.ts'
import { sqliteFileForUrl } from '../toolchain/raw-drivers.ts'
import type { Database, PrismaClientConstructor, PrismaClientLike, Provider } from './types.ts'
import { providerForUrl } from './types.ts'

export interface OpenDatabaseOptions {
  /** `file:./data/quire.db` (relative to the working directory) or `postgres://…`. */
  url: string
  /** The `PrismaClient` class of the client generated for the URL's provider. */
  PrismaClient: PrismaClientConstructor
  /** Passed through to the PrismaClient constructor (e.g. `[{ emit: 'event', level: 'query' }]`). */
  log?: unknown
}

// Applied on every SQLite connection. The adapter keeps one better-sqlite3 connection per
// client, so per-connection pragmas set once stay in force for the client's whole life.
//   WAL: readers never block the writer (and vice versa).
//   foreign_keys: SQLite ignores FOREIGN KEY clauses (cascades, SET NULL) unless enabled;
//     better-sqlite3's build enables it by default, but the guarantee should not hang on that.
//   busy_timeout: wait for another process's write lock instead of failing at once.
export const SQLITE_PRAGMAS = ['journal_mode = WAL', 'foreign_keys = ON', 'busy_timeout = 5000'] as const

export async function openDatabase({ url, PrismaClient, log }: OpenDatabaseOptions): Promise<Database> {
  const provider = providerForUrl(url)
  const client = await connect(provider, url, PrismaClient, log)
  if (provider !== 'sqlite') return { provider, client, reader: client, close: () => client.$disconnect() }
  const reader = await connect(provider, url, PrismaClient, log).catch(async (error: unknown) => {
    await client.$disconnect().catch(() => undefined)
    throw error
  })
  return {
    provider,
    client,
    reader,
    close: async () => {
      await Promise.all([client.$disconnect(), reader.$disconnect()])
    },
  }
}

async function connect(provider: Provider, url: string, PrismaClient: PrismaClientConstructor, log: unknown): Promise<PrismaClientLike> {
  const adapter =
    provider === 'sqlite'
      ? // SQLite's LIKE has no escape character unless the SQL names one, which Prisma never
        // does; the replaced like() makes `%` and `_` in search text match literally.
        withSqliteLike(new PrismaBetterSqlite3({ url: `file:${sqliteFileForUrl(url)}` }))
      : new PrismaPg({ connectionString: url }, postgresSchemaOption(url))
  // Generated classes type their options precisely, so they do not fit one shared constructor
  // type; this is the one place that constructs them.
  const Client = PrismaClient as unknown as new (options: { adapter: unknown; log?: unknown }) => PrismaClientLike
  const client = new Client(log === undefined ? { adapter } : { adapter, log })
  try {
    if (provider === 'sqlite') {
      // `journal_mode` answers with a row, so every pragma goes through the query path.
      for (const pragma of SQLITE_PRAGMAS) await client.$queryRawUnsafe(`PRAGMA ${pragma}`)
    } else {
      await client.$queryRawUnsafe('SELECT 1')
    }
  } catch (error) {
    await client.$disconnect().catch(() => undefined)
    throw new Error(`Cannot open the ${provider} database: ${(error as Error).message}`, { cause: error })
  }
  return client
}

/** `?schema=name` selects a PostgreSQL schema, as in Prisma's own URLs. */
function postgresSchemaOption(url: string): { schema: string } | undefined {
  const schema = new URL(url).searchParams.get('schema')
  return schema ? { schema } : undefined
}
