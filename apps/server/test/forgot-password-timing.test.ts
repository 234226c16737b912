// forgotPassword through the real server must not tell, by its answer or its duration, whether an
// account exists. Durations are not asserted (they vary by machine); what makes them equal is: the
// answer is sent before any account-dependent work starts — the lookup, the token, the mail — for
// a known and an unknown address alike. A beforeOperation hook holds that work at a gate, and the
// answer must arrive while the gate is still closed; only after it opens are the token stored and
// the mail sent (known address), and the same hooks run for both. `pnpm bench:forgot-password`
// measures the durations.
import { buildConfig, createOutboxEmailAdapter, type BeforeOperationHook } from '@quire/core'
import { testProviders } from '@quire/core/testing'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestServer, TEST_PASSWORD, TEST_SECRET, type TestServer } from './harness/test-server.ts'

const outbox = createOutboxEmailAdapter({ log: false })

/** A gate the held work waits at; `openedBy` says who opened it (the test, or the safety timer). */
class Gate {
  openedBy: string | undefined
  private release!: () => void
  readonly opened = new Promise<void>((resolve) => (this.release = resolve))
  open(by: string): void {
    this.openedBy ??= by
    this.release()
  }
}

const probe: { gate?: Gate; events: string[] } = { events: [] }

const holdForgotPassword: BeforeOperationHook = async ({ operation, args }) => {
  if (operation !== 'forgotPassword') return args
  probe.events.push('work started')
  const gate = probe.gate
  if (gate) {
    // If the answer waits for this work (the defect), the test must not hang. Long enough that
    // a correct answer on a loaded 2-core machine (one request, no hashing) is never overtaken,
    // and shorter than the test's 30 s timeout so the defect fails with its own message.
    const safety = setTimeout(() => gate.open('safety timer'), 20_000)
    await gate.opened
    clearTimeout(safety)
  }
  return args
}

const config = buildConfig({
  collections: [
    {
      slug: 'users',
      auth: { scrypt: { N: 1024, r: 8, p: 1 } },
      hooks: { beforeOperation: [holdForgotPassword], afterForgotPassword: [({ user }) => void probe.events.push(user ? 'work done (account)' : 'work done (no account)')] },
      fields: [],
    },
  ],
  secret: TEST_SECRET,
  serverURL: 'https://cms.example.test',
  email: { adapter: outbox },
  db: { url: 'file:./unused.db' },
})

describe.each(testProviders())('forgotPassword answers before its work on %s', (provider) => {
  let server: TestServer
  const known = `known-${provider}@example.com`

  beforeAll(async () => {
    server = await startTestServer({ provider, config })
    await server.quire.create({ collection: 'users', data: { email: known, password: TEST_PASSWORD } })
  })
  afterAll(() => server.close())

  const storedTokenHash = async () => (await server.quire.find({ collection: 'users', where: { email: { equals: known } }, showHiddenFields: true, depth: 0 })).docs[0]?.resetPasswordTokenHash ?? null
  const mailsTo = (email: string) => outbox.outbox.filter((message) => message.to === email).length

  it.each([
    ['a known address', known, 'work done (account)'],
    ['an unknown address', `nobody-${provider}@example.com`, 'work done (no account)'],
  ])('%s: the answer comes while the lookup, token and mail are held back', async (_case, email, done) => {
    const gate = new Gate()
    probe.gate = gate
    probe.events = []
    const mailsBefore = mailsTo(email)
    const tokenBefore = await storedTokenHash()

    const answer = await server.browser().trpc.auth.forgotPassword.mutate({ email })
    expect(gate.openedBy).toBeUndefined()
    expect(answer).toEqual({ message: 'If an account with that address exists, an email with a reset link is on its way.' })
    expect(await storedTokenHash()).toBe(tokenBefore)
    expect(mailsTo(email)).toBe(mailsBefore)

    gate.open('test')
    await expect.poll(() => probe.events.includes(done)).toBe(true)
    expect(probe.events).toEqual(['work started', done])
    if (email === known) {
      expect(await storedTokenHash()).not.toBe(tokenBefore)
      expect(mailsTo(email)).toBe(mailsBefore + 1)
    } else {
      expect(mailsTo(email)).toBe(0)
    }
  })

  it('a collection without auth is still refused at once, before any work', async () => {
    probe.gate = undefined
    probe.events = []
    const response = await fetch(`${server.url}/trpc/auth.forgotPassword`, { method: 'POST', headers: { 'content-type': 'application/json', origin: server.url }, body: JSON.stringify({ collection: 'nothing', email: known }) })
    expect(response.status).toBe(400)
    expect(probe.events).toEqual([])
  })
})
