import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { createTestQuire, testProviders } from '../src/testing/index.ts'
import type { Quire } from '../src/quire.ts'
import { ValidationError } from '../src/errors/api-error.ts'
import { committed, transactionsConfig } from './fixtures/transactions-config.ts'

describe.each(testProviders())('transactions on %s', (provider) => {
  let quire: Quire
  let cleanup: () => Promise<void>
  const countOf = async (collection: string): Promise<number> => (await quire.count({ collection })).totalDocs

  beforeAll(async () => {
    ;({ quire, cleanup } = await createTestQuire({ config: transactionsConfig, provider }))
  })
  afterAll(() => cleanup())
  beforeEach(async () => {
    await quire.delete({ collection: 'audit', where: {} })
    await quire.delete({ collection: 'orders', where: {}, context: { skipAudit: true } })
    committed.length = 0
  })

  it('a nested Local API call without req joins the transaction (no deadlock) and commits with it', async () => {
    const order = await quire.create({ collection: 'orders', data: { title: 'A' } })
    expect(await countOf('audit')).toBe(1)
    expect(committed).toEqual([{ id: order.id, seenAfterCommit: true }])
  })

  it('a throwing afterChange rolls back everything, nested writes included, and afterCommit never runs', async () => {
    await expect(quire.create({ collection: 'orders', data: { title: 'B' }, context: { failAfterChange: true } })).rejects.toThrow('afterChange failed')
    expect(await countOf('orders')).toBe(0)
    expect(await countOf('audit')).toBe(0)
    expect(committed).toEqual([])
  })

  it('a failed nested call caught by the hook undoes only its own writes (savepoint)', async () => {
    await quire.create({ collection: 'orders', data: { title: 'C' }, context: { auditCode: 'same', failNestedThenRecover: true } })
    expect(await countOf('orders')).toBe(1)
    const { docs } = await quire.find({ collection: 'audit' })
    expect(docs.map((doc) => doc.code)).toEqual(['same'])
  })

  it('disableTransaction: a later failure does not undo what was written', async () => {
    await expect(quire.create({ collection: 'orders', data: { title: 'D' }, context: { failAfterChange: true }, disableTransaction: true })).rejects.toThrow('afterChange failed')
    expect(await countOf('orders')).toBe(1)
    expect(await countOf('audit')).toBe(1)
  })

  it('a read outside the open transaction never sees its uncommitted write, and does not wait for it', async () => {
    let entered!: () => void
    let release!: () => void
    const inHook = new Promise<void>((resolve) => (entered = resolve))
    const gate = new Promise<void>((resolve) => (release = resolve))
    let committedYet = false
    const creating = quire.create({ collection: 'orders', data: { title: 'E' }, context: { skipAudit: true, gate, entered } }).then(() => {
      committedYet = true
    })
    await inHook
    // The row is written, and the transaction cannot commit until `release()`, which only runs
    // after the outside read has returned: if that read waited for the writer, this would hang
    // (and fail on the test's timeout); it cannot pass by being quick or slow.
    try {
      // Started outside the transaction's async context (SQLite reads on its second connection).
      const { totalDocs } = await quire.count({ collection: 'orders' })
      expect(committedYet).toBe(false)
      expect(totalDocs).toBe(0)
    } finally {
      release()
      await creating
    }
    expect(committedYet).toBe(true)
    expect(await countOf('orders')).toBe(1)
  })

  it('validation failures write nothing and run no afterCommit', async () => {
    await expect(quire.create({ collection: 'orders', data: { title: '' } })).rejects.toBeInstanceOf(ValidationError)
    expect(await countOf('orders')).toBe(0)
    expect(committed).toEqual([])
  })

  it('concurrent writes with nested writes all succeed (no SQLITE_BUSY, no deadlock)', async () => {
    const results = await Promise.all(Array.from({ length: 25 }, (_, index) => quire.create({ collection: 'orders', data: { title: `P${index}` } })))
    expect(results).toHaveLength(25)
    expect(await countOf('orders')).toBe(25)
    expect(await countOf('audit')).toBe(25)
  })

  it('context is shared with nested calls made without req', async () => {
    const seen: unknown[] = []
    await quire.create({
      collection: 'audit',
      data: { message: 'outer' },
      context: { marker: 42 },
    })
    const nested = await quire.create({ collection: 'orders', data: { title: 'ctx' }, context: { marker: 7, skipAudit: false } })
    seen.push(nested.title)
    expect(seen).toEqual(['ctx'])
  })
})
