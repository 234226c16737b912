import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildConfig } from '../config/build-config.ts'
import { ORDER_COLUMN, PARENT_COLUMN } from '../storage/names.ts'
import { sqliteFileForUrl } from '../toolchain/raw-drivers.ts'
import { cachedClient } from '../testing/client-cache.ts'
import { createTestDatabase, type TestDatabase } from '../testing/create-test-database.ts'
import { openDatabase } from './open-database.ts'
import { delegateFor } from './types.ts'

const config = buildConfig({
  secret: 'open-db-test-secret-of-at-least-32-chars',
  db: { url: 'file:./unused.db' },
  collections: [{ slug: 'notes', fields: [{ name: 'text', type: 'text' }, { name: 'labels', type: 'select', hasMany: true, options: ['a'] }] }],
})

describe('openDatabase on SQLite', () => {
  let test: TestDatabase
  beforeAll(async () => {
    test = await createTestDatabase({ config, provider: 'sqlite' })
  })
  afterAll(() => test.cleanup())

  it('turns on WAL, foreign keys and a busy timeout on the connection Prisma uses', async () => {
    // A brand-new file: WAL persists in the file, so one made by the harness would prove nothing.
    const { PrismaClient } = await cachedClient(config, 'sqlite')
    const db = await openDatabase({ url: `file:${join(sqliteFileForUrl(test.url), '..', 'fresh.db')}`, PrismaClient })
    try {
      expect(await db.client.$queryRawUnsafe('PRAGMA journal_mode')).toEqual([{ journal_mode: 'wal' }])
      // The adapter reads integers as BigInt.
      expect(await db.client.$queryRawUnsafe('PRAGMA foreign_keys')).toEqual([{ foreign_keys: 1n }])
      expect(await db.client.$queryRawUnsafe('PRAGMA busy_timeout')).toEqual([{ timeout: 5000n }])
    } finally {
      await db.close()
    }
  })

  it('enforces foreign keys through Prisma: a row pointing at a missing owner is rejected', async () => {
    const orphan = delegateFor(test.db.client, 'notes_labels').create({ data: { [PARENT_COLUMN]: 999, [ORDER_COLUMN]: 0, value: 'a' } })
    await expect(orphan).rejects.toThrow(/Foreign key constraint/i)
  })

  it('resolves a relative file: URL against the working directory', async () => {
    const { PrismaClient } = await cachedClient(config, 'sqlite')
    const file = sqliteFileForUrl(test.url)
    const directory = join(file, '..')
    const previous = process.cwd()
    process.chdir(directory)
    try {
      const db = await openDatabase({ url: 'file:./test.db', PrismaClient })
      try {
        await delegateFor(test.db.client, 'notes').create({ data: { text: 'written through the first client' } })
        expect(await delegateFor(db.client, 'notes').count({ where: { text: 'written through the first client' } })).toBe(1)
      } finally {
        await db.close()
      }
    } finally {
      process.chdir(previous)
    }
  })

  it('fails with the provider named when the file cannot be opened', async () => {
    const { PrismaClient } = await cachedClient(config, 'sqlite')
    const missing = join(sqliteFileForUrl(test.url), '..', 'no-such-dir', 'x.db')
    await expect(openDatabase({ url: `file:${missing}`, PrismaClient })).rejects.toThrow(/sqlite|unable to open|directory does not exist/i)
  })
})

describe.runIf(process.env.TEST_POSTGRES_URL)('openDatabase on PostgreSQL', () => {
  let test: TestDatabase
  beforeAll(async () => {
    test = await createTestDatabase({ config, provider: 'postgresql' })
  })
  afterAll(() => test.cleanup())

  it('connects through the pg adapter', async () => {
    expect(test.db.provider).toBe('postgresql')
    expect(await test.db.client.$queryRawUnsafe('SELECT current_database()::text AS name')).toEqual([{ name: new URL(test.url).pathname.slice(1) }])
  })
})
