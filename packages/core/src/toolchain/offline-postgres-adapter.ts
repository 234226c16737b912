// A PostgreSQL driver adapter that needs no server, for the schema engine only.
//
// A diff between two schema files never reads a database, yet the WASM schema engine connects
// through its adapter and asks the server for its version before it diffs. This adapter answers
// exactly that probe, so creating PostgreSQL migrations (and the from-empty script of a test
// database) works on a machine with no PostgreSQL running. Any other query fails loudly, so a
// Prisma upgrade that needs more shows up as a clear error here.
import {
  ColumnTypeEnum,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
  type SqlQuery,
  type SqlResultSet,
  type Transaction,
} from '@prisma/driver-adapter-utils'

/** The server version the diff is computed for (PostgreSQL 15, what CI runs). */
const SERVER_VERSION_NUM = 150000
const SERVER_VERSION = 'PostgreSQL 15.0 (offline, Quire migration diff)'

function offline(what: string): never {
  throw new Error(`The offline PostgreSQL adapter cannot run ${what}; only schema-to-schema diffs work without a server.`)
}

const connection: SqlDriverAdapter = {
  provider: 'postgres',
  adapterName: '@prisma/adapter-pg',
  getConnectionInfo: () => ({ supportsRelationJoins: true }),
  async queryRaw(query: SqlQuery): Promise<SqlResultSet> {
    if (!/version\(\)/.test(query.sql)) offline(`"${query.sql}"`)
    return {
      columnNames: ['exists', 'version', 'numeric_version'],
      columnTypes: [ColumnTypeEnum.Boolean, ColumnTypeEnum.Text, ColumnTypeEnum.Int32],
      rows: [[true, SERVER_VERSION, SERVER_VERSION_NUM]],
    }
  },
  async executeRaw(query: SqlQuery): Promise<number> {
    return offline(`"${query.sql}"`)
  },
  async executeScript(): Promise<void> {
    offline('a script')
  },
  async startTransaction(): Promise<Transaction> {
    return offline('a transaction')
  },
  async dispose(): Promise<void> {},
}

/** Stands in for `new PrismaPg(...)` when the schema engine only diffs schema files. */
export function offlinePostgresAdapter(): SqlMigrationAwareDriverAdapterFactory {
  return {
    provider: 'postgres',
    adapterName: '@prisma/adapter-pg',
    connect: async () => connection,
    connectToShadowDb: async () => connection,
  }
}
