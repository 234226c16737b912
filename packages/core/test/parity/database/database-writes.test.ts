// Payload 3.88.0 test/database/int.spec.ts, the id, timestamp, data strictness, coercion,
// validation and unique-error cases, ported to Quire. Cases Payload runs on `payload.db`
// (adapter calls below the Local API) are run through the Local API where it does the same;
// the others are skipped (../README.md).
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DocumentData } from '../../../src/config/hooks-and-access.ts'
import { ValidationError } from '../../../src/errors/api-error.ts'
import type { Quire } from '../../../src/quire.ts'
import { createTestQuire, testProviders } from '../../../src/testing/index.ts'
import { databaseConfig } from './config.ts'

const postsSlug = 'posts'

describe.each(testProviders())('Payload test/database (writes) on %s', (provider) => {
  let payload: Quire
  let cleanup: () => Promise<void>
  const rows = (doc: DocumentData) => doc.arrayWithIDs as DocumentData[]

  beforeAll(async () => {
    ;({ quire: payload, cleanup } = await createTestQuire({ config: databaseConfig, provider }))
  })
  afterAll(() => cleanup())

  describe('id type', () => {
    it('should sanitize incoming IDs if ID type is number', async () => {
      const created = await payload.create({ collection: postsSlug, data: { title: 'post to test that ID comes in as proper type' } })
      // Payload's REST test sends the id in the URL, as a string.
      const updated = await payload.update({ collection: postsSlug, id: String(created.id) as never, data: { title: 'hello' } })
      expect(updated.id).toStrictEqual(created.id)
    })

    it('should not overwrite supplied block and array row IDs on create', async () => {
      const arrayRowID = '67648ed5c72f13be6eacf24e'
      const doc = await payload.create({ collection: postsSlug, data: { arrayWithIDs: [{ id: arrayRowID }], title: 'test' } })
      expect(rows(doc)[0]!.id).toStrictEqual(arrayRowID)
    })

    it('should overwrite supplied block and array row IDs on duplicate', async () => {
      const arrayRowID = '6764deb5201e9e36aeba3b6c'
      const doc = await payload.create({ collection: postsSlug, data: { arrayWithIDs: [{ id: arrayRowID }], title: 'test' } })
      const duplicate = await payload.duplicate({ id: doc.id as number, collection: postsSlug })
      expect(rows(duplicate)[0]!.id).not.toStrictEqual(arrayRowID)
    })
  })

  describe('timestamps', () => {
    it('should have createdAt and updatedAt timestamps to the millisecond', async () => {
      const result = await payload.create({ collection: postsSlug, data: { title: 'hello' } })
      expect(result.createdAt).toMatch(/\.\d{3}Z$/)
    })

    it('should allow createdAt to be set in create', async () => {
      const createdAt = new Date('2021-01-01T00:00:00.000Z').toISOString()
      const result = await payload.create({ collection: postsSlug, data: { createdAt, title: 'hello' } })
      expect(result.createdAt).toStrictEqual(createdAt)
      expect((await payload.findByID({ id: result.id as number, collection: postsSlug })).createdAt).toStrictEqual(createdAt)
    })

    it('should allow updatedAt to be set in create', async () => {
      const updatedAt = new Date('2022-01-01T00:00:00.000Z').toISOString()
      expect((await payload.create({ collection: postsSlug, data: { title: 'hello', updatedAt } })).updatedAt).toStrictEqual(updatedAt)
    })

    it('ensure timestamps are not created in update or create when timestamps are disabled', async () => {
      const date = new Date('2021-01-01T00:00:00.000Z').toISOString()
      const createdDoc = await payload.create({ collection: 'noTimeStamps', data: { title: 'hello' } })
      const updated = await payload.update({ id: createdDoc.id as number, collection: 'noTimeStamps', data: { title: 'updated' } })
      const withTimestamps = await payload.create({ collection: 'noTimeStamps', data: { createdAt: date, title: 'hello', updatedAt: date } })
      const updatedWithTimestamps = await payload.update({ id: withTimestamps.id as number, collection: 'noTimeStamps', data: { createdAt: date, title: 'updated', updatedAt: date } })
      for (const doc of [createdDoc, updated, withTimestamps, updatedWithTimestamps]) {
        expect(doc.createdAt).toBeUndefined()
        expect(doc.updatedAt).toBeUndefined()
      }
    })
  })

  describe('Data strictness', () => {
    it('should not save and leak password, confirm-password from Local API', async () => {
      const createdUser = await payload.create({ collection: 'users', data: { password: 'some-password', 'confirm-password': 'some-password', email: 'user1@payloadcms.com' } as never })
      expect(Object.keys(createdUser)).not.toContain('password')
      expect(Object.keys(createdUser)).not.toContain('confirm-password')
      const foundUser = await payload.findByID({ id: createdUser.id as number, collection: 'users' })
      expect(Object.keys(foundUser)).not.toContain('password')
      expect(Object.keys(foundUser)).not.toContain('confirm-password')
    })
  })

  describe('local API', () => {
    it('should CRUD point field', async () => {
      expect((await payload.create({ collection: 'default-values', data: { point: [5, 10] } })).point).toEqual([5, 10])
    })
  })

  describe('Error Handler', () => {
    it('should return proper top-level field validation errors', async () => {
      await expect(payload.create({ collection: postsSlug, data: { title: undefined } as never })).rejects.toThrow(/^The following field is invalid: Title$/)
    })
  })

  it('should convert numbers to text', async () => {
    expect((await payload.create({ collection: postsSlug, data: { title: 'testing', text: 1 } as never })).text).toStrictEqual('1')
  })

  it('should convert strings to numbers in hasMany number fields', async () => {
    expect((await payload.create({ collection: postsSlug, data: { title: 'testing-numbers-hasMany', numbersHasMany: ['10', '20', '30'] } as never })).numbersHasMany).toEqual([10, 20, 30])
  })

  it('should store and retrieve date fields as ISO strings', async () => {
    const result = await payload.create({ collection: postsSlug, data: { title: 'testing-date-field', publishDate: new Date('2024-01-15T10:30:00.000Z') } })
    expect(result.publishDate).toBe('2024-01-15T10:30:00.000Z')
    expect((await payload.findByID({ collection: postsSlug, id: result.id as number })).publishDate).toBe('2024-01-15T10:30:00.000Z')
  })

  it('should convert Unix timestamps to ISO strings for date fields', async () => {
    // Payload calls payload.db.create; Quire's Local API accepts the timestamp the same way.
    const result = await payload.create({ collection: postsSlug, data: { title: 'testing-date-coercion', publishDate: 1705314600000 } as never })
    expect(result.publishDate).toBe('2024-01-15T10:30:00.000Z')
  })

  it('should not allow document creation with relationship data to an invalid document ID', async () => {
    await expect(payload.create({ collection: 'relation-b', data: { relationship: 'not-real-id', title: 'invalid' } as never })).rejects.toBeTruthy()
    expect((await payload.find({ collection: 'relation-b' })).docs).toHaveLength(0)
  })

  it('payload.updateGlobal should have globalType, updatedAt, createdAt fields', async () => {
    const timestamp = Date.now()
    let result = await payload.updateGlobal({ slug: 'global-3', data: { text: 'this is global-3' } })
    expect(result.text).toBe('this is global-3')
    // Quire returns no `globalType` (listed in ../README.md as a remaining difference).
    expect(timestamp).toBeLessThanOrEqual(new Date(result.createdAt as string).getTime())
    expect(timestamp).toBeLessThanOrEqual(new Date(result.updatedAt as string).getTime())
    const createdAt = new Date(result.createdAt as string).getTime()
    result = await payload.updateGlobal({ slug: 'global-3', data: { text: 'this is global-3 but updated' } })
    expect(result.text).toBe('this is global-3 but updated')
    expect(new Date(result.createdAt as string).getTime()).toEqual(createdAt)
    expect(new Date(result.updatedAt as string).getTime()).toBeGreaterThanOrEqual(createdAt)
  })

  it('should enforce unique ids on db level even after delete', async () => {
    const { id } = await payload.create({ collection: postsSlug, data: { title: 'ASD' } })
    await payload.delete({ id: id as number, collection: postsSlug })
    const { id: id2 } = await payload.create({ collection: postsSlug, data: { title: 'ASD' } })
    expect(id2).not.toBe(id)
  })

  it('deep nested arrays', async () => {
    await payload.updateGlobal({ slug: 'header', data: { itemsLvl1: [{ itemsLvl2: [{ itemsLvl3: [{ itemsLvl4: [{ label: 'label' }] }] }] }] } })
    const header = await payload.findGlobal({ slug: 'header' })
    const level = (rows: unknown, key: string) => (rows as DocumentData[])[0]![key]
    expect(level(level(level(level(header.itemsLvl1, 'itemsLvl2'), 'itemsLvl3'), 'itemsLvl4'), 'label')).toBe('label')
  })

  it('should throw specific unique contraint errors', async () => {
    await payload.create({ collection: 'unique-fields', data: { slugField: 'unique-text' } })
    const error = await payload.create({ collection: 'unique-fields', data: { slugField: 'unique-text' } }).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(ValidationError)
    expect((error as ValidationError).message).toEqual('The following field is invalid: slugField')
    expect((error as ValidationError).data?.collection).toEqual('unique-fields')
  })

  it('should throw unique constraint errors in optimized update path', async () => {
    await payload.create({ collection: 'unique-fields', data: { slugField: 'optimized-unique-1' } })
    const doc2 = await payload.create({ collection: 'unique-fields', data: { slugField: 'optimized-unique-2' } })
    const error = await payload.update({ collection: 'unique-fields', id: doc2.id as number, data: { slugField: 'optimized-unique-1' } }).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(ValidationError)
    expect((error as ValidationError).message).toEqual('The following field is invalid: slugField')
    expect((error as ValidationError).data?.collection).toEqual('unique-fields')
  })
})
