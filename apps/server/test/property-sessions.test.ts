// Property: the session lifecycle (properties/session-model.ts) against the Local API. After
// every step of a random sequence, every token ever issued is asked `auth()`: a revoked one
// never authenticates, a live one authenticates as its own user. Runs: SESSION_RUNS per
// database (default 50), up to 25 steps each; PROPERTY_SEED replays a failure.
import { buildConfig, createOutboxEmailAdapter, type Quire } from '@quire/core'
import { createTestQuire, testProviders } from '@quire/core/testing'
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { command, MAX_ATTEMPTS, SessionModel, USERS, type Command, type ModelUser } from './properties/session-model.ts'

const RUNS = Number(process.env.SESSION_RUNS ?? 50)
const SEED = process.env.PROPERTY_SEED === undefined ? undefined : Number(process.env.PROPERTY_SEED)
const COLLECTION = 'users'

const config = buildConfig({
  secret: 'session-property-secret-of-32-chars!!',
  serverURL: 'https://cms.example.test',
  email: { adapter: createOutboxEmailAdapter({ log: false }), fromAddress: 'cms@example.test' },
  db: { url: 'file:./unused.db' },
  collections: [{ slug: COLLECTION, auth: { scrypt: { N: 2 ** 10, r: 8, p: 1 }, maxLoginAttempts: MAX_ATTEMPTS, lockTime: 600 }, fields: [{ name: 'name', type: 'text' }] }],
})

const statusOf = (error: unknown): number | undefined => (typeof error === 'object' && error !== null && 'status' in error ? (error as { status: number }).status : undefined)

async function rejectsWith(promise: Promise<unknown>, status: number, what: string): Promise<void> {
  const error = await promise.then(() => undefined, (caught: unknown) => caught)
  expect(statusOf(error), `${what} should fail with ${status}`).toBe(status)
}

describe.each(testProviders())('session lifecycle (property) on %s', (provider) => {
  let quire: Quire
  let cleanup: () => Promise<void>
  let run = 0
  const stats = { steps: 0, checks: 0 }

  beforeAll(async () => {
    ;({ quire, cleanup } = await createTestQuire({ config, provider }))
  })
  afterAll(() => cleanup())

  async function freshUsers(): Promise<ModelUser[]> {
    run += 1
    const users: ModelUser[] = []
    for (let index = 0; index < USERS; index += 1) {
      const email = `run${run}-user${index}@example.test`
      const password = `password-${run}-${index}-0`
      const doc = await quire.create({ collection: COLLECTION, data: { email, password } })
      users.push({ id: doc.id as number, email, password, locked: false, failures: 0, resetToken: undefined, staleResetTokens: [] })
    }
    return users
  }

  async function step(model: SessionModel, cmd: Command, counter: number): Promise<void> {
    if (cmd.kind === 'login') {
      const user = model.users[cmd.user]!
      const login = quire.login({ collection: COLLECTION, data: { email: user.email, password: cmd.correct ? user.password : 'not-the-password' } })
      if (cmd.correct && !user.locked) {
        model.issued((await login).token, cmd.user)
        user.failures = 0
        return
      }
      await rejectsWith(login, 401, `login of user ${cmd.user} (${cmd.correct ? 'locked' : 'wrong password'})`)
      if (!cmd.correct && !user.locked && (user.failures += 1) >= MAX_ATTEMPTS) {
        user.locked = true
        model.revokeAll(cmd.user)
      }
      return
    }
    if (cmd.kind === 'refresh' || cmd.kind === 'logout' || cmd.kind === 'logoutAll') {
      const entry = model.pick(cmd.token)
      if (!entry) return
      if (cmd.kind === 'refresh') {
        const refresh = quire.refresh({ collection: COLLECTION, token: entry.token })
        if (!entry.live || !entry.current) {
          await rejectsWith(refresh, 401, `refresh of a ${entry.live ? 'rotated' : 'revoked'} token`)
          // A token its session rotated out, past its grace: theft detection ends the session (a no-op when it already ended).
          if (!entry.live) model.endSession(entry.session)
          return
        }
        model.rotated(entry, (await refresh).token)
        return
      }
      const expected = !entry.live ? 0 : cmd.kind === 'logout' ? 1 : model.liveSessionsOf(entry.user).length
      const { revokedSessions } = await quire.logout({ collection: COLLECTION, token: entry.token, allSessions: cmd.kind === 'logoutAll' })
      expect(revokedSessions, `${cmd.kind}: sessions revoked`).toBe(expected)
      if (entry.live) (cmd.kind === 'logout' ? [entry.session] : model.liveSessionsOf(entry.user)).forEach((session) => model.endSession(session))
      return
    }
    const user = model.users[cmd.user]!
    if (cmd.kind === 'forgot') {
      const token = await quire.forgotPassword({ collection: COLLECTION, data: { email: user.email }, disableEmail: true })
      if (user.resetToken) user.staleResetTokens.push(user.resetToken)
      user.resetToken = token ?? undefined
      return
    }
    const password = `password-${run}-${cmd.user}-${counter}`
    if (cmd.kind === 'reset') {
      const token = cmd.current ? user.resetToken : (user.staleResetTokens.at(-1) ?? 'never-issued-token')
      const reset = quire.resetPassword({ collection: COLLECTION, data: { token: token ?? 'never-issued-token', password } })
      if (!cmd.current || token === undefined) return rejectsWith(reset, 403, 'reset with a stale token')
      const result = await reset
      model.revokeAll(cmd.user)
      model.issued(result.token, cmd.user)
      Object.assign(user, { password, locked: false, failures: 0, resetToken: undefined })
      user.staleResetTokens.push(token)
      return
    }
    const own = cmd.asSelf ? model.liveOf(cmd.user)[0] : undefined
    const caller = own ? (await quire.auth({ headers: { authorization: `Bearer ${own.token}` } })).user : undefined
    await quire.update({ collection: COLLECTION, id: user.id, data: { password }, ...(caller ? { user: caller } : {}) })
    model.revokeAll(cmd.user, own)
    user.password = password
  }

  async function checkEveryToken(model: SessionModel, after: string): Promise<void> {
    for (const entry of model.tokens) {
      const { user } = await quire.auth({ headers: { authorization: `Bearer ${entry.token}` } })
      const expected = entry.live ? model.users[entry.user]!.id : null
      expect(user?.id ?? null, `${entry.live ? 'live' : 'revoked'} token of user ${entry.user} after ${after}`).toBe(expected)
      stats.checks += 1
    }
  }

  it('no revoked token ever authenticates, every live one does', { timeout: 600_000 }, async () => {
    const started = performance.now()
    await fc.assert(
      fc.asyncProperty(fc.array(command, { minLength: 1, maxLength: 25, size: 'medium' }), async (commands) => {
        const model = new SessionModel(await freshUsers())
        for (const [index, cmd] of commands.entries()) {
          await step(model, cmd, index + 1)
          stats.steps += 1
          await checkEveryToken(model, `step ${index + 1}: ${JSON.stringify(cmd)}`)
        }
      }),
      { numRuns: RUNS, ...(SEED === undefined ? {} : { seed: SEED }) },
    )
    console.log(`[property sessions ${provider}] ${RUNS} runs, ${stats.steps} steps, ${stats.checks} token checks in ${((performance.now() - started) / 1000).toFixed(1)} s`)
  })
})
