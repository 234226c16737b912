// The server's pruning job (maintenance/prune-expired-rows.ts): at start and on every tick it
// deletes expired sessions and lock rows abandoned for more than a day, keeps live ones, logs
// what it removed, survives a failing run, and stops cleanly.
import { Writable } from 'node:stream'
import { buildConfig, lockDocument, LOCK_RETENTION_MS, type Database, type Quire } from '@quire/core'
import { createTestQuire, delegateFor, testProviders } from '@quire/core/testing'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createLogger } from '../src/logger.ts'
import { startPruning } from '../src/maintenance/prune-expired-rows.ts'
import { TEST_SECRET } from './harness/test-server.ts'

const config = buildConfig({
  collections: [
    { slug: 'users', auth: { scrypt: { N: 1024, r: 8, p: 1 } }, fields: [] },
    { slug: 'posts', fields: [{ name: 'title', type: 'text' }] },
  ],
  secret: TEST_SECRET,
  db: { url: 'file:./unused.db' },
})

function capturedLogger() {
  const lines: Array<Record<string, unknown>> = []
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(JSON.parse(chunk.toString('utf8')) as Record<string, unknown>)
      done()
    },
  })
  return { logger: createLogger({ level: 'info', destination }), lines }
}

describe.each(testProviders())('pruning expired rows on %s', (provider) => {
  let quire: Quire
  let db: Database
  let cleanup: () => Promise<void>

  beforeAll(async () => {
    ;({ quire, db, cleanup } = await createTestQuire({ config, provider }))
  })
  afterAll(() => cleanup())

  it('deletes expired sessions and day-old locks at start and on each tick, and keeps the live ones', async () => {
    await quire.create({ collection: 'users', data: { email: 'pruned@example.com', password: 'pass-word' } })
    const [expired, live] = [await quire.login({ collection: 'users', data: { email: 'pruned@example.com', password: 'pass-word' } }), await quire.login({ collection: 'users', data: { email: 'pruned@example.com', password: 'pass-word' } })]
    const sessions = delegateFor(db.client, quire.schema.sessions.delegate)
    const locks = delegateFor(db.client, quire.schema.locks.delegate)
    await sessions.update({ where: { id: expired.user._sid }, data: { expiresAt: new Date(Date.now() - 1000) }, select: { id: true } })
    const [abandoned, open] = [await quire.create({ collection: 'posts', data: { title: 'a' } }), await quire.create({ collection: 'posts', data: { title: 'b' } })]
    const user = { collection: 'users', id: live.user.id as number }
    await lockDocument(quire, { collection: 'posts', id: abandoned.id, user })
    await lockDocument(quire, { collection: 'posts', id: open.id, user })
    await locks.updateMany({ where: { documentId: String(abandoned.id) }, data: { updatedAt: new Date(Date.now() - LOCK_RETENTION_MS - 60_000) } })

    const { logger, lines } = capturedLogger()
    const pruning = startPruning({ quire, logger, intervalMs: 60_000 })
    await pruning.stop() // waits for the run made at start
    expect((await sessions.findMany({ select: { id: true } })).map((row) => row.id)).toEqual([live.user._sid])
    expect((await locks.findMany({ select: { documentId: true } })).map((row) => row.documentId)).toEqual([String(open.id)])
    expect(lines.find((line) => line.msg === 'pruned expired sessions and stale locks')).toMatchObject({ sessions: 1, locks: 1 })
    // Stopped: no further runs.
    expect(await pruning.runNow()).toBeUndefined()
  })

  it('runs again on its interval, and a failing run is logged, not thrown', async () => {
    const { logger, lines } = capturedLogger()
    const broken = { ...quire, schema: { ...quire.schema, sessions: { ...quire.schema.sessions, delegate: 'noSuchModel' } } } as typeof quire
    const pruning = startPruning({ quire: broken, logger, intervalMs: 20 })
    await expect.poll(() => lines.filter((line) => line.level === 50).length).toBeGreaterThanOrEqual(2)
    await pruning.stop()
    expect(lines.find((line) => line.level === 50)?.msg).toBe('pruning expired rows failed; trying again at the next interval')
  })
})
