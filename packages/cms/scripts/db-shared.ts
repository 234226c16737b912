// What the db:* scripts share: where things live, loading the config, and the schema text
// the config implies for each provider.
import { readFile } from 'node:fs/promises'
import { join, relative, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { ParseArgsConfig } from 'node:util'
import { printTypes, type SanitizedConfig } from '@quire/core'
import { prismaSchemaForConfig, type Provider } from '@quire/core/toolchain'

export const PROVIDERS: readonly Provider[] = ['sqlite', 'postgresql']

const REPO_ROOT = resolve(import.meta.dirname, '../../..')
const DEFAULT_CONFIG = resolve(import.meta.dirname, '../src/config.ts')

/** Options every db:* script accepts; spread into its own `parseArgs` options. */
export const COMMON_OPTIONS = {
  /** Another config module (default packages/cms/src/config.ts). */
  config: { type: 'string' },
  /** Another repository root to read and write prisma/ under (default this repo). */
  root: { type: 'string' },
} as const satisfies ParseArgsConfig['options']

export interface DbPaths {
  root: string
  configPath: string
  prismaDir: string
  migrationsDir: string
}

export function dbPaths(options: { root?: string; config?: string }): DbPaths {
  const root = resolve(options.root ?? REPO_ROOT)
  return {
    root,
    configPath: resolve(options.config ?? DEFAULT_CONFIG),
    prismaDir: join(root, 'prisma'),
    migrationsDir: join(root, 'prisma', 'migrations'),
  }
}

export function schemaFile(paths: DbPaths, provider: Provider): string {
  return join(paths.prismaDir, `schema.${provider}.prisma`)
}

/** The generator output as written in the schema file: relative to prisma/. */
export function clientOutput(provider: Provider): string {
  return `../packages/cms/generated/${provider}`
}

export async function loadConfig(configPath: string): Promise<SanitizedConfig> {
  const module = (await import(pathToFileURL(configPath).href)) as { default?: SanitizedConfig }
  const config = module.default
  if (!config || config.sanitized !== true) {
    throw new Error(`${configPath} must \`export default buildConfig({ … })\``)
  }
  return config
}

/** The generated document types the Local API is typed with (committed, like the schemas). */
export function typesFile(paths: DbPaths): string {
  return join(paths.root, 'packages', 'cms', 'src', 'quire-types.ts')
}

export function expectedTypes(config: SanitizedConfig): string {
  return printTypes(config)
}

export function expectedSchema(config: SanitizedConfig, provider: Provider): string {
  return prismaSchemaForConfig(config, { provider, output: clientOutput(provider) })
}

/** Every generated file (schemas and types) with the text the config implies. */
export function generatedFiles(paths: DbPaths, config: SanitizedConfig): { file: string; text: string }[] {
  return [
    ...PROVIDERS.map((provider) => ({ file: schemaFile(paths, provider), text: expectedSchema(config, provider) })),
    { file: typesFile(paths), text: expectedTypes(config) },
  ]
}

/** The committed generated files that do not match the config (missing or different). */
export async function staleSchemaFiles(paths: DbPaths, config: SanitizedConfig): Promise<string[]> {
  const stale: string[] = []
  for (const { file, text } of generatedFiles(paths, config)) {
    const committed = await readFile(file, 'utf8').catch(() => null)
    if (committed !== text) stale.push(display(paths, file))
  }
  return stale
}

export function display(paths: DbPaths, file: string): string {
  return relative(paths.root, file) || file
}

/** Runs a script's main, turning any error into one readable line and exit code 1. */
export function runScript(main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    console.error(`✗ ${error instanceof Error ? error.message : String(error)}`)
    process.exitCode = 1
  })
}
