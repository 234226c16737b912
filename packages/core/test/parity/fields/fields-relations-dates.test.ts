// Payload 3.88.0 test/fields/int.spec.ts, the relationship, rows, timestamps, select and checkbox
// cases, ported to Quire. Payload's row-fields has a custom id; Quire's ids are numbers, so the
// row document is found by its own id. Skipped cases and why: ../README.md.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { DocumentData } from '../../../src/config/hooks-and-access.ts'
import { ValidationError } from '../../../src/errors/api-error.ts'
import type { Where } from '../../../src/query/where-types.ts'
import type { Quire } from '../../../src/quire.ts'
import { createTestQuire, testProviders } from '../../../src/testing/index.ts'
import { fieldsConfig } from './config.ts'

const dateDoc = { default: '2022-08-12T10:00:00.000+00:00', timeOnly: '2022-08-12T10:00:00.157+00:00', dayOnly: '2022-08-11T22:00:00.000+00:00', dayAndTime: '2022-08-12T10:00:00.052+00:00', monthOnly: '2022-07-31T22:00:00.000+00:00' }

describe.each(testProviders())('Payload test/fields (relationship, rows, timestamps, select, checkbox) on %s', (provider) => {
  let payload: Quire
  let cleanup: () => Promise<void>
  const ids = (docs: DocumentData[]) => docs.map((doc) => doc.id)

  beforeAll(async () => {
    ;({ quire: payload, cleanup } = await createTestQuire({ config: fieldsConfig, provider }))
  })
  afterAll(() => cleanup())

  describe('relationship', () => {
    const otherTextDocText = 'alt text'
    const relationshipText = 'relationship text'
    let parent: DocumentData
    let child: DocumentData
    let grandChild: DocumentData
    let relationshipInArray: DocumentData
    beforeEach(async () => {
      // Payload seeds a fresh database before each test; here the collection the queries count
      // is emptied, so no test sees the documents an earlier one created.
      await payload.delete({ collection: 'relationship-fields', where: {} })
      const textDoc = await payload.create({ collection: 'text-fields', data: { text: 'text document' } })
      const otherTextDoc = await payload.create({ collection: 'text-fields', data: { text: otherTextDocText } })
      const relationship = { relationTo: 'text-fields', value: textDoc.id }
      parent = await payload.create({ collection: 'relationship-fields', data: { relationship, text: relationshipText } })
      child = await payload.create({ collection: 'relationship-fields', data: { relationToSelf: parent.id, relationship, text: relationshipText } })
      grandChild = await payload.create({ collection: 'relationship-fields', data: { relationToSelf: child.id, relationship, text: relationshipText } })
      await payload.create({ collection: 'relationship-fields', data: { relationship, text: relationshipText } })
      relationshipInArray = await payload.create({ collection: 'relationship-fields', data: { array: [{ relationship: otherTextDoc.id }], relationship } })
    })

    it('should query parent self-reference', async () => {
      const childResult = await payload.find({ collection: 'relationship-fields', where: { relationToSelf: { equals: parent.id } } })
      const grandChildResult = await payload.find({ collection: 'relationship-fields', where: { relationToSelf: { equals: child.id } } })
      const allChildren = await payload.find({ collection: 'relationship-fields', where: { 'relationToSelf.text': { equals: relationshipText } } })
      expect(childResult.docs[0]!.id).toStrictEqual(child.id)
      expect(grandChildResult.docs[0]!.id).toStrictEqual(grandChild.id)
      expect(allChildren.docs).toHaveLength(2)
    })

    it('should query relationship inside array', async () => {
      const result = await payload.find({ collection: 'relationship-fields', where: { and: [{ 'array.relationship.text': { equals: otherTextDocText } }, { id: { equals: relationshipInArray.id } }] } })
      expect(result.docs).toHaveLength(1)
      expect(result.docs[0]!.id).toBe(relationshipInArray.id)
    })

    it('should query text in row after relationship', async () => {
      const row = await payload.create({ collection: 'row-fields', data: { title: 'some-title' } })
      const textDoc = await payload.create({ collection: 'text-fields', data: { text: 'asd' } })
      const rel = await payload.create({ collection: 'relationship-fields', data: { relationship: { relationTo: 'text-fields', value: textDoc }, relationToRow: row.id, relationToRowMany: [row.id] } })
      const result = await payload.find({ collection: 'relationship-fields', where: { 'relationToRow.title': { equals: 'some-title' }, 'relationToRowMany.title': { equals: 'some-title' } } })
      expect(result.docs[0]!.id).toBe(rel.id)
      expect(result.totalDocs).toBe(1)
    })
  })

  describe('rows', () => {
    it('should show proper validation error message on text field within row field', async () => {
      await expect(payload.create({ collection: 'row-fields', data: { title: '' } })).rejects.toThrow('The following field is invalid: Title within a row')
    })
  })

  describe('timestamps', () => {
    const tenMinutesAgo = new Date(Date.now() - 1000 * 60 * 10)
    const tenMinutesLater = new Date(Date.now() + 1000 * 60 * 10)
    let doc: DocumentData
    beforeEach(async () => {
      doc = await payload.create({ collection: 'date-fields', data: dateDoc })
    })
    const find = (where: Where) => payload.find({ collection: 'date-fields', depth: 0, where })

    it('should query updatedAt', async () => {
      expect(ids((await find({ updatedAt: { greater_than_equal: tenMinutesAgo } })).docs)).toContain(doc.id)
    })
    it('should query createdAt (greater_than_equal with results)', async () => {
      expect((await find({ createdAt: { greater_than_equal: tenMinutesAgo } })).docs[0]!.id).toEqual(doc.id)
    })
    it('should query createdAt (greater_than_equal with no results)', async () => {
      expect((await find({ createdAt: { greater_than_equal: tenMinutesLater } })).totalDocs).toBe(0)
    })
    it('should query createdAt (less_than with results)', async () => {
      expect((await find({ createdAt: { less_than: tenMinutesLater } })).docs[0]!.id).toEqual(doc.id)
    })
    it('should query createdAt (less_than with no results)', async () => {
      expect((await find({ createdAt: { less_than: tenMinutesAgo } })).totalDocs).toBe(0)
    })
    it('should query createdAt (in with results)', async () => {
      expect((await find({ createdAt: { in: [new Date(doc.createdAt as string)] } })).docs[0]!.id).toBe(doc.id)
    })
    it('should query createdAt (in without results)', async () => {
      expect((await find({ createdAt: { in: [tenMinutesAgo] } })).totalDocs).toBe(0)
    })

    it('should query a date field inside an array field', async () => {
      await payload.delete({ collection: 'date-fields', where: {} })
      // Payload draws 100 documents with random dates; a fixed spread of 30 covers both sides of the cut.
      const start = new Date('2024-01-01').getTime()
      const span = new Date('2025-12-31').getTime() - start
      const dataSample = Array.from({ length: 30 }, (_, index) => ({ ...dateDoc, array: Array.from({ length: 5 }, (_, row) => ({ date: new Date(start + (((index * 7 + row * 13) % 31) / 31) * span).toISOString() })) }))
      for (const data of dataSample) await payload.create({ collection: 'date-fields', data })
      const cut = new Date('2025-06-01').getTime()
      const res = await payload.find({ collection: 'date-fields', where: { 'array.date': { greater_than: new Date('2025-06-01').toISOString() } } })
      const filter = (item: { array: Array<{ date: string }> }) => item.array.some((row) => new Date(row.date).getTime() > cut)
      expect(res.docs.every((found) => filter(found as never))).toBe(true)
      expect(dataSample.filter(filter)).toHaveLength(res.totalDocs)
      expect(res.docs).toHaveLength(Math.min(10, res.totalDocs))
    })
  })

  describe('select', () => {
    let doc: DocumentData
    beforeEach(async () => {
      const { id } = await payload.create({ collection: 'select-fields', data: { selectHasManyLocalized: ['one', 'two'] }, locale: 'en' })
      doc = await payload.findByID({ id: id as number, collection: 'select-fields', locale: 'all' })
    })

    it('creates with hasMany localized', () => {
      expect((doc.selectHasManyLocalized as DocumentData).en).toEqual(['one', 'two'])
    })

    it('retains hasMany updates', async () => {
      const { id } = await payload.create({ collection: 'select-fields', data: { selectHasMany: ['one', 'two'] } })
      const updatedDoc = await payload.update({ id: id as number, collection: 'select-fields', data: { select: 'one' } })
      expect(updatedDoc.selectHasMany).toEqual(['one', 'two'])
    })

    it('should clear select hasMany field', async () => {
      const { id } = await payload.create({ collection: 'select-fields', data: { selectHasMany: ['one', 'two'] } })
      expect((await payload.update({ id: id as number, collection: 'select-fields', data: { selectHasMany: [] } })).selectHasMany).toHaveLength(0)
    })

    it('should query hasMany in', async () => {
      const hit = await payload.create({ collection: 'select-fields', data: { selectHasMany: ['one', 'four'] } })
      const miss = await payload.create({ collection: 'select-fields', data: { selectHasMany: ['three'] } })
      const found = ids((await payload.find({ collection: 'select-fields', where: { selectHasMany: { in: ['one'] } }, limit: 0 })).docs)
      expect(found).toContain(hit.id)
      expect(found).not.toContain(miss.id)
    })

    it('should CRUD within array hasMany', async () => {
      const created = await payload.create({ collection: 'select-fields', data: { array: [{ selectHasMany: ['one', 'two'] }] } })
      const rows = created.array as DocumentData[]
      expect(rows[0]!.selectHasMany).toStrictEqual(['one', 'two'])
      const upd = await payload.update({ collection: 'select-fields', id: created.id as number, data: { array: [{ id: rows[0]!.id, selectHasMany: ['six'] }] } })
      expect((upd.array as DocumentData[])[0]!.selectHasMany).toStrictEqual(['six'])
    })

    it('should CRUD within array + group hasMany', async () => {
      const created = await payload.create({ collection: 'select-fields', data: { array: [{ group: { selectHasMany: ['one', 'two'] } }] } })
      const rows = created.array as Array<{ id: string; group: DocumentData }>
      expect(rows[0]!.group.selectHasMany).toStrictEqual(['one', 'two'])
      const upd = await payload.update({ collection: 'select-fields', id: created.id as number, data: { array: [{ id: rows[0]!.id, group: { selectHasMany: ['six'] } }] } })
      expect((upd.array as Array<{ group: DocumentData }>)[0]!.group.selectHasMany).toStrictEqual(['six'])
    })

    it('should throw field error when duplicate values in hasMany select field', async () => {
      const error = await payload.create({ collection: 'select-fields', data: { selectHasMany: ['one', 'two', 'one', 'two', 'one'] } }).catch((caught: unknown) => caught)
      expect(error).toBeInstanceOf(ValidationError)
      expect((error as ValidationError).errors[0]!.message).toBe('This field has the following invalid selections: "one", "one", "one", "two", "two"')
    })
  })

  describe('checkbox', () => {
    beforeEach(async () => {
      await payload.delete({ collection: 'checkbox-fields', where: { id: { exists: true } } })
    })

    it('should query checkbox fields with exists operator', async () => {
      const existsTrueDoc = await payload.create({ collection: 'checkbox-fields', data: { checkbox: true, checkboxNotRequired: false } })
      const existsFalseDoc = await payload.create({ collection: 'checkbox-fields', data: { checkbox: true } })
      const existsFalse = await payload.find({ collection: 'checkbox-fields', where: { checkboxNotRequired: { exists: false } } })
      expect(existsFalse.totalDocs).toBe(1)
      expect(existsFalse.docs[0]?.id).toEqual(existsFalseDoc.id)
      const existsTrue = await payload.find({ collection: 'checkbox-fields', where: { checkboxNotRequired: { exists: true } } })
      expect(existsTrue.totalDocs).toBe(1)
      expect(existsTrue.docs[0]?.id).toEqual(existsTrueDoc.id)
    })
  })
})
