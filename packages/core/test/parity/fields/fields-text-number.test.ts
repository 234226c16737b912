// Payload 3.88.0 test/fields/int.spec.ts, the text and number cases, ported to Quire. Blocks cases
// are skipped (../README.md).
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { DocumentData } from '../../../src/config/hooks-and-access.ts'
import type { Where } from '../../../src/query/where-types.ts'
import type { Quire } from '../../../src/quire.ts'
import { createTestQuire, testProviders } from '../../../src/testing/index.ts'
import { defaultNumber, defaultText, fieldsConfig } from './config.ts'

const numberDoc = { number: 5, min: 15, max: 5, positiveNumber: 5, negativeNumber: -5, decimalMin: 1.25, decimalMax: 0.25, hasMany: [5, 10, 15], validatesHasMany: [5], localizedHasMany: [10], withMinRows: [5, 10] }

describe.each(testProviders())('Payload test/fields (text, number) on %s', (provider) => {
  let payload: Quire
  let cleanup: () => Promise<void>
  const ids = (docs: DocumentData[]) => docs.map((doc) => doc.id)
  /** Payload's hit/miss pattern: the query finds `hit` and not `miss`. */
  const expectHitMiss = async (collection: string, where: Where, hits: DocumentData[], misses: DocumentData[]) => {
    const found = ids((await payload.find({ collection, where, limit: 0 })).docs)
    for (const hit of hits) expect(found).toContain(hit.id)
    for (const miss of misses) expect(found).not.toContain(miss.id)
  }

  beforeAll(async () => {
    ;({ quire: payload, cleanup } = await createTestQuire({ config: fieldsConfig, provider }))
  })
  afterAll(() => cleanup())

  describe('text', () => {
    const text = 'text field'
    let doc: DocumentData
    beforeEach(async () => {
      doc = await payload.create({ collection: 'text-fields', data: { text } })
    })

    it('creates with default values', () => {
      expect(doc.text).toStrictEqual(text)
      expect(doc.defaultString).toStrictEqual(defaultText)
      expect(doc.defaultEmptyString).toStrictEqual('')
      expect(doc.defaultFunction).toStrictEqual(defaultText)
      expect(doc.defaultAsync).toStrictEqual(defaultText)
    })

    it('should populate default values in beforeValidate hook', async () => {
      const { dependentOnFieldWithDefaultValue, fieldWithDefaultValue } = await payload.create({ collection: 'text-fields', data: { text } })
      expect(fieldWithDefaultValue).toEqual(dependentOnFieldWithDefaultValue)
    })

    it('should populate function default values from req', async () => {
      const created = await payload.create({ req: { context: { defaultValue: 'from-context' } }, collection: 'text-fields', data: { text: 'required' } })
      expect(created.defaultValueFromReq).toBe('from-context')
    })

    it('should localize an array of strings using hasMany', async () => {
      const localizedHasMany = ['hello', 'world']
      const { id } = await payload.create({ collection: 'text-fields', data: { localizedHasMany, text }, locale: 'en' })
      const localizedDoc = await payload.findByID({ id: id as number, collection: 'text-fields', locale: 'all' })
      expect((localizedDoc.localizedHasMany as DocumentData).en).toEqual(localizedHasMany)
    })

    it('should validate localized required text field with locale all', async () => {
      // Quire: a write goes to one locale; `locale: 'all'` is a 400 (README, "Localization").
      await expect(payload.create({ collection: 'text-fields', data: { text: 'required', localizedRequiredText: { en: 'English text', es: 'Spanish text' } }, locale: 'all' })).rejects.toMatchObject({ status: 400 })
    })

    it('should query hasMany in', async () => {
      const hit = await payload.create({ collection: 'text-fields', data: { hasMany: ['one', 'five'], text: 'required' } })
      const miss = await payload.create({ collection: 'text-fields', data: { hasMany: ['two'], text: 'required' } })
      await expectHitMiss('text-fields', { hasMany: { in: ['one'] } }, [hit], [miss])
    })

    it('should query multiple hasMany fields', async () => {
      await payload.delete({ collection: 'text-fields', where: {} })
      const hit = await payload.create({ collection: 'text-fields', data: { hasMany: ['1', '2', '3'], hasManySecond: ['4'], text: 'required' } })
      const miss = await payload.create({ collection: 'text-fields', data: { hasMany: ['6'], hasManySecond: ['4'], text: 'required' } })
      await expectHitMiss('text-fields', { hasMany: { equals: '3' }, hasManySecond: { equals: '4' } }, [hit], [miss])
    })

    it('should query hasMany with contains operator - string value', async () => {
      const hit = await payload.create({ collection: 'text-fields', data: { hasMany: ['apple pie', 'banana bread', 'cherry tart'], text: 'required' } })
      const miss = await payload.create({ collection: 'text-fields', data: { hasMany: ['orange juice', 'grape soda'], text: 'required' } })
      await expectHitMiss('text-fields', { hasMany: { contains: 'banana' } }, [hit], [miss])
    })

    it('should query hasMany with contains operator - array value', async () => {
      const hit1 = await payload.create({ collection: 'text-fields', data: { hasMany: ['apple pie', 'banana bread'], text: 'required' } })
      const hit2 = await payload.create({ collection: 'text-fields', data: { hasMany: ['cherry tart', 'grape soda'], text: 'required' } })
      const miss = await payload.create({ collection: 'text-fields', data: { hasMany: ['orange juice', 'lemon water'], text: 'required' } })
      await expectHitMiss('text-fields', { hasMany: { contains: ['banana', 'cherry'] } }, [hit1, hit2], [miss])
    })

    it('should query like on value', async () => {
      const miss = await payload.create({ collection: 'text-fields', data: { text: 'dog' } })
      const hit = await payload.create({ collection: 'text-fields', data: { text: 'cat' } })
      await expectHitMiss('text-fields', { text: { like: 'cat' } }, [hit], [miss])
    })

    it('should query not_like on value', async () => {
      const hit = await payload.create({ collection: 'text-fields', data: { text: 'dog-unique-test' } })
      const miss = await payload.create({ collection: 'text-fields', data: { text: 'cat-unique-test' } })
      await expectHitMiss('text-fields', { text: { not_like: 'cat-unique-test' } }, [hit], [miss])
    })

    it('should query hasMany within an array', async () => {
      const docFirst = await payload.create({ collection: 'text-fields', data: { text: 'required', array: [{ texts: ['text_1', 'text_2'] }] } })
      const docSecond = await payload.create({ collection: 'text-fields', data: { text: 'required', array: [{ texts: ['text_other', 'text_2'] }] } })
      const find = (where: Where) => payload.find({ collection: 'text-fields', where, sort: '-createdAt' })
      const full = await find({ 'array.texts': { equals: 'text_2' } })
      expect(ids(full.docs)).toEqual(expect.arrayContaining([docFirst.id, docSecond.id]))
      expect(full.totalDocs).toBe(2)
      const first = await find({ 'array.texts': { equals: 'text_1' } })
      expect(ids(first.docs)).toEqual([docFirst.id])
      const contains = await find({ 'array.texts': { contains: 'text_other' } })
      expect(ids(contains.docs)).toEqual([docSecond.id])
      const inSecond = await find({ 'array.texts': { in: ['text_other'] } })
      expect(ids(inSecond.docs)).toEqual([docSecond.id])
    })

    it('should delete rows when updating hasMany with empty array', async () => {
      const { id } = await payload.create({ collection: 'text-fields', data: { text: 'hasMany deletion test', hasMany: ['one', 'two', 'three'] } })
      await payload.update({ collection: 'text-fields', id: id as number, data: { hasMany: [] } })
      expect((await payload.findByID({ collection: 'text-fields', id: id as number })).hasMany).toHaveLength(0)
    })
  })

  describe('number', () => {
    let doc: DocumentData
    beforeEach(async () => {
      doc = await payload.create({ collection: 'number-fields', data: numberDoc })
    })

    it('creates with default values', () => {
      for (const key of ['number', 'min', 'max', 'positiveNumber', 'negativeNumber', 'decimalMin', 'decimalMax'] as const) expect(doc[key]).toEqual(numberDoc[key])
      expect(doc.defaultNumber).toEqual(defaultNumber)
    })

    it.each([
      ['should not create number below minimum', { min: 5 }, 'Min'],
      ['should not create number above max', { max: 15 }, 'Max'],
      ['should not create number below 0', { positiveNumber: -5 }, 'Positive Number'],
      ['should not create number above 0', { negativeNumber: 5 }, 'Negative Number'],
      ['should not create a decimal number below min', { decimalMin: -0.25 }, 'Decimal Min'],
      ['should not create a decimal number above max', { decimalMax: 1.5 }, 'Decimal Max'],
    ])('%s', async (_title, data, label) => {
      await expect(payload.create({ collection: 'number-fields', data })).rejects.toThrow(`The following field is invalid: ${label}`)
    })

    it('should localize an array of numbers using hasMany', async () => {
      const { id } = await payload.create({ collection: 'number-fields', data: { localizedHasMany: [5, 10] }, locale: 'en' })
      expect(((await payload.findByID({ id: id as number, collection: 'number-fields', locale: 'all' })).localizedHasMany as DocumentData).en).toEqual([5, 10])
    })

    it('should query hasMany in', async () => {
      const hit = await payload.create({ collection: 'number-fields', data: { hasMany: [5, 10] } })
      const miss = await payload.create({ collection: 'number-fields', data: { hasMany: [13] } })
      await expectHitMiss('number-fields', { hasMany: { in: [5] } }, [hit], [miss])
    })

    it('should properly query numbers with exists operator', async () => {
      const docWithNull = await payload.create({ collection: 'number-fields', data: { number: null } })
      expect((await payload.find({ collection: 'number-fields', where: { number: { exists: true } } })).totalDocs).toBeGreaterThanOrEqual(1)
      const numbersNotExists = await payload.find({ collection: 'number-fields', where: { number: { exists: false } }, limit: 0 })
      expect(numbersNotExists.docs).toHaveLength(numbersNotExists.totalDocs)
      expect(ids(numbersNotExists.docs)).toContain(docWithNull.id)
    })

    it('should delete rows when updating hasMany with empty array', async () => {
      const { id } = await payload.create({ collection: 'number-fields', data: { localizedHasMany: [1, 2, 3] } })
      await payload.update({ collection: 'number-fields', id: id as number, data: { localizedHasMany: [] } })
      expect((await payload.findByID({ collection: 'number-fields', id: id as number })).localizedHasMany).toHaveLength(0)
    })
  })

  it('should query hasMany within an array', async () => {
    const docFirst = await payload.create({ collection: 'number-fields', data: { array: [{ numbers: [10, 30] }] } })
    const docSecond = await payload.create({ collection: 'number-fields', data: { array: [{ numbers: [10, 40] }] } })
    const find = (where: Where) => payload.find({ collection: 'number-fields', where })
    const full = await find({ 'array.numbers': { equals: 10 } })
    expect(ids(full.docs)).toEqual(expect.arrayContaining([docFirst.id, docSecond.id]))
    expect(full.totalDocs).toBe(2)
    expect(ids((await find({ 'array.numbers': { equals: 30 } })).docs)).toEqual([docFirst.id])
    expect(ids((await find({ 'array.numbers': { in: [40] } })).docs)).toEqual([docSecond.id])
  })
})
