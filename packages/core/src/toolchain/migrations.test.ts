// The database toolchain end to end on each provider: snapshot diffs on disk (Prisma's WASM
// schema engine), applied with the raw drivers, and a client generated (Prisma's generator, in
// process) that reads and writes the migrated database. Prisma's internal packages are pinned
// exactly; these tests are what proves the pinned set still works offline.
import { randomBytes } from 'node:crypto'
import { appendFile, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Field } from '../config/fields.ts'
import { openDatabase } from '../database/open-database.ts'
import { delegateFor, type PrismaClientConstructor, type Provider } from '../database/types.ts'
import { CLIENT_CACHE_ROOT } from '../testing/client-cache.ts'
import { ORDER_COLUMN as O, PARENT_COLUMN as P } from '../storage/names.ts'
import { testProviders } from '../testing/test-providers.ts'
import { applyMigrations, MIGRATIONS_TABLE } from './apply-migrations.ts'
import { generateClient } from './generate-client.ts'
import { createMigration, listMigrations } from './migrations.ts'
import { openPostgres, openSqlite, sqliteFileForUrl } from './raw-drivers.ts'
import { prismaSchemaForConfig } from './schema-for-config.ts'

function schemaWith(provider: Provider, fields: Field[], output = './client'): string {
  const collections = [{ slug: 'posts', fields, timestamps: true, defaultSort: '-createdAt' as const }]
  return prismaSchemaForConfig({ collections, globals: [] }, { provider, output })
}
const links: Field = { name: 'links', type: 'array', fields: [{ name: 'label', type: 'text' }] }
const v1: Field[] = [{ name: 'title', type: 'text' }]
const v2: Field[] = [...v1, { name: 'views', type: 'text' }, links]
// Changing a column's type makes Prisma rebuild the SQLite table (DROP + RENAME) under its children.
const v3: Field[] = [...v1, { name: 'views', type: 'number' }, links]

const at = (minute: number) => new Date(Date.UTC(2025, 0, 1, 0, minute, 0))

interface ScratchDatabase {
  url: string
  rows(sql: string): Promise<unknown[]>
  drop(): Promise<void>
}

async function scratchDatabase(provider: Provider, dir: string): Promise<ScratchDatabase> {
  if (provider === 'sqlite') {
    const url = `file:${join(dir, 'app.db')}`
    return {
      url,
      async rows(sql) {
        const db = openSqlite(sqliteFileForUrl(url))
        try {
          const statement = db.prepare(sql)
          if (statement.reader) return statement.all()
          statement.run()
          return []
        } finally {
          db.close()
        }
      },
      drop: async () => undefined,
    }
  }
  const server = process.env.TEST_POSTGRES_URL!
  const name = `quire_t_${randomBytes(6).toString('hex')}`
  const onServer = async (sql: string) => {
    const admin = await openPostgres(server)
    await admin.query(sql).finally(() => admin.end())
  }
  await onServer(`CREATE DATABASE "${name}"`)
  const url = new URL(server)
  url.pathname = `/${name}`
  return {
    url: url.href,
    async rows(sql) {
      const client = await openPostgres(url.href)
      try {
        return (await client.query(sql)).rows
      } finally {
        await client.end()
      }
    },
    drop: () => onServer(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
  }
}

interface Step {
  name: string
  fields: Field[]
  minute: number
}
const INIT: Step = { name: 'init', fields: v1, minute: 0 }
const ADD_LINKS: Step = { name: 'add_links', fields: v2, minute: 2 }

describe.each(testProviders())('migrations on %s', (provider) => {
  /**
   * Each test gets a migrations folder and a database of its own, with the history it starts
   * from created (and applied when `apply`), so no test depends on what another left behind.
   */
  async function withHistory(history: Step[], apply: boolean, test: (migrationsDir: string, database: ScratchDatabase) => Promise<void>): Promise<void> {
    const dir = await mkdtemp(join(tmpdir(), 'quire-migrations-'))
    const database = await scratchDatabase(provider, dir)
    try {
      const migrationsDir = join(dir, 'migrations')
      for (const step of history) await createMigration({ dir: migrationsDir, provider, name: step.name, schema: schemaWith(provider, step.fields), now: at(step.minute) })
      if (apply) await applyMigrations({ url: database.url, dir: migrationsDir, provider })
      await test(migrationsDir, database)
    } finally {
      await database.drop()
      await rm(dir, { recursive: true, force: true })
    }
  }

  it('creates the first migration from an empty database, with its schema snapshot', () =>
    withHistory([], false, async (migrationsDir) => {
      const schema = schemaWith(provider, v1)
      const created = await createMigration({ dir: migrationsDir, provider, name: 'init', schema, now: at(0) })
      expect(created?.name).toBe('20250101000000_init')
      expect(created?.directory).toBe(join(migrationsDir, provider, '20250101000000_init'))
      expect(created?.sql).toContain('CREATE TABLE "posts"')
      expect(await readFile(join(created!.directory, 'schema.prisma'), 'utf8')).toBe(schema)
      expect(await readFile(join(created!.directory, 'migration.sql'), 'utf8')).toBe(created!.sql)
    }))

  it('returns null and writes nothing when the schema has not changed', () =>
    withHistory([INIT], false, async (migrationsDir) => {
      expect(await createMigration({ dir: migrationsDir, provider, name: 'nothing', schema: schemaWith(provider, v1), now: at(1) })).toBeNull()
      expect(await readdir(join(migrationsDir, provider))).toEqual(['20250101000000_init'])
    }))

  it('diffs from the newest snapshot and applies pending migrations in order, once', () =>
    withHistory([INIT], false, async (migrationsDir, database) => {
      const second = await createMigration({ dir: migrationsDir, provider, name: 'add_links', schema: schemaWith(provider, v2), now: at(2) })
      expect(second?.sql).not.toContain('CREATE TABLE "posts" (')
      expect(second?.sql).toContain('CREATE TABLE "posts_links"')
      expect(await applyMigrations({ url: database.url, dir: migrationsDir, provider })).toEqual(['20250101000000_init', '20250101000200_add_links'])
      expect(await applyMigrations({ url: database.url, dir: migrationsDir, provider })).toEqual([])
      expect(await database.rows(`SELECT name FROM ${MIGRATIONS_TABLE} ORDER BY name`)).toEqual([
        { name: '20250101000000_init' },
        { name: '20250101000200_add_links' },
      ])
    }))

  it('keeps child rows when a migration rebuilds their parent table', () =>
    withHistory([INIT, ADD_LINKS], true, async (migrationsDir, database) => {
      await database.rows(`INSERT INTO posts (title, views) VALUES ('Hello', '12')`)
      await database.rows(`INSERT INTO posts_links (id, "${P}", "${O}", label) VALUES ('a', 1, 0, 'Home'), ('b', 1, 1, 'About')`)
      const third = await createMigration({ dir: migrationsDir, provider, name: 'views_number', schema: schemaWith(provider, v3), now: at(3) })
      expect(third).not.toBeNull()
      expect(await applyMigrations({ url: database.url, dir: migrationsDir })).toEqual(['20250101000300_views_number'])
      expect(await database.rows(`SELECT label FROM posts_links ORDER BY "${O}"`)).toEqual([{ label: 'Home' }, { label: 'About' }])
      // SQLite copies the values into the rebuilt table; Prisma's PostgreSQL diff drops and re-adds
      // a column whose type changed, so its values are lost (as with `prisma migrate dev`).
      expect(await database.rows('SELECT title, views FROM posts')).toEqual([{ title: 'Hello', views: provider === 'sqlite' ? 12 : null }])
    }))

  it('rolls a failing migration back and does not record it', () =>
    withHistory([INIT, ADD_LINKS], true, async (migrationsDir, database) => {
      const broken = join(migrationsDir, provider, '20250101000400_broken')
      await mkdir(broken)
      await writeFile(join(broken, 'migration.sql'), 'CREATE TABLE half_done (id INTEGER);\nSELECT * FROM no_such_table;\n')
      await expect(applyMigrations({ url: database.url, dir: migrationsDir })).rejects.toThrow('Migration "20250101000400_broken" failed and was rolled back')
      expect(await database.rows(`SELECT name FROM ${MIGRATIONS_TABLE} WHERE name = '20250101000400_broken'`)).toEqual([])
      await expect(database.rows('SELECT * FROM half_done')).rejects.toThrow(/half_done/)
    }))

  it('refuses to run when an applied migration was edited, naming it', () =>
    withHistory([INIT, ADD_LINKS], true, async (migrationsDir, database) => {
      const [first] = await listMigrations(migrationsDir, provider)
      const sqlFile = join(first!.directory, 'migration.sql')
      const original = await readFile(sqlFile, 'utf8')
      await appendFile(sqlFile, '\n-- edited later\n')
      await expect(applyMigrations({ url: database.url, dir: migrationsDir })).rejects.toThrow(
        'Migration "20250101000000_init" was changed after it was applied to this database',
      )
      await writeFile(sqlFile, original)
      expect(await applyMigrations({ url: database.url, dir: migrationsDir })).toEqual([])
    }))

  it('generates a client that writes and reads the migrated database, children included', () =>
    withHistory([INIT, ADD_LINKS, { name: 'views_number', fields: v3, minute: 3 }], true, async (_migrationsDir, database) => {
      // Under packages/core/node_modules, so the generated code resolves @prisma/client.
      await mkdir(CLIENT_CACHE_ROOT, { recursive: true })
      const clientDir = await mkdtemp(join(CLIENT_CACHE_ROOT, 'toolchain-e2e-'))
      try {
        const schemaPath = join(clientDir, 'schema.prisma')
        await writeFile(schemaPath, schemaWith(provider, v3, './client'))
        await generateClient({ schemaPath, provider })
        const { PrismaClient } = (await import(/* @vite-ignore */ join(clientDir, 'client', 'client.ts'))) as { PrismaClient: PrismaClientConstructor }
        const db = await openDatabase({ url: database.url, PrismaClient })
        try {
          const posts = delegateFor(db.client, 'posts')
          const created = await posts.create({
            data: { title: 'Generated', views: 3, links: { create: [{ id: 'g1', [O]: 0, label: 'One' }] } },
            select: { id: true },
          })
          const found = await posts.findUnique({ where: { id: created.id }, select: { title: true, views: true, links: { select: { label: true } } } })
          expect(found).toEqual({ title: 'Generated', views: 3, links: [{ label: 'One' }] })
        } finally {
          await db.close()
        }
      } finally {
        await rm(clientDir, { recursive: true, force: true })
      }
    }))

  it('refuses to generate a client for the other provider', () =>
    withHistory([], false, async (migrationsDir) => {
      const schemaPath = join(migrationsDir, '..', 'wrong-provider.prisma')
      await writeFile(schemaPath, schemaWith(provider, v1))
      const other: Provider = provider === 'sqlite' ? 'postgresql' : 'sqlite'
      await expect(generateClient({ schemaPath, provider: other })).rejects.toThrow(`declares the "${provider}" provider, not "${other}"`)
    }))

  it('diffs from a snapshot written before Prisma 7, whose datasource still has a url', () =>
    withHistory([], false, async (migrationsDir) => {
      const first = await createMigration({ dir: migrationsDir, provider, name: 'init', schema: schemaWith(provider, v1), now: at(0) })
      const snapshot = join(first!.directory, 'schema.prisma')
      const withUrl = (await readFile(snapshot, 'utf8')).replace(`provider = "${provider}"`, `provider = "${provider}"\n  url      = "file:./unused.db"`)
      expect(withUrl).toContain('url      = "file:./unused.db"')
      await writeFile(snapshot, withUrl)
      expect(await createMigration({ dir: migrationsDir, provider, name: 'same', schema: schemaWith(provider, v1), now: at(1) })).toBeNull()
      const next = await createMigration({ dir: migrationsDir, provider, name: 'add_links', schema: schemaWith(provider, v2), now: at(2) })
      expect(next?.sql).toContain('CREATE TABLE "posts_links"')
    }))
})

describe.each(testProviders())('concurrent applyMigrations on %s', (provider) => {
  it('applies each migration exactly once', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'quire-migrations-'))
    const database = await scratchDatabase(provider, dir)
    try {
      const migrationsDir = join(dir, 'migrations')
      await createMigration({ dir: migrationsDir, provider, name: 'init', schema: schemaWith(provider, v2), now: at(0) })
      const runs = await Promise.all([1, 2, 3].map(() => applyMigrations({ url: database.url, dir: migrationsDir })))
      expect(runs.flat()).toEqual(['20250101000000_init'])
    } finally {
      await database.drop()
      await rm(dir, { recursive: true, force: true })
    }
  })
})

describe('createMigration', () => {
  it('rejects names that would not make a clean folder name', async () => {
    await expect(createMigration({ dir: tmpdir(), provider: 'sqlite', name: 'add posts!', schema: '' })).rejects.toThrow(
      'Migration name "add posts!": use letters, digits and "_" only',
    )
  })
})
