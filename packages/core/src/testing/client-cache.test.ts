import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, expect, it } from 'vitest'
import { prismaSchemaForConfig } from '../toolchain/schema-for-config.ts'
import { buildCachedClient } from './client-cache.ts'

let root: string | undefined
afterAll(async () => {
  if (root) await rm(root, { recursive: true, force: true })
})

it('survives two workers building the same entry at once: one complete folder, no leftovers', async () => {
  root = await mkdtemp(join(tmpdir(), 'quire-cache-test-'))
  const config = { collections: [{ slug: 'notes', fields: [{ name: 'text', type: 'text' as const }], timestamps: true, defaultSort: '-createdAt' as const }], globals: [] }
  const schema = prismaSchemaForConfig(config, { provider: 'sqlite', output: './client' })
  const dir = join(root, 'entry-sqlite')
  await Promise.all([buildCachedClient(dir, 'sqlite', schema), buildCachedClient(dir, 'sqlite', schema)])
  expect(await readdir(root)).toEqual(['entry-sqlite'])
  expect((await readdir(dir)).sort()).toEqual(['client', 'from-empty.sql', 'schema.prisma'])
  expect(await readFile(join(dir, 'from-empty.sql'), 'utf8')).toContain('CREATE TABLE "notes"')
  expect(await readdir(join(dir, 'client'))).toContain('client.ts')
})
