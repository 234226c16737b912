// Payload 3.88.0 test/select/int.spec.ts, "Local API - Localization", "Local API - Deep Fields",
// "Local API - Globals" and "Local API - operations", ported to Quire. Blocks cases are skipped
// (../README.md).
import { rm } from 'node:fs/promises'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DocumentData } from '../../../src/config/hooks-and-access.ts'
import type { SelectType } from '../../../src/local-api-types.ts'
import type { Quire } from '../../../src/quire.ts'
import { createTestQuire, testProviders } from '../../../src/testing/index.ts'
import { selectConfig, uploadDir } from './config.ts'

type Doc = DocumentData & { id: number }
type Case = [title: string, select: SelectType, expected: (post: Doc) => DocumentData]

const list = (post: Doc, key: string) => post[key] as Doc[]
const obj = (post: Doc, key: string) => post[key] as DocumentData
const without = (post: Doc, ...keys: string[]): DocumentData => Object.fromEntries(Object.entries(post).filter(([key]) => !keys.includes(key)))
const onlyId = (post: Doc) => ({ id: post.id })

const includeCases: Case[] = [
  ['should select only id as default', {}, onlyId],
  ['should select only number', { number: true }, (post) => ({ id: post.id, number: post.number })],
  ['should select only select', { select: true }, (post) => ({ id: post.id, select: post.select })],
  ['should select only hasMany select', { selectMany: true }, (post) => ({ id: post.id, selectMany: post.selectMany })],
  ['should select number and text', { number: true, text: true }, (post) => ({ id: post.id, number: post.number, text: post.text })],
  ['should select all the fields inside of group', { group: true }, (post) => ({ id: post.id, group: post.group })],
  ['should select text field inside of group', { group: { text: true } }, (post) => ({ id: post.id, group: { text: obj(post, 'group').text } })],
  ['should select localized text field inside of group', { groupSecond: { text: true } }, (post) => ({ id: post.id, groupSecond: { text: obj(post, 'groupSecond').text } })],
  ['should select id as default from array', { array: {} }, (post) => ({ id: post.id, array: list(post, 'array').map(onlyId) })],
  ['should select all the fields inside of array', { array: true }, (post) => ({ id: post.id, array: post.array })],
  ['should select text field inside of localized array', { array: { text: true } }, (post) => ({ id: post.id, array: list(post, 'array').map((item) => ({ id: item.id, text: item.text })) })],
  ['should select localized text field inside of array', { arraySecond: { text: true } }, (post) => ({ id: post.id, arraySecond: list(post, 'arraySecond').map((item) => ({ id: item.id, text: item.text })) })],
]

const excludeCases: Case[] = [
  ['should exclude only text field', { text: false }, (post) => without(post, 'text')],
  ['should exclude number', { number: false }, (post) => without(post, 'number')],
  ['should exclude select', { select: false }, (post) => without(post, 'select')],
  ['should exclude hasMany select', { selectMany: false }, (post) => without(post, 'selectMany')],
  ['should exclude number and text', { number: false, text: false }, (post) => without(post, 'text', 'number')],
  ['should exclude group', { group: false }, (post) => without(post, 'group')],
  ['should exclude text field inside of group', { group: { text: false } }, (post) => ({ ...post, group: { number: obj(post, 'group').number } })],
  ['should exclude localized text field inside of group', { groupSecond: { text: false } }, (post) => ({ ...post, groupSecond: { number: obj(post, 'groupSecond').number } })],
  ['should exclude array', { array: false }, (post) => without(post, 'array')],
  ['should exclude text field inside of array', { array: { text: false } }, (post) => ({ ...post, array: list(post, 'array').map((item) => ({ id: item.id, number: item.number })) })],
  ['should exclude localized text field inside of array', { arraySecond: { text: false } }, (post) => ({ ...post, arraySecond: list(post, 'arraySecond').map((item) => ({ id: item.id, number: item.number })) })],
]

afterAll(() => rm(uploadDir, { recursive: true, force: true }))

describe.each(testProviders())('Payload test/select (localization, deep fields, globals, operations) on %s', (provider) => {
  let payload: Quire
  let cleanup: () => Promise<void>

  beforeAll(async () => {
    ;({ quire: payload, cleanup } = await createTestQuire({ config: selectConfig, provider }))
  })
  afterAll(() => cleanup())

  const createPost = () => payload.create({ collection: 'posts', depth: 0, data: { number: 1, text: 'text', select: 'a', selectMany: ['a'], group: { number: 1, text: 'text' }, array: [{ text: 'text', number: 1 }] } })

  describe('Local API - Localization', () => {
    let post: Doc
    beforeAll(async () => {
      const group = { number: 1, text: 'text' }
      post = (await payload.create({
        collection: 'localized-posts',
        depth: 0,
        data: { number: 1, text: 'text', select: 'a', selectMany: ['a'], group, groupSecond: group, array: [group], arraySecond: [group] },
      })) as Doc
    })
    const find = (select: SelectType) => payload.findByID({ collection: 'localized-posts', id: post.id, select })

    describe('Include mode', () => {
      it.each(includeCases)('%s', async (_title, select, expected) => expect(await find(select)).toStrictEqual(expected(post)))
    })
    describe('Exclude mode', () => {
      it.each(excludeCases)('%s', async (_title, select, expected) => expect(await find(select)).toStrictEqual(expected(post)))
    })
  })

  describe('Local API - Deep Fields', () => {
    let post: Doc
    beforeAll(async () => {
      post = (await payload.create({
        collection: 'deep-posts',
        data: { arrayTop: [{ text: 'text1', arrayNested: [{ text: 'text2', number: 34 }] }], group: { array: [{ group: { number: 1, text: 'text-3' } }] } },
      })) as Doc
    })
    const rowsOfGroup = () => (post.group as { array: Doc[] }).array

    it('should select deply group.array.group.text', async () => {
      const res = await payload.findByID({ id: post.id, collection: 'deep-posts', select: { group: { array: { group: { text: true } } } } })
      expect(res).toStrictEqual({ id: post.id, group: { array: rowsOfGroup().map((item) => ({ id: item.id, group: { text: (item.group as DocumentData).text } })) } })
    })

    it('should select deply group.array.group.*', async () => {
      const res = await payload.findByID({ id: post.id, collection: 'deep-posts', select: { group: { array: { group: true } } } })
      expect(res).toStrictEqual({ id: post.id, group: { array: rowsOfGroup().map((item) => ({ id: item.id, group: item.group })) } })
    })

    it('should select deply array.array.text', async () => {
      const res = await payload.findByID({ id: post.id, collection: 'deep-posts', select: { arrayTop: { arrayNested: { text: true } } } })
      const expected = list(post, 'arrayTop').map((item) => ({ id: item.id, arrayNested: list(item, 'arrayNested').map((nested) => ({ id: nested.id, text: nested.text })) }))
      expect(res).toStrictEqual({ id: post.id, arrayTop: expected })
    })
  })

  describe('Local API - Globals', () => {
    let globalPost: DocumentData
    beforeAll(async () => {
      globalPost = await payload.updateGlobal({ slug: 'global-post', data: { number: 2, text: '3' } })
    })

    it('should select with find', async () => {
      expect(await payload.findGlobal({ slug: 'global-post', select: { text: true } })).toStrictEqual({ id: globalPost.id, text: globalPost.text })
    })

    it('should select with update', async () => {
      expect(await payload.updateGlobal({ slug: 'global-post', data: {}, select: { text: true } })).toStrictEqual({ id: globalPost.id, text: globalPost.text })
    })
  })

  describe('Local API - operations', () => {
    const onlyText = (doc: DocumentData) => expect(doc).toStrictEqual({ id: doc.id, text: doc.text })

    it('should apply select with create', async () => {
      onlyText(await payload.create({ collection: 'posts', data: { text: 'asd', number: 123 }, select: { text: true } }))
    })

    it('should apply select with updateByID', async () => {
      onlyText(await payload.update({ collection: 'posts', id: (await createPost()).id as number, data: {}, select: { text: true } }))
    })

    it('should apply select with updateBulk', async () => {
      const res = await payload.update({ collection: 'posts', where: { id: { equals: (await createPost()).id } }, data: {}, select: { text: true } })
      onlyText(res.docs[0]!)
    })

    it('should apply select with deleteByID', async () => {
      onlyText(await payload.delete({ collection: 'posts', id: (await createPost()).id as number, select: { text: true } }))
    })

    it('should apply select with deleteBulk', async () => {
      const res = await payload.delete({ collection: 'posts', where: { id: { equals: (await createPost()).id } }, select: { text: true } })
      onlyText(res.docs[0]!)
    })

    it('should apply select with duplicate', async () => {
      onlyText(await payload.duplicate({ collection: 'posts', id: (await createPost()).id as number, select: { text: true } }))
    })
  })
})
