// SQLite's built-in LIKE knows no escape character unless the SQL says `ESCAPE`, which Prisma
// never emits, and it folds case for ASCII only. SQLite lets an application replace `like()`;
// this one treats `\` as the escape character (as PostgreSQL does, see like-pattern.ts) and
// folds case with JavaScript's Unicode rules, so `contains` behaves the same on both providers:
// "ä" matches "Ä" on SQLite too. Limits: case folding is simple one-to-one folding (`ß` does not
// match `SS`, also true of PostgreSQL's ILIKE); a replaced LIKE cannot use an index, which
// `%…%` patterns never could anyway.
//
// The function must be installed on every connection the Prisma client uses: wrap the driver
// adapter factory with `withSqliteLike(new PrismaBetterSqlite3({ url }))`.

/** The slice of a better-sqlite3 `Database` needed to register a function. */
export interface SqliteFunctionHost {
  function(name: string, options: { deterministic: boolean }, fn: (...args: unknown[]) => unknown): unknown
}

const compiled = new Map<string, RegExp>()
const CACHE_LIMIT = 500

function patternToRegExp(pattern: string): RegExp {
  const cached = compiled.get(pattern)
  if (cached) return cached
  let source = ''
  for (let index = 0; index < pattern.length; index++) {
    const char = pattern[index]!
    if (char === '\\' && index + 1 < pattern.length) source += escapeRegExp(pattern[++index]!)
    else if (char === '%') source += '[\\s\\S]*'
    else if (char === '_') source += '[\\s\\S]'
    else source += escapeRegExp(char)
  }
  const regExp = new RegExp(`^${source}$`, 'iu')
  if (compiled.size >= CACHE_LIMIT) compiled.clear()
  compiled.set(pattern, regExp)
  return regExp
}

function escapeRegExp(char: string): string {
  return /[.*+?^${}()|[\]\\/]/.test(char) ? `\\${char}` : char
}

/** `value LIKE pattern` with `\` as escape character; SQL NULL in → NULL out. */
export function sqliteLike(pattern: unknown, value: unknown): 0 | 1 | null {
  if (pattern === null || pattern === undefined || value === null || value === undefined) return null
  return patternToRegExp(String(pattern)).test(String(value)) ? 1 : 0
}

export function installSqliteLike(db: SqliteFunctionHost): void {
  db.function('like', { deterministic: true }, (pattern, value) => sqliteLike(pattern, value))
}

interface AdapterFactory {
  connect(): Promise<unknown>
  connectToShadowDb?(): Promise<unknown>
}

/**
 * Installs `like()` on each connection the factory opens. The adapter keeps its better-sqlite3
 * handle in a `client` property that its typings do not declare (adapter 7.10.0); if that ever
 * changes this throws at connect time instead of silently matching wildcards.
 */
export function withSqliteLike<TFactory extends AdapterFactory>(factory: TFactory): TFactory {
  const install = (adapter: unknown): unknown => {
    const client = (adapter as { client?: Partial<SqliteFunctionHost> }).client
    if (typeof client?.function !== 'function') throw new Error('withSqliteLike: the SQLite driver adapter exposes no better-sqlite3 client')
    installSqliteLike(client as SqliteFunctionHost)
    return adapter
  }
  const connect = factory.connect.bind(factory)
  factory.connect = (async () => install(await connect())) as TFactory['connect']
  const connectToShadowDb = factory.connectToShadowDb?.bind(factory)
  if (connectToShadowDb) factory.connectToShadowDb = (async () => install(await connectToShadowDb())) as TFactory['connectToShadowDb']
  return factory
}
