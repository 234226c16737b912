// Generates a Prisma client from a schema file. Where it lands is the schema's generator
// `output` (relative to the schema file), so committed schemas stay the single source of truth.
//
// The Prisma 7 CLI cannot run offline (it downloads a native schema engine before any
// command), so this drives the same generator the CLI would run, `prisma-client` from
// @prisma/client-generator-ts, through @prisma/internals, in this process. Both are CommonJS
// packages whose ESM entry points do not load under Node's named-import rules, hence require().
import { createRequire } from 'node:module'
import type { Provider } from '../database/types.ts'

const require = createRequire(import.meta.url)

export interface GenerateClientOptions {
  /** Absolute path of the schema file to generate from. */
  schemaPath: string
  /** Checked against the schema's datasource, so a client is never generated for the wrong database. */
  provider: Provider
}

// The slice of @prisma/internals used here, typed once at this boundary.
interface SchemaContext {
  primaryDatasource: { activeProvider: string } | undefined
}
interface LoadedGenerator {
  generate(): Promise<void>
  stop(): void
}
interface PrismaInternals {
  loadSchemaContext(options: { schemaPath: { cliProvidedPath: string }; printLoadMessage: boolean }): Promise<SchemaContext>
  getGenerators(options: {
    schemaContext: SchemaContext
    registry: Record<string, { type: 'in-process'; generator: unknown }>
    skipDownload: boolean
    cliCommand: string
  }): Promise<LoadedGenerator[]>
}

export async function generateClient({ schemaPath, provider }: GenerateClientOptions): Promise<void> {
  const internals = require('@prisma/internals') as PrismaInternals
  const { PrismaClientTsGenerator } = require('@prisma/client-generator-ts') as { PrismaClientTsGenerator: new () => unknown }
  const schemaContext = await internals.loadSchemaContext({ schemaPath: { cliProvidedPath: schemaPath }, printLoadMessage: false })
  const declared = schemaContext.primaryDatasource?.activeProvider
  if (declared !== provider) throw new Error(`${schemaPath} declares the "${declared}" provider, not "${provider}"`)
  const generators = await internals.getGenerators({
    schemaContext,
    // Only the generator Quire's schemas name; any other provider fails with Prisma's own message.
    registry: { 'prisma-client': { type: 'in-process', generator: new PrismaClientTsGenerator() } },
    skipDownload: true, // nothing to download: the client runs on the WASM query compiler
    cliCommand: 'generate',
  })
  try {
    for (const generator of generators) await generator.generate()
  } finally {
    for (const generator of generators) generator.stop()
  }
}
