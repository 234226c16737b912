// Generated Prisma clients for test configs, cached on disk by schema hash so only the first
// test run after a config change pays for generating the client and the from-empty diff. Lives under packages/core/node_modules so the generated code resolves @prisma/client
// from any package's tests.
import { createHash, randomBytes } from 'node:crypto'
import { access, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { PrismaClientConstructor, Provider } from '../database/types.ts'
import { diffSchemas } from '../toolchain/diff-schemas.ts'
import { generateClient } from '../toolchain/generate-client.ts'
import { prismaVersion } from '../toolchain/prisma-version.ts'
import { prismaSchemaForConfig, type SchemaSource } from '../toolchain/schema-for-config.ts'

export const CLIENT_CACHE_ROOT = fileURLToPath(new URL('../../node_modules/.cache/quire/', import.meta.url))

export interface CachedClient {
  dir: string
  PrismaClient: PrismaClientConstructor
  /** The SQL that creates every table of the schema in an empty database. */
  fromEmptySql: string
}

// Per process: vitest runs each test file in a fork, and a fork may create many databases.
const loading = new Map<string, Promise<CachedClient>>()

export function cachedClient(config: SchemaSource, provider: Provider): Promise<CachedClient> {
  const schema = prismaSchemaForConfig(config, { provider, output: './client' })
  const hash = createHash('sha256').update(`${prismaVersion()}\n${schema}`).digest('hex').slice(0, 16)
  const dir = join(CLIENT_CACHE_ROOT, `${hash}-${provider}`)
  let cached = loading.get(dir)
  if (!cached) {
    cached = load(dir, provider, schema)
    loading.set(dir, cached)
    cached.catch(() => loading.delete(dir))
  }
  return cached
}

async function load(dir: string, provider: Provider, schema: string): Promise<CachedClient> {
  if (!(await exists(dir))) await buildCachedClient(dir, provider, schema)
  const fromEmptySql = await readFile(join(dir, 'from-empty.sql'), 'utf8')
  const module = (await import(/* @vite-ignore */ join(dir, 'client', 'client.ts'))) as { PrismaClient: PrismaClientConstructor }
  return { dir, PrismaClient: module.PrismaClient, fromEmptySql }
}

/**
 * Builds into a private sibling folder and renames it into place: the rename is atomic, so
 * parallel workers racing on one hash never see a half-written client, and the loser of the
 * race just drops its copy.
 */
export async function buildCachedClient(dir: string, provider: Provider, schema: string): Promise<void> {
  const staging = `${dir}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`
  await mkdir(staging, { recursive: true })
  try {
    const schemaPath = join(staging, 'schema.prisma')
    await writeFile(schemaPath, schema)
    // allSettled: when one step fails, still wait for the other, so nothing is left writing
    // into a folder that is about to be removed.
    const [generated, diffed] = await Promise.allSettled([generateClient({ schemaPath, provider }), diffSchemas({ provider, from: null, to: schema })])
    if (generated.status === 'rejected') throw generated.reason
    if (diffed.status === 'rejected') throw diffed.reason
    await writeFile(join(staging, 'from-empty.sql'), diffed.value)
    await rename(staging, dir)
  } catch (error) {
    await rm(staging, { recursive: true, force: true })
    if (await exists(dir)) return
    throw error
  }
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  )
}
