// quire.transaction(work): several Local API calls — through the trusted API or a user-bound
// one — commit together or not at all.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { ValidationError } from '../src/errors/api-error.ts'
import type { Quire } from '../src/quire.ts'
import { createTestQuire, testProviders } from '../src/testing/index.ts'
import { committed, transactionsConfig } from './fixtures/transactions-config.ts'

describe.each(testProviders())('quire.transaction on %s', (provider) => {
  let quire: Quire
  let cleanup: () => Promise<void>
  const titles = async (): Promise<unknown[]> => (await quire.find({ collection: 'orders', sort: 'title', limit: 0 })).docs.map((doc) => doc.title)

  beforeAll(async () => {
    ;({ quire, cleanup } = await createTestQuire({ config: transactionsConfig, provider }))
  })
  afterAll(() => cleanup())
  beforeEach(async () => {
    await quire.delete({ collection: 'orders', where: {}, context: { skipAudit: true } })
    committed.length = 0
  })

  it('commits every write made inside, and returns what work returns', async () => {
    const api = quire.withUser({ id: 1, collection: 'users' })
    const ids = await api.transaction(async () => {
      const first = await api.create({ collection: 'orders', data: { title: 'A' }, context: { skipAudit: true } })
      const second = await quire.create({ collection: 'orders', data: { title: 'B' }, context: { skipAudit: true } })
      return [first.id, second.id]
    })
    expect(ids).toHaveLength(2)
    expect(await titles()).toEqual(['A', 'B'])
    // afterCommit hooks run once the whole transaction has committed.
    expect(committed.map((entry) => entry.seenAfterCommit)).toEqual([true, true])
  })

  it('undoes every write when work throws, a write that had succeeded included', async () => {
    const failing = quire.transaction(async () => {
      await quire.create({ collection: 'orders', data: { title: 'Kept?' }, context: { skipAudit: true } })
      await quire.create({ collection: 'orders', data: {}, context: { skipAudit: true } })
    })
    await expect(failing).rejects.toBeInstanceOf(ValidationError)
    expect(await titles()).toEqual([])
    expect(committed).toEqual([])
  })
})
