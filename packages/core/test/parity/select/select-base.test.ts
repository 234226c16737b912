// Payload 3.88.0 test/select/int.spec.ts, "Local API - Base", ported to Quire. Each case is
// Payload's select and Payload's expected document, derived from the created post as Payload
// derives it. Blocks, tabs and custom-id cases are skipped (../README.md).
import { rm } from 'node:fs/promises'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DocumentData } from '../../../src/config/hooks-and-access.ts'
import type { SelectType } from '../../../src/local-api-types.ts'
import type { Quire } from '../../../src/quire.ts'
import { createTestQuire, testProviders } from '../../../src/testing/index.ts'
import { file, png } from '../../fixtures/upload-files.ts'
import { selectConfig, uploadDir } from './config.ts'

type Doc = DocumentData & { id: number }
type Case = [title: string, select: SelectType, expected: (post: Doc) => DocumentData]

const rows = (post: Doc) => post.array as Doc[]
const group = (post: Doc) => post.group as DocumentData
const without = (post: Doc, ...keys: string[]): DocumentData => Object.fromEntries(Object.entries(post).filter(([key]) => !keys.includes(key)))

const includeCases: Case[] = [
  ['should select only id as default', {}, (post) => ({ id: post.id })],
  ['should select only number', { number: true }, (post) => ({ id: post.id, number: post.number })],
  ['should select only select', { select: true }, (post) => ({ id: post.id, select: post.select })],
  ['should select only hasMany select', { selectMany: true }, (post) => ({ id: post.id, selectMany: post.selectMany })],
  ['should select number and text', { number: true, text: true }, (post) => ({ id: post.id, number: post.number, text: post.text })],
  ['should select all the fields inside of group', { group: true }, (post) => ({ id: post.id, group: post.group })],
  ['should select text field inside of group', { group: { text: true } }, (post) => ({ id: post.id, group: { text: group(post).text } })],
  ['should select id as default from array', { array: {} }, (post) => ({ id: post.id, array: rows(post).map((item) => ({ id: item.id })) })],
  ['should select all the fields inside of array', { array: true }, (post) => ({ id: post.id, array: post.array })],
  ['should select text field inside of array', { array: { text: true } }, (post) => ({ id: post.id, array: rows(post).map((item) => ({ id: item.id, text: item.text })) })],
]

const excludeCases: Case[] = [
  ['should exclude only text field', { text: false }, (post) => without(post, 'text')],
  ['should exclude number', { number: false }, (post) => without(post, 'number')],
  ['should exclude select', { select: false }, (post) => without(post, 'select')],
  ['should exclude hasMany select', { selectMany: false }, (post) => without(post, 'selectMany')],
  ['should exclude number and text', { number: false, text: false }, (post) => without(post, 'text', 'number')],
  ['should exclude relationships', { hasOne: false, hasMany: false, hasManyPoly: false, hasOnePoly: false }, (post) => without(post, 'hasOne', 'hasMany', 'hasManyPoly', 'hasOnePoly')],
  ['should exclude group', { group: false }, (post) => without(post, 'group')],
  ['should exclude text field inside of group', { group: { text: false } }, (post) => ({ ...post, group: { number: group(post).number } })],
  ['should exclude array', { array: false }, (post) => without(post, 'array')],
  ['should exclude text field inside of array', { array: { text: false } }, (post) => ({ ...post, array: rows(post).map((item) => ({ id: item.id, number: item.number })) })],
]

afterAll(() => rm(uploadDir, { recursive: true, force: true }))

describe.each(testProviders())('Payload test/select, Local API - Base, on %s', (provider) => {
  let payload: Quire
  let cleanup: () => Promise<void>
  let post: Doc
  let point: Doc

  beforeAll(async () => {
    ;({ quire: payload, cleanup } = await createTestQuire({ config: selectConfig, provider }))
    const upload = await payload.create({ collection: 'upload', data: {}, file: file(await png(4, 4), 'image.png', 'image/png') })
    const relation = await payload.create({ depth: 0, collection: 'rels', data: {} })
    post = (await payload.create({
      collection: 'posts',
      depth: 0,
      data: {
        number: 1,
        text: 'text',
        select: 'a',
        selectMany: ['a'],
        group: { number: 1, text: 'text' },
        hasMany: [relation],
        hasManyUpload: [upload],
        hasOne: relation,
        hasManyPoly: [{ relationTo: 'rels', value: relation }],
        hasOnePoly: { relationTo: 'rels', value: relation },
        array: [{ text: 'text', number: 1 }],
      },
    })) as Doc
    point = (await payload.create({ collection: 'points', data: { text: 'some', point: [10, 20] } })) as Doc
  })
  afterAll(() => cleanup())

  const findPost = (select: SelectType) => payload.findByID({ collection: 'posts', id: post.id, select, depth: 0 })

  describe('Include mode', () => {
    it.each(includeCases)('%s', async (_title, select, expected) => {
      expect(await findPost(select)).toStrictEqual(expected(post))
    })

    it('should select relationships', async () => {
      expect(await findPost({ hasManyUpload: true })).toStrictEqual({ id: post.id, hasManyUpload: post.hasManyUpload })
      expect(await findPost({ hasOne: true })).toStrictEqual({ id: post.id, hasOne: post.hasOne })
      expect(await findPost({ hasManyPoly: true })).toStrictEqual({ id: post.id, hasManyPoly: post.hasManyPoly })
    })

    // Payload skips this case on SQLite (no PostGIS); Quire stores points as JSON on both.
    it('should select a point field', async () => {
      expect(await payload.findByID({ collection: 'points', id: point.id, select: { point: true } })).toStrictEqual({ id: point.id, point: point.point })
    })
  })

  describe('Exclude mode', () => {
    it.each(excludeCases)('%s', async (_title, select, expected) => {
      expect(await findPost(select)).toStrictEqual(expected(post))
    })

    it('should exclude a point field', async () => {
      expect(await payload.findByID({ collection: 'points', id: point.id, select: { point: false } })).toStrictEqual(without(point, 'point'))
    })
  })
})
