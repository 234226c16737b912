// Prisma's schema engine, the WASM build published as @prisma/schema-engine-wasm at the exact
// engine build of the installed Prisma (see package.json), run in this process with a driver
// adapter. This is how the Prisma 7 CLI itself runs it in `engine: 'js'` mode; the CLI cannot be
// used because it downloads a native engine first.
import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3'
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils'
import type { SchemaEngine } from '@prisma/schema-engine-wasm/schema_engine_bg'
import type { Provider } from '../database/types.ts'
import { offlinePostgresAdapter } from './offline-postgres-adapter.ts'

const require = createRequire(import.meta.url)

export type { SchemaEngine }

// Node has WebAssembly as a global, but this project's TypeScript libs (ES2022, no DOM) do not
// declare it; the two calls used are typed here.
interface WasmInstance {
  exports: Record<string, unknown>
}
const { WebAssembly: wasm } = globalThis as unknown as {
  WebAssembly: {
    compile(bytes: Uint8Array): Promise<object>
    instantiate(module: object, imports: Record<string, object>): Promise<WasmInstance>
  }
}

let engineClass: Promise<typeof SchemaEngine> | undefined

/**
 * The package's own entry imports the .wasm file as an ES module, which Node 20 cannot do; so
 * the module is compiled here and handed to the generated bindings, as wasm-bindgen's "bundler"
 * output expects. Once per process: the module is ~10 MB.
 */
function loadEngineClass(): Promise<typeof SchemaEngine> {
  engineClass ??= (async () => {
    const bindingsPath = require.resolve('@prisma/schema-engine-wasm/schema_engine_bg')
    const bindings = (await import('@prisma/schema-engine-wasm/schema_engine_bg')) as typeof import('@prisma/schema-engine-wasm/schema_engine_bg')
    const module = await wasm.compile(await readFile(bindingsPath.replace(/\.js$/, '.wasm')))
    const instance = await wasm.instantiate(module, { './schema_engine_bg.js': bindings })
    bindings.__wbg_set_wasm(instance.exports)
    ;(instance.exports.__wbindgen_start as () => void)()
    return bindings.SchemaEngine
  })()
  return engineClass
}

/**
 * Runs `work` with a schema engine for `provider`. The engine connects through the adapter
 * before anything else: SQLite gets an in-memory database, PostgreSQL an adapter that answers
 * only the version probe (offline-postgres-adapter.ts), so no server is needed.
 */
export async function withSchemaEngine<T>(provider: Provider, work: (engine: SchemaEngine) => Promise<T>): Promise<T> {
  const Engine = await loadEngineClass()
  const factory = provider === 'sqlite' ? new PrismaBetterSqlite3({ url: ':memory:' }) : offlinePostgresAdapter()
  const logs: string[] = []
  const engine = await Engine.new({ datamodels: undefined }, (line: string) => logs.push(line), bindMigrationAwareSqlAdapterFactory(factory))
  try {
    return await work(engine)
  } finally {
    engine.free()
  }
}
