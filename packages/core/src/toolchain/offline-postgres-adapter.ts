// A PostgreSQL driver adapter that needs no server, for the Prisma CLI only.
//
// `prisma migrate diff` between two schema files never reads a database, yet in WASM mode the
// CLI connects through the configured adapter and asks the server for its version before it
// diffs. This adapter answers exactly that probe, so creating PostgreSQL migrations (and the
// from-empty script of a test database) works on a machine with no PostgreSQL running. Any other
// query fails loudly, so a Prisma upgrade that needs more shows up as a clear error here.

/** The server version the diff is computed for (PostgreSQL 15, what CI runs). */
const SERVER_VERSION_NUM = 150000
const SERVER_VERSION = 'PostgreSQL 15.0 (offline, Quire migration diff)'

// Column type codes of @prisma/driver-adapter-utils' ColumnTypeEnum.
const INT32 = 0
const BOOLEAN = 5
const TEXT = 7

interface SqlQuery {
  sql: string
  args: unknown[]
}

function offline(what: string): never {
  throw new Error(`The offline PostgreSQL adapter cannot run ${what}; only schema-to-schema diffs work without a server.`)
}

const connection = {
  provider: 'postgres',
  adapterName: '@prisma/adapter-pg',
  getConnectionInfo: () => ({ supportsRelationJoins: true }),
  async queryRaw(query: SqlQuery) {
    if (!/version\(\)/.test(query.sql)) offline(`"${query.sql}"`)
    return {
      columnNames: ['exists', 'version', 'numeric_version'],
      columnTypes: [BOOLEAN, TEXT, INT32],
      rows: [[true, SERVER_VERSION, SERVER_VERSION_NUM]],
    }
  },
  async executeRaw(query: SqlQuery): Promise<number> {
    return offline(`"${query.sql}"`)
  },
  async executeScript(): Promise<void> {
    offline('a script')
  },
  async startTransaction(): Promise<never> {
    return offline('a transaction')
  },
  async dispose(): Promise<void> {},
}

/** Stands in for `new PrismaPg(...)` in a generated prisma.config.ts. */
export function offlinePostgresAdapter() {
  return {
    provider: 'postgres' as const,
    adapterName: '@prisma/adapter-pg',
    connect: async () => connection,
    connectToShadowDb: async () => connection,
  }
}
