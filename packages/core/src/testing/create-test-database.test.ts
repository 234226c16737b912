import { existsSync } from 'node:fs'
import { afterEach, describe, expect, it } from 'vitest'
import { buildConfig } from '../config/build-config.ts'
import { delegateFor } from '../database/types.ts'
import { ORDER_COLUMN } from '../storage/names.ts'
import { openPostgres, sqliteFileForUrl } from '../toolchain/raw-drivers.ts'
import { createTestDatabase, type TestDatabase } from './create-test-database.ts'
import { testProviders } from './test-providers.ts'

const config = buildConfig({
  secret: 'harness-test-secret-of-at-least-32-chars',
  db: { url: 'file:./unused.db' },
  collections: [
    {
      slug: 'posts',
      fields: [
        { name: 'title', type: 'text' },
        { name: 'flavours', type: 'select', hasMany: true, options: ['sweet', 'sour'] },
      ],
    },
  ],
})

async function databaseExists(db: TestDatabase): Promise<boolean> {
  if (db.db.provider === 'sqlite') return existsSync(sqliteFileForUrl(db.url))
  const name = new URL(db.url).pathname.slice(1)
  const admin = await openPostgres(process.env.TEST_POSTGRES_URL!)
  try {
    const result = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])
    return result.rowCount === 1
  } finally {
    await admin.end()
  }
}

describe.each(testProviders())('createTestDatabase on %s', (provider) => {
  const open: TestDatabase[] = []
  afterEach(async () => {
    await Promise.all(open.splice(0).map((db) => db.cleanup()))
  })

  it('creates every table and round-trips a document through the Prisma client', async () => {
    const test = await createTestDatabase({ config, provider })
    open.push(test)
    expect(test.db.provider).toBe(provider)
    const posts = delegateFor(test.db.client, 'posts')
    const created = await posts.create({
      data: { title: 'Hello', flavours: { create: [{ [ORDER_COLUMN]: 0, value: 'sour' }, { [ORDER_COLUMN]: 1, value: 'sweet' }] } },
    })
    const found = await posts.findUnique({
      where: { id: created.id },
      select: { title: true, flavours: { select: { value: true }, orderBy: { [ORDER_COLUMN]: 'asc' } } },
    })
    expect(found).toEqual({ title: 'Hello', flavours: [{ value: 'sour' }, { value: 'sweet' }] })
  })

  it('gives every call its own database, and cleanup deletes it', async () => {
    const first = await createTestDatabase({ config, provider })
    const second = await createTestDatabase({ config, provider })
    open.push(first, second)
    expect(first.url).not.toBe(second.url)
    await delegateFor(first.db.client, 'posts').create({ data: { title: 'only in the first' } })
    expect(await delegateFor(first.db.client, 'posts').count({})).toBe(1)
    expect(await delegateFor(second.db.client, 'posts').count({})).toBe(0)

    expect(await databaseExists(first)).toBe(true)
    await first.cleanup()
    expect(await databaseExists(first)).toBe(false)
    expect(await databaseExists(second)).toBe(true)
  })
})
