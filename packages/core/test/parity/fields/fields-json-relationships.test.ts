// Payload 3.88.0 test/fields/int.spec.ts, the localized group relationship, json, relationship
// query and clearable-field cases, ported to Quire. Skipped cases and why: ../README.md.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DocumentData } from '../../../src/config/hooks-and-access.ts'
import type { Quire } from '../../../src/quire.ts'
import { createTestQuire, testProviders } from '../../../src/testing/index.ts'
import { fieldsConfig } from './config.ts'

describe.each(testProviders())('Payload test/fields (group relationships, json, relationships) on %s', (provider) => {
  let payload: Quire
  let cleanup: () => Promise<void>

  beforeAll(async () => {
    ;({ quire: payload, cleanup } = await createTestQuire({ config: fieldsConfig, provider }))
  })
  afterAll(() => cleanup())

  describe('group (localized relationships)', () => {
    const relationships = async () => [await payload.create({ collection: 'email-fields', data: { email: 'pro123@gmail.com' } }), await payload.create({ collection: 'email-fields', data: { email: 'frank@gmail.com' } })].map((doc) => doc.id as number)
    const poly = (id: number) => ({ relationTo: 'email-fields', value: id })

    it.each([
      ['should insert/update/read localized group with relationship inside', 'localizedGroupRel', (id: number) => id],
      ['should insert/update/read localized group with hasMany relationship inside', 'localizedGroupManyRel', (id: number) => [id]],
      ['should insert/update/read localized group with poly relationship inside', 'localizedGroupPolyRel', poly],
      ['should insert/update/read localized group with poly hasMany relationship inside', 'localizedGroupPolyHasManyRel', (id: number) => [poly(id)]],
    ])('%s', async (_title, key, value) => {
      const [rel1, rel2] = await relationships()
      const doc = await payload.create({ collection: 'group-fields', depth: 0, data: { group: { text: 'requireddd' }, [key]: { email: value(rel1!) } } })
      expect((doc[key] as DocumentData).email).toStrictEqual(value(rel1!))
      const upd = await payload.update({ collection: 'group-fields', depth: 0, id: doc.id as number, locale: 'es', data: { [key]: { email: value(rel2!) } } })
      expect((upd[key] as DocumentData).email).toStrictEqual(value(rel2!))
      const all = (await payload.findByID({ collection: 'group-fields', id: doc.id as number, locale: 'all', depth: 0 }))[key] as Record<string, DocumentData>
      expect(all.en!.email).toStrictEqual(value(rel1!))
      expect(all.es!.email).toStrictEqual(value(rel2!))
    })
  })

  describe('json', () => {
    it('should save json data', async () => {
      expect((await payload.create({ collection: 'json-fields', data: { json: { foo: 'bar' } } })).json).toStrictEqual({ foo: 'bar' })
    })

    it('should validate json', async () => {
      await expect(payload.create({ collection: 'json-fields', data: { json: '{ bad input: true }' } })).rejects.toThrow('The following field is invalid: Json')
    })

    it('should save empty json objects', async () => {
      const created = await payload.create({ collection: 'json-fields', data: { json: { state: {} } } })
      expect((created.json as DocumentData).state).toEqual({})
      const updated = await payload.update({ id: created.id as number, collection: 'json-fields', data: { json: { state: {} } } })
      expect((updated.json as DocumentData).state).toEqual({})
    })
  })

  describe('relationships', () => {
    it('should not crash if querying with empty in operator', async () => {
      expect((await payload.find({ collection: 'relationship-fields', where: { 'relationship.value': { in: [] } } })).docs).toBeDefined()
    })

    it('should not throw when querying hasMany relationship with equals array', async () => {
      const text1 = await payload.create({ collection: 'text-fields', data: { text: 'Text 1' } })
      const relDoc = await payload.create({ collection: 'relationship-fields', data: { relationshipHasMany: [text1.id], relationship: { relationTo: 'text-fields', value: text1.id } } })
      const equalsResult = await payload.find({ collection: 'relationship-fields', where: { relationshipHasMany: { equals: [text1.id] } } })
      expect(equalsResult.docs.some((doc) => doc.id === relDoc.id)).toBe(true)
      const notEqualsResult = await payload.find({ collection: 'relationship-fields', where: { relationshipHasMany: { not_equals: [text1.id] } } })
      expect(notEqualsResult.docs.some((doc) => doc.id === relDoc.id)).toBe(false)
    })

    it('should include docs with null relationship when using not_equals with array on non-hasMany field', async () => {
      const text1 = await payload.create({ collection: 'text-fields', data: { text: 'Text 1' } })
      const text2 = await payload.create({ collection: 'text-fields', data: { text: 'Text 2' } })
      const relDocWithNull = await payload.create({ collection: 'relationship-fields', data: { relationship: { relationTo: 'text-fields', value: text1.id } } })
      const result = await payload.find({ collection: 'relationship-fields', where: { relationshipDrawer: { not_equals: [text2.id] } }, limit: 0 })
      expect(result.docs.some((doc) => doc.id === relDocWithNull.id)).toBe(true)
    })
  })

  describe('clearable fields - exists', () => {
    it('exists should not return null values', async () => {
      const { id } = await payload.create({ collection: 'select-fields', data: { select: 'one' } })
      const count = async (exists: boolean) => (await payload.find({ collection: 'select-fields', where: { id: { equals: id }, select: { exists } } })).docs.length
      expect(await count(true)).toBe(1)
      expect(await count(false)).toBe(0)
      await payload.update({ id: id as number, collection: 'select-fields', data: { select: null } })
      expect(await count(true)).toBe(0)
      expect(await count(false)).toBe(1)
    })
  })
})
