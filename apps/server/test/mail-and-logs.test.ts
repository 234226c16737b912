// Secrets stay out of logs. Production without a mail transport: a warning at start, each unsent
// email logged by its subject alone, and nothing the process writes — pino lines, console,
// stdout, stderr — carries a reset link or token, also when the SPA's /reset/<token> route is
// requested. Development keeps printing the email (the documented way to get a reset link without
// SMTP), and links are absolute, on PUBLIC_URL, in both.
import { createHash } from 'node:crypto'
import { Writable } from 'node:stream'
import type { Quire } from '@quire/core'
import { testProviders } from '@quire/core/testing'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createLogger } from '../src/index.ts'
import { createMailAdapter, NO_MAIL_TRANSPORT_WARNING } from '../src/mail.ts'
import { withServerEnv } from '../src/quire-config.ts'
import { startTestServer, TEST_PASSWORD, TEST_SECRET, type TestServer } from './harness/test-server.ts'
import { testConfig } from './harness/test-config.ts'

const PUBLIC_URL = 'https://cms.example.test'

/** Everything the process prints while a test runs, and the lines of the mail logger. */
function captureOutput() {
  const printed: string[] = []
  const keep = (...parts: unknown[]) => void printed.push(parts.map((part) => (typeof part === 'string' ? part : JSON.stringify(part))).join(' '))
  for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) vi.spyOn(console, method).mockImplementation(keep)
  const write = (chunk: unknown) => (keep(String(chunk)), true)
  vi.spyOn(process.stdout, 'write').mockImplementation(write)
  vi.spyOn(process.stderr, 'write').mockImplementation(write)
  const mailLog: Record<string, unknown>[] = []
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString('utf8').split('\n')) if (line.trim() !== '') mailLog.push(JSON.parse(line) as Record<string, unknown>)
      done()
    },
  })
  return { printed, mailLog, logger: createLogger({ level: 'info', destination }) }
}

async function storedResetHash(quire: Quire, email: string): Promise<unknown> {
  return (await quire.find({ collection: 'users', where: { email: { equals: email } }, showHiddenFields: true, depth: 0 })).docs[0]?.resetPasswordTokenHash ?? null
}

describe.each(testProviders())('emails and logs on %s', (provider) => {
  let server: TestServer | undefined
  afterEach(async () => {
    vi.restoreAllMocks()
    await server?.close()
    server = undefined
  })

  async function start(production: boolean, capture: ReturnType<typeof captureOutput>) {
    const adapter = createMailAdapter({ production, smtpUrl: undefined }, capture.logger)
    const config = withServerEnv(testConfig, { databaseUrl: testConfig.db.url, secret: TEST_SECRET }, { linkBaseUrl: PUBLIC_URL, adapter })
    server = await startTestServer({ provider, config, env: { production, publicUrl: PUBLIC_URL } })
    const email = `reset-${production ? 'prod' : 'dev'}-${provider}@example.com`
    await server.quire.create({ collection: 'users', data: { email, password: TEST_PASSWORD, name: 'Reset Me' } })
    const forgot = await fetch(`${server.url}/trpc/auth.forgotPassword`, { method: 'POST', headers: { 'content-type': 'application/json', origin: PUBLIC_URL }, body: JSON.stringify({ email }) })
    expect(forgot.status).toBe(200)
    const { quire } = server
    await expect.poll(() => storedResetHash(quire, email)).not.toBeNull()
    return { email, server, adapter }
  }

  it('production without SMTP: a warning at start, the email not sent, no token anywhere in the output', async () => {
    const capture = captureOutput()
    const { server: running } = await start(true, capture)
    expect(capture.mailLog[0]).toMatchObject({ level: 40, msg: NO_MAIL_TRANSPORT_WARNING })
    await expect.poll(() => capture.mailLog.some((line) => line.msg === 'email not sent: no mail transport (SMTP_URL)')).toBe(true)
    expect(capture.mailLog.find((line) => line.msg === 'email not sent: no mail transport (SMTP_URL)')).toEqual(expect.objectContaining({ subject: 'Reset your password' }))
    // The SPA's /reset/<token> route and a reset link opened in the browser: their tokens stay out of the request log.
    await fetch(`${running.url}/reset/a-secret-token-value`)
    await fetch(`${running.url}/reset-password?token=another-secret-token`)
    const everything = JSON.stringify([capture.printed, capture.mailLog, running.logs])
    expect(everything).not.toMatch(/token=|a-secret-token-value|another-secret-token|\/reset-password\?/)
    expect(running.logs.map((line) => line.path)).toEqual(expect.arrayContaining(['/reset/[token]', '/reset-password']))
  })

  it('development: the email is printed with an absolute link on PUBLIC_URL, whose token is the live one', async () => {
    const capture = captureOutput()
    const { email, server: running } = await start(false, capture)
    const printed = capture.printed.join('\n')
    const link = new RegExp(`${PUBLIC_URL}/reset-password\\?token=([^\\s"<]+)`).exec(printed)
    expect(link).not.toBeNull()
    const token = decodeURIComponent(link![1]!)
    expect(createHash('sha256').update(token).digest('hex')).toBe(await storedResetHash(running.quire, email))
    expect(capture.mailLog).toEqual([])
  })
})
