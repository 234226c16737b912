// A fresh, isolated database for one test file: a temp SQLite file, or a new PostgreSQL
// database on the test server, with every table of the config created from scratch.
import { randomBytes } from 'node:crypto'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openDatabase } from '../database/open-database.ts'
import type { Database, Provider } from '../database/types.ts'
import { openPostgres, openSqlite } from '../toolchain/raw-drivers.ts'
import type { SchemaSource } from '../toolchain/schema-for-config.ts'
import { cachedClient } from './client-cache.ts'

export interface CreateTestDatabaseOptions {
  config: SchemaSource
  /** Default 'sqlite'. */
  provider?: Provider
  /** A PostgreSQL server URL; default `process.env.TEST_POSTGRES_URL`. */
  postgresUrl?: string
  /** Passed to the PrismaClient constructor (see `openDatabase`). */
  log?: unknown
}

export interface TestDatabase {
  db: Database
  url: string
  /** Closes the client and deletes the database. Safe to call twice. */
  cleanup(): Promise<void>
}

interface Scratch {
  url: string
  drop(): Promise<void>
}

export async function createTestDatabase(options: CreateTestDatabaseOptions): Promise<TestDatabase> {
  const provider = options.provider ?? 'sqlite'
  const { PrismaClient, fromEmptySql } = await cachedClient(options.config, provider)
  const scratch = provider === 'sqlite' ? await sqliteScratch(fromEmptySql) : await postgresScratch(fromEmptySql, postgresServer(options))
  let db: Database
  try {
    db = await openDatabase({ url: scratch.url, PrismaClient, log: options.log })
  } catch (error) {
    await scratch.drop()
    throw error
  }
  let cleaned = false
  return {
    db,
    url: scratch.url,
    async cleanup() {
      if (cleaned) return
      cleaned = true
      try {
        await db.close()
      } finally {
        await scratch.drop()
      }
    },
  }
}

function postgresServer(options: CreateTestDatabaseOptions): string {
  const url = options.postgresUrl ?? process.env.TEST_POSTGRES_URL
  if (!url) throw new Error('createTestDatabase: PostgreSQL needs a server; set TEST_POSTGRES_URL (e.g. postgres://postgres@127.0.0.1:5432/test)')
  return url
}

async function sqliteScratch(sql: string): Promise<Scratch> {
  const dir = await mkdtemp(join(tmpdir(), 'quire-test-'))
  const file = join(dir, 'test.db')
  const raw = openSqlite(file)
  try {
    raw.exec(sql)
  } finally {
    raw.close()
  }
  return { url: `file:${file}`, drop: () => rm(dir, { recursive: true, force: true }) }
}

async function postgresScratch(sql: string, serverUrl: string): Promise<Scratch> {
  const name = `quire_t_${randomBytes(6).toString('hex')}`
  await onServer(serverUrl, `CREATE DATABASE "${name}"`)
  const url = new URL(serverUrl)
  url.pathname = `/${name}`
  const drop = () => onServer(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
  try {
    const client = await openPostgres(url.href)
    try {
      await client.query(sql)
    } finally {
      await client.end()
    }
  } catch (error) {
    await drop()
    throw error
  }
  return { url: url.href, drop }
}

async function onServer(serverUrl: string, statement: string): Promise<void> {
  const admin = await openPostgres(serverUrl)
  try {
    await admin.query(statement)
  } finally {
    await admin.end()
  }
}
