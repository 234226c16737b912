// The slice of a generated Prisma client that core uses. Core is generic over the content
// model, so it reaches models by name through `delegateFor` instead of typed properties.
export type Provider = 'sqlite' | 'postgresql'

export type Row = Record<string, unknown>

export interface ModelDelegate {
  findMany(args: object): Promise<Row[]>
  findFirst(args: object): Promise<Row | null>
  findUnique(args: object): Promise<Row | null>
  count(args: object): Promise<number>
  create(args: object): Promise<Row>
  createMany(args: object): Promise<{ count: number }>
  update(args: object): Promise<Row>
  updateMany(args: object): Promise<{ count: number }>
  updateManyAndReturn(args: object): Promise<Row[]>
  delete(args: object): Promise<Row>
  deleteMany(args: object): Promise<{ count: number }>
}

/** A client or an interactive-transaction client: both can run queries. */
export interface QueryClient {
  $executeRawUnsafe(sql: string, ...values: unknown[]): Promise<number>
  $queryRawUnsafe<T = unknown>(sql: string, ...values: unknown[]): Promise<T>
}

export interface TransactionOptions {
  maxWait?: number
  timeout?: number
  isolationLevel?: string
}

export interface PrismaClientLike extends QueryClient {
  $transaction<T>(fn: (tx: QueryClient) => Promise<T>, options?: TransactionOptions): Promise<T>
  $disconnect(): Promise<void>
}

/**
 * A constructor exported by a generated client (`new PrismaClient({ adapter })`). Generated
 * classes type their options precisely, so the shared type only promises "constructible";
 * `openDatabase` is the one place that calls it.
 */
export type PrismaClientConstructor = new (options: never) => unknown

/** An open database: the client plus what core needs to know about it. */
export interface Database {
  provider: Provider
  /** Writes and transactions. */
  client: PrismaClientLike
  /**
   * Reads outside a transaction. On SQLite this is a second connection: the driver adapter has
   * one connection per client, so reading through the writer would see another call's
   * uncommitted writes; in WAL mode a separate connection sees only committed data and never
   * blocks the writer. On PostgreSQL it is the same pooled client.
   */
  reader: PrismaClientLike
  close(): Promise<void>
}

export function delegateFor(client: QueryClient, delegate: string): ModelDelegate {
  const found = (client as unknown as Record<string, ModelDelegate | undefined>)[delegate]
  if (!found) throw new Error(`The Prisma client has no model "${delegate}"; regenerate it (pnpm db:generate).`)
  return found
}

export function providerForUrl(url: string): Provider {
  if (url.startsWith('file:')) return 'sqlite'
  if (url.startsWith('postgres://') || url.startsWith('postgresql://')) return 'postgresql'
  throw new Error(`DATABASE_URL must start with "file:" (SQLite) or "postgres://" (PostgreSQL); got "${url.split(':')[0]}:…"`)
}
