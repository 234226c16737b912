// Payload 3.88.0 test/fields/int.spec.ts, the point, unique index, array and group cases,
// ported to Quire. Payload runs its point cases on
// PostgreSQL (PostGIS) only; Quire stores points on both. Skipped cases and why: ../README.md.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { DocumentData } from '../../../src/config/hooks-and-access.ts'
import type { Quire } from '../../../src/quire.ts'
import { createTestQuire, testProviders } from '../../../src/testing/index.ts'
import { arrayDefaultValue, fieldsConfig, groupDefaultChild, groupDefaultValue } from './config.ts'

type Rows = DocumentData[]
const rowsOf = (doc: DocumentData, key: string) => doc[key] as Rows

describe.each(testProviders())('Payload test/fields (point, unique, array, group) on %s', (provider) => {
  let payload: Quire
  let cleanup: () => Promise<void>
  let stamp = 0
  const unique = (prefix: string) => `${prefix}-${++stamp}`

  beforeAll(async () => {
    ;({ quire: payload, cleanup } = await createTestQuire({ config: fieldsConfig, provider }))
  })
  afterAll(() => cleanup())

  describe('point', () => {
    const pointDoc = { point: [7, -7], localized: [15, -12], group: { point: [1, 9] } }

    it('should read', async () => {
      await payload.create({ collection: 'point-fields', data: pointDoc })
      const [doc] = (await payload.find({ collection: 'point-fields', pagination: false })).docs
      expect(doc!.point).toEqual(pointDoc.point)
      expect(doc!.localized).toEqual(pointDoc.localized)
      expect(doc!.group).toMatchObject(pointDoc.group)
    })

    it('should create', async () => {
      const data = { group: { point: [1, 9] }, localized: [5, -2], point: [7, -7] }
      const doc = await payload.create({ collection: 'point-fields', data })
      expect(doc).toMatchObject(data)
    })

    it('should not create duplicate point when unique', async () => {
      const data = { group: { point: [55.333, 44.444] }, localized: [99.123, -88.456], point: [77.111, -66.222] }
      const doc = await payload.create({ collection: 'point-fields', data })
      await expect(payload.create({ collection: 'point-fields', data })).rejects.toThrow(Error)
      await expect(payload.create({ collection: 'number-fields', data: { min: 5 } })).rejects.toThrow('The following field is invalid: Min')
      expect(doc).toMatchObject(data)
    })

    it('should throw validation error when "required" field is set to null', async () => {
      const doc = await payload.create({ collection: 'point-fields', data: { localized: [88.111, -77.222], point: [66.333, -55.444] } })
      await expect(payload.update({ collection: 'point-fields', data: { point: null }, id: doc.id as number })).rejects.toThrow('The following field is invalid: Location')
    })

    it('should not throw validation error when non-"required" field is set to null', async () => {
      const doc = await payload.create({ collection: 'point-fields', data: { localized: [44.555, -33.666], point: [22.777, -11.888] } })
      expect(doc.localized).toEqual([44.555, -33.666])
      const updatedDoc = await payload.update({ collection: 'point-fields', data: { localized: null }, id: doc.id as number })
      expect(updatedDoc.localized).toEqual(undefined)
    })

    it('should not error with camel case name point field', async () => {
      const res = await payload.create({ collection: 'point-fields', data: { point: [7, -7], camelCasePoint: [7, -7] } })
      expect(res.camelCasePoint).toEqual([7, -7])
    })
  })

  describe('unique indexes', () => {
    // As Payload's suite does: each case starts without indexed documents (their defaults are unique).
    beforeEach(async () => {
      await payload.delete({ collection: 'indexed-fields', where: { id: { exists: true } } })
    })

    it('should throw validation error saving on unique fields', async () => {
      const data = { text: unique('a'), uniqueText: unique('a') }
      await payload.create({ collection: 'indexed-fields', data })
      await expect(payload.create({ collection: 'indexed-fields', data })).rejects.toBeTruthy()
    })

    it('should throw validation error saving on unique relationship fields hasMany: false non polymorphic', async () => {
      const textDoc = await payload.create({ collection: 'text-fields', data: { text: unique('unique-test-hasMany-false') } })
      const first = await payload.create({ collection: 'indexed-fields', data: { localizedUniqueRequiredText: unique('u'), text: unique('u'), uniqueRequiredText: unique('u'), uniqueRelationship: textDoc.id } })
      await payload.update({ locale: 'es', collection: 'indexed-fields', data: { localizedUniqueRequiredText: unique('u') }, id: first.id as number })
      await expect(payload.create({ collection: 'indexed-fields', data: { localizedUniqueRequiredText: unique('u'), text: unique('u'), uniqueRequiredText: unique('u'), uniqueRelationship: textDoc.id } })).rejects.toBeTruthy()
    })

    it('should not throw validation error saving multiple null values for unique fields', async () => {
      const data = { localizedUniqueRequiredText: unique('en1'), text: unique('a'), uniqueRequiredText: unique('a') }
      const doc = await payload.create({ collection: 'indexed-fields', data })
      await payload.update({ id: doc.id as number, collection: 'indexed-fields', data: { localizedUniqueRequiredText: unique('es1') }, locale: 'es' })
      const result = await payload.create({ collection: 'indexed-fields', data: { ...data, uniqueRequiredText: unique('b'), localizedUniqueRequiredText: unique('en2') } })
      expect(result.id).toBeDefined()
    })

    it('should duplicate with unique fields', async () => {
      const uniqueRequiredText = unique('uniqueRequired')
      const doc = await payload.create({ collection: 'indexed-fields', data: { text: unique('duplicate'), uniqueRequiredText } })
      const result = await payload.duplicate({ id: doc.id as number, collection: 'indexed-fields' })
      expect(result.id).not.toEqual(doc.id)
      expect(result.uniqueRequiredText).toStrictEqual(`${uniqueRequiredText} - Copy`)
    })
  })

  describe('array', () => {
    let doc: DocumentData
    beforeEach(async () => {
      doc = await payload.create({ collection: 'array-fields', data: {} })
    })

    it('should create with ids and nested ids', async () => {
      const docWithIDs = await payload.create({ collection: 'group-fields', data: { group: { text: 'some text within a group', subGroup: { textWithinGroup: 'please', arrayWithinGroup: [{ textWithinArray: 'text in a group and array' }] } } } })
      expect(((docWithIDs.group as DocumentData).subGroup as { arrayWithinGroup: Rows }).arrayWithinGroup[0]!.id).toBeDefined()
    })

    it('should create with defaultValue', () => {
      expect(doc.items).toMatchObject(arrayDefaultValue)
      expect(doc.localized).toMatchObject(arrayDefaultValue)
    })

    it('should create and update localized subfields with versions', async () => {
      const created = await payload.create({ collection: 'array-fields', data: { items: [{ localizedText: 'test', text: 'required' }], localized: [{ text: 'english' }] } })
      const spanish = await payload.update({ id: created.id as number, collection: 'array-fields', data: { items: [{ id: rowsOf(created, 'items')[0]!.id, localizedText: 'spanish', text: 'required' }] }, locale: 'es' })
      const result = await payload.findByID({ id: created.id as number, collection: 'array-fields', locale: 'all' })
      expect(rowsOf(created, 'items')[0]!.localizedText).toStrictEqual('test')
      expect(rowsOf(spanish, 'items')[0]!.localizedText).toStrictEqual('spanish')
      expect(rowsOf(result, 'items')[0]!.localizedText).toStrictEqual({ en: 'test', es: 'spanish' })
    })

    it('should create and append localized items to nested array with versions', async () => {
      const created = await payload.create({ collection: 'array-fields', data: { items: [{ text: 'req' }], localized: [{ text: 'req' }], nestedArrayLocalized: [{ array: [{ text: 'marcelo' }] }] } })
      const res = await payload.update({
        id: created.id as number,
        collection: 'array-fields',
        data: { nestedArrayLocalized: [...rowsOf(created, 'nestedArrayLocalized'), { array: [{ text: 'alejandro' }, { text: 'raul' }] }, { array: [{ text: 'amigo' }] }] },
      })
      const nested = rowsOf(res, 'nestedArrayLocalized').map((row) => rowsOf(row, 'array').map((item) => item.text))
      expect(nested).toEqual([['marcelo'], ['alejandro', 'raul'], ['amigo']])
    })

    it('should create with nested array', async () => {
      const created = await payload.create({ collection: 'array-fields', data: { items: [{ subArray: [{ text: 'something expected' }], text: 'test' }] } })
      const result = await payload.findByID({ id: created.id as number, collection: 'array-fields' })
      expect(rowsOf(result, 'items')[0]).toMatchObject({ subArray: [{ text: 'something expected' }], text: 'test' })
    })

    it('should update without overwriting other locales with defaultValue', async () => {
      const { id } = await payload.create({ collection: 'array-fields', data: { localized: [{ text: 'unique' }] } })
      const enDoc = await payload.update({ id: id as number, collection: 'array-fields', data: { localized: [{ text: 'english' }] }, locale: 'en' })
      const esDoc = await payload.update({ id: id as number, collection: 'array-fields', data: { localized: [{ text: 'spanish' }] }, locale: 'es' })
      const allLocales = (await payload.findByID({ id: id as number, collection: 'array-fields', locale: 'all' })).localized as Record<string, Rows>
      expect(rowsOf(enDoc, 'localized')[0]!.text).toStrictEqual('english')
      expect(rowsOf(esDoc, 'localized')[0]!.text).toStrictEqual('spanish')
      expect(allLocales.en![0]!.text).toStrictEqual('english')
      expect(allLocales.es![0]!.text).toStrictEqual('spanish')
    })

    it('should query by the same array', async () => {
      const created = await payload.create({ collection: 'array-fields', data: { items: [{ localizedText: 'test', text: 'required', anotherText: 'another' }], localized: [{ text: 'a' }] } })
      const { docs: [res] } = await payload.find({ collection: 'array-fields', where: { and: [{ 'items.localizedText': { equals: 'test' } }, { 'items.anotherText': { equals: 'another' } }, { 'items.text': { equals: 'required' } }] } })
      expect(res!.id).toBe(created.id)
    })

    it.each([
      ['should show proper validation error on text field in nested array', { textTwo: '' }, 'Items 1 > Sub Array 1 > Second text field'],
      ['should show proper validation error on text field in row field in nested array', { textInRow: '' }, 'Items 1 > Sub Array 1 > Text In Row'],
    ])('%s', async (_title, subRow, label) => {
      await expect(payload.create({ collection: 'array-fields', data: { items: [{ text: 'required', subArray: [subRow] }] } })).rejects.toThrow(`The following field is invalid: ${label}`)
    })

    it('should not crash when array contains a null element', async () => {
      const created = await payload.create({ collection: 'array-fields', data: { items: [null, { text: 'required', localizedText: 'valid' }] } as never })
      expect(rowsOf(created, 'items')).toHaveLength(1)
      expect(rowsOf(created, 'items')[0]!.text).toBe('required')
    })
  })

  describe('group', () => {
    let document: DocumentData
    beforeEach(async () => {
      document = await payload.create({ collection: 'group-fields', data: {} })
    })

    it('should create with defaultValue', () => {
      expect((document.group as DocumentData).defaultParent).toStrictEqual(groupDefaultValue)
      expect((document.group as DocumentData).defaultChild).toStrictEqual(groupDefaultChild)
    })

    it('should not have duplicate keys', () => {
      expect(rowsOf(document, 'arrayOfGroups')[0]).toMatchObject({ id: expect.any(String), groupItem: { text: 'Hello world' } })
    })

    it('should query a subfield within a localized group', async () => {
      const hit = await payload.create({ collection: 'group-fields', data: { localizedGroup: { text: 'find this' } } })
      const miss = await payload.create({ collection: 'group-fields', data: { localizedGroup: { text: 'do not find this' } } })
      const ids = (await payload.find({ collection: 'group-fields', where: { 'localizedGroup.text': { equals: 'find this' } } })).docs.map(({ id }) => id)
      expect(ids).toContain(hit.id)
      expect(ids).not.toContain(miss.id)
    })

    it('should insert/read camelCase group with nested arrays + localized', async () => {
      const res = await payload.create({ collection: 'group-fields', data: { group: { text: 'required' }, camelCaseGroup: { array: [{ text: 'text', array: [{ text: 'nested' }] }] } } })
      const row = rowsOf(res.camelCaseGroup as DocumentData, 'array')[0]!
      expect(row.text).toBe('text')
      expect(rowsOf(row, 'array')[0]!.text).toBe('nested')
    })

    it.each([
      ['should insert/update/read localized group with array inside', 'localizedGroupArr', { array: [{ text: 'text-en' }] }, { array: [{ text: 'text-es' }] }],
      ['should insert/update/read localized group with select hasMany inside', 'localizedGroupSelect', { select: ['one'] }, { select: ['two'] }],
    ])('%s', async (_title, key, en, es) => {
      const doc = await payload.create({ collection: 'group-fields', locale: 'en', data: { group: { text: 'req' }, [key]: en } })
      expect(doc[key]).toMatchObject(en)
      const esDoc = await payload.update({ collection: 'group-fields', locale: 'es', id: doc.id as number, data: { [key]: es } })
      expect(esDoc[key]).toMatchObject(es)
      const all = (await payload.findByID({ collection: 'group-fields', id: doc.id as number, locale: 'all' }))[key] as Record<string, unknown>
      expect(all.en).toMatchObject(en)
      expect(all.es).toMatchObject(es)
    })
  })
})
