// `pnpm --filter @quire/server create-admin --email you@example.com [--name "Your Name"]`: the
// first admin of a production database (which gets no demo accounts), or another one later. Same
// environment as the server (DATABASE_URL, QUIRE_SECRET, …); pending migrations are applied first.
// The password never goes on the command line (shell history, `ps`): it is read from
// QUIRE_ADMIN_PASSWORD, else from standard input — asked for, unechoed, twice on a terminal; the
// first line when piped. Core's password policy applies (8+ characters, not a common password).
import { mkdir } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { createInterface } from 'node:readline'
import { parseArgs } from 'node:util'
import cmsConfig from '@quire/cms/config'
import { getQuire, ValidationError } from '@quire/core'
import { applyMigrations, sqliteFileForUrl } from '@quire/core/toolchain'
import { loadEnv, REPO_ROOT } from './env.ts'
import { withServerEnv } from './quire-config.ts'

const { values } = parseArgs({ options: { email: { type: 'string' }, name: { type: 'string', default: 'Admin' } } })
const fail = (message: string): never => {
  process.stderr.write(`✗ ${message}\n`)
  process.exit(1)
}

/** One line from standard input; on a terminal the typed characters are not echoed. */
async function readLine(prompt: string): Promise<string> {
  const terminal = process.stdin.isTTY === true
  const lines = createInterface({ input: process.stdin, output: terminal ? process.stderr : undefined, terminal })
  if (terminal) {
    process.stderr.write(prompt)
    // Swallow the echo of what is typed: readline writes through _writeToOutput.
    ;(lines as unknown as { _writeToOutput: (text: string) => void })._writeToOutput = () => undefined
  }
  try {
    for await (const line of lines) return line
    return ''
  } finally {
    lines.close()
    if (terminal) process.stderr.write('\n')
  }
}

async function password(): Promise<string> {
  const fromEnv = process.env.QUIRE_ADMIN_PASSWORD
  if (fromEnv !== undefined && fromEnv !== '') return fromEnv
  const first = await readLine('Password for the new admin: ')
  if (process.stdin.isTTY === true && (await readLine('The same password again: ')) !== first) fail('The two passwords are not the same.')
  return first
}

const email = values.email?.trim()
if (!email) fail('Give the admin’s address: --email you@example.com')
const env = loadEnv()
const secret = await password()
if (env.databaseUrl.startsWith('file:')) await mkdir(dirname(sqliteFileForUrl(env.databaseUrl)), { recursive: true })
await applyMigrations({ url: env.databaseUrl, dir: join(REPO_ROOT, 'prisma', 'migrations') })
const quire = await getQuire({ config: withServerEnv(cmsConfig, env) })
try {
  const admin = await quire.create({ collection: 'users', data: { email, name: values.name, role: 'admin', password: secret } })
  process.stdout.write(`✓ created admin ${String(admin.email)} (id ${String(admin.id)}); sign in at ${env.linkBaseUrl}/sign-in\n`)
} catch (error) {
  if (!(error instanceof ValidationError)) throw error
  fail(error.errors.map((problem) => `${problem.path}: ${problem.message}`).join('\n  '))
} finally {
  await quire.db.close()
}
