// The printed schemas must be valid Prisma: generate a client from each (~1 s per provider).
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import type { Provider } from '../database/types.ts'
import { buildStorageSchema } from '../storage/storage-model.ts'
import { generateClient } from '../toolchain/generate-client.ts'
import { printPrismaSchema } from './print-prisma-schema.ts'
import { printerTestConfig } from './print-prisma-schema.test-config.ts'

const dirs: string[] = []
afterAll(async () => {
  await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })))
})

describe.each<Provider>(['sqlite', 'postgresql'])('the printed %s schema', (provider) => {
  it('generates a Prisma client with one model file per storage model', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'quire-printer-'))
    dirs.push(dir)
    const schema = buildStorageSchema(printerTestConfig)
    const schemaPath = join(dir, 'schema.prisma')
    await writeFile(schemaPath, printPrismaSchema(schema, { provider, output: './client' }))
    await generateClient({ schemaPath, provider })
    const modelFiles = (await readdir(join(dir, 'client', 'models'))).sort()
    expect(modelFiles).toEqual(schema.models.map((model) => `${model.name}.ts`).sort())
  })
})
