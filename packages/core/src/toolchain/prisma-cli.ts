// Runs the Prisma 6.19 CLI offline. Each call gets a scratch directory holding a generated
// prisma.config.ts (the CLI only runs in WASM mode with a driver adapter configured there), so
// callers never deal with Prisma's config files, engines or environment quirks.
import { spawn } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Provider } from '../database/types.ts'

const require = createRequire(import.meta.url)
const CLI_ENTRY = require.resolve('prisma/build/index.js')
const OFFLINE_POSTGRES_ADAPTER = fileURLToPath(new URL('./offline-postgres-adapter.ts', import.meta.url))

export interface PrismaCli {
  /** A scratch directory for input and output files; removed after the call. */
  dir: string
  /** Runs `prisma <args>` and returns its combined output; throws with that output on failure. */
  run(args: string[]): Promise<string>
}

/** The installed Prisma version; part of every cache key derived from generated code. */
export function prismaVersion(): string {
  return (require('prisma/package.json') as { version: string }).version
}

export async function withPrismaCli<T>(provider: Provider, work: (cli: PrismaCli) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), 'quire-prisma-'))
  try {
    const configPath = join(dir, 'prisma.config.ts')
    await writeFile(configPath, prismaConfigSource(provider))
    // With this set to any existing file the CLI skips its attempt to download a native query
    // engine. That download is what an invalid schema otherwise triggers (Prisma falls back to
    // the "library" engine when it cannot read the generator block), which buries the real
    // validation errors under a network error after ~3 s of retries.
    const engineStub = join(dir, 'no-native-engine.so.node')
    await writeFile(engineStub, '')
    return await work({ dir, run: (args) => spawnCli([...args, '--config', configPath], engineStub) })
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

function prismaConfigSource(provider: Provider): string {
  const adapter =
    provider === 'sqlite'
      ? `import { PrismaBetterSQLite3 } from ${JSON.stringify(require.resolve('@prisma/adapter-better-sqlite3'))}\n` +
        `const adapter = () => new PrismaBetterSQLite3({ url: ':memory:' })\n`
      : `import { offlinePostgresAdapter } from ${JSON.stringify(OFFLINE_POSTGRES_ADAPTER)}\n` +
        `const adapter = offlinePostgresAdapter\n`
  return (
    `import { defineConfig } from ${JSON.stringify(require.resolve('prisma/config'))}\n` +
    adapter +
    `export default defineConfig({ experimental: { adapter: true }, engine: 'js', async adapter() { return adapter() as never } })\n`
  )
}

function spawnCli(args: string[], engineStub: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI_ENTRY, ...args], {
      env: {
        ...process.env,
        CHECKPOINT_DISABLE: '1', // no call home to checkpoint.prisma.io
        PRISMA_HIDE_UPDATE_MESSAGE: '1',
        PRISMA_QUERY_ENGINE_LIBRARY: engineStub,
        NO_COLOR: '1',
        FORCE_COLOR: '0',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.on('error', reject)
    child.on('close', (code) => {
      if (code === 0) resolve(output)
      else reject(new Error(`prisma ${args.slice(0, 2).join(' ')} failed (exit ${code}):\n${stripAnsi(output).trim()}`))
    })
  })
}

function stripAnsi(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\u001b\[[0-9;]*m/g, '')
}
