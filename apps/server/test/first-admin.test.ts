// A production database never gets the demo accounts (their password is public); its first admin
// comes from `create-admin`, run as an operator would, as its own process on an empty database:
// it migrates, refuses a weak password (nothing written), creates the admin, and that admin signs
// in over HTTP. The production start (first-start.ts, as main.ts runs it) writes no user and says
// how to create the first admin.
import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import cmsConfig from '@quire/cms/config'
import { DEMO_PASSWORD } from '@quire/cms/demo-content'
import type { QuireTypes } from '@quire/cms/types'
import { getQuire, type Provider, type Quire } from '@quire/core'
import { testProviders } from '@quire/core/testing'
import { openPostgres } from '@quire/core/toolchain'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CREATE_ADMIN_HINT, prepareContent } from '../src/first-start.ts'
import { withServerEnv } from '../src/quire-config.ts'
import { serveQuire, TEST_SECRET, type TestServer } from './harness/test-server.ts'

const CLI = new URL('../src/create-admin.ts', import.meta.url).pathname
const SERVER_DIR = new URL('..', import.meta.url).pathname

/** A database with nothing in it (not even tables), as a first production start finds it. */
async function emptyDatabase(provider: Provider): Promise<{ url: string; drop(): Promise<void> }> {
  if (provider === 'sqlite') {
    const dir = await mkdtemp(join(tmpdir(), 'quire-first-admin-'))
    return { url: `file:${join(dir, 'quire.db')}`, drop: () => rm(dir, { recursive: true, force: true }) }
  }
  const server = process.env.TEST_POSTGRES_URL!
  const name = `quire_t_admin_${randomBytes(6).toString('hex')}`
  const run = async (sql: string) => {
    const client = await openPostgres(server)
    try {
      await client.query(sql)
    } finally {
      await client.end()
    }
  }
  await run(`CREATE DATABASE "${name}"`)
  const url = new URL(server)
  url.pathname = `/${name}`
  return { url: url.href, drop: () => run(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`) }
}

function createAdmin(databaseUrl: string, args: string[], options: { env?: Record<string, string>; stdin?: string } = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', CLI, ...args], {
    cwd: SERVER_DIR,
    env: { ...process.env, NODE_ENV: 'production', QUIRE_SECRET: TEST_SECRET, PUBLIC_URL: 'https://cms.example.test', DATABASE_URL: databaseUrl, QUIRE_ADMIN_PASSWORD: '', ...options.env },
    stdio: ['pipe', 'pipe', 'pipe'],
  })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')))
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')))
  child.stdin.end(options.stdin ?? '')
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })))
}

describe.each(testProviders())('the first admin of a production database on %s', (provider) => {
  let database: { url: string; drop(): Promise<void> }
  let quire: Quire<QuireTypes> | undefined
  let server: TestServer | undefined
  const open = async () => (quire ??= await getQuire<QuireTypes>({ config: withServerEnv(cmsConfig, { databaseUrl: database.url, secret: TEST_SECRET }) }))

  beforeAll(async () => {
    database = await emptyDatabase(provider)
  })
  afterAll(async () => {
    await server?.close()
    await quire?.db.close()
    await database.drop()
  })

  it('create-admin refuses a weak or missing password and writes nothing', async () => {
    const common = await createAdmin(database.url, ['--email', 'boss@example.com'], { stdin: 'password1\n' })
    expect(common.code).toBe(1)
    expect(common.stderr).toContain('password: This password is one of the most common ones')
    const short = await createAdmin(database.url, ['--email', 'boss@example.com'], { env: { QUIRE_ADMIN_PASSWORD: 'short' } })
    expect(short.code).toBe(1)
    expect(short.stderr).toContain('password: This value must be at least 8 characters long.')
    const noEmail = await createAdmin(database.url, [], { stdin: 'a-long-enough-password\n' })
    expect(noEmail.code).toBe(1)
    expect((await (await open()).count({ collection: 'users' })).totalDocs).toBe(0)
  })

  it('a production start on the empty database creates no users, and says how to make the first admin', async () => {
    const lines: string[] = []
    expect(await prepareContent(await open(), { production: true, say: (line) => lines.push(line) })).toBeUndefined()
    expect(lines).toEqual([CREATE_ADMIN_HINT])
    expect((await (await open()).count({ collection: 'users' })).totalDocs).toBe(0)
  })

  it('create-admin (password on stdin) makes an admin who signs in over HTTP; the demo password opens nothing', async () => {
    const made = await createAdmin(database.url, ['--email', 'boss@example.com', '--name', 'The Boss'], { stdin: 'first-admin-passphrase\n' })
    expect(made.stderr).toBe('')
    expect(made.code).toBe(0)
    expect(made.stdout).toMatch(/^✓ created admin boss@example\.com \(id \d+\); sign in at https:\/\/cms\.example\.test\/sign-in\n$/)
    expect(made.stdout).not.toContain('first-admin-passphrase')

    server = await serveQuire({ quire: (await open()) as unknown as Quire })
    const { trpc } = server.browser()
    const signedIn = await trpc.auth.login.mutate({ email: 'boss@example.com', password: 'first-admin-passphrase' })
    expect(signedIn.user).toMatchObject({ email: 'boss@example.com', name: 'The Boss', role: 'admin' })
    await expect(server.browser().trpc.auth.login.mutate({ email: 'admin@quire.test', password: DEMO_PASSWORD })).rejects.toMatchObject({ data: { httpStatus: 401 } })
    // A later production start finds a user and seeds nothing.
    const lines: string[] = []
    await prepareContent(await open(), { production: true, say: (line) => lines.push(line) })
    expect(lines).toEqual(['✓ 1 user(s)'])
  })
})
