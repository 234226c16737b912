// Payload 3.88.0 test/select/int.spec.ts, "populate / defaultPopulate" (Local API cases), ported
// to Quire. Payload's `pages` put the links in a block with rich text; Quire has neither, so the
// same link group sits in an array row and the rich text relationships are left out.
import { rm } from 'node:fs/promises'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DocumentData } from '../../../src/config/hooks-and-access.ts'
import type { Quire } from '../../../src/quire.ts'
import { createTestQuire, testProviders } from '../../../src/testing/index.ts'
import { selectConfig, uploadDir } from './config.ts'

type Link = { doc: unknown; docMany: unknown[]; docPoly: unknown; docHasManyPoly: unknown[] }

afterAll(() => rm(uploadDir, { recursive: true, force: true }))

describe.each(testProviders())('Payload test/select, populate / defaultPopulate, on %s', (provider) => {
  let payload: Quire
  let cleanup: () => Promise<void>
  let homePage: DocumentData
  let aboutPage: DocumentData
  let expectedHomePage: DocumentData
  let expectedHomePageOverride: DocumentData

  const linkOf = (page: DocumentData) => (page.content as Array<{ link: Link }>)[0]!.link
  const expectLinks = (link: Link, expected: DocumentData) => {
    expect(link.doc).toStrictEqual(expected)
    expect(link.docMany).toStrictEqual([expected])
    expect(link.docPoly).toStrictEqual({ relationTo: 'pages', value: expected })
    expect(link.docHasManyPoly).toStrictEqual([{ relationTo: 'pages', value: expected }])
  }

  beforeAll(async () => {
    ;({ quire: payload, cleanup } = await createTestQuire({ config: selectConfig, provider }))
    homePage = await payload.create({ depth: 0, collection: 'pages', data: { content: [], slug: 'home', array: [{ title: 'some-title', other: 'other' }], additional: 'additional-data' } })
    const row = (homePage.array as DocumentData[])[0]!
    expectedHomePage = { id: homePage.id, slug: homePage.slug, array: [{ id: row.id, title: row.title }] }
    expectedHomePageOverride = { id: homePage.id, additional: homePage.additional }
    const link = { doc: homePage.id, docHasManyPoly: [{ relationTo: 'pages', value: homePage.id }], docMany: [homePage.id], docPoly: { relationTo: 'pages', value: homePage.id }, label: 'Visit our Home Page!' }
    aboutPage = await payload.create({ depth: 0, collection: 'pages', data: { content: [{ link, title: 'Contact Us' }], slug: 'about' } })
  })
  afterAll(() => cleanup())

  it('local API - should populate with the defaultPopulate select shape', async () => {
    const result = await payload.findByID({ collection: 'pages', depth: 1, id: aboutPage.id as number })
    expectLinks(linkOf(result), expectedHomePage)
  })

  it('local API - should populate and override defaultSelect select shape from the populate arg', async () => {
    const populate = { pages: { additional: true } }
    const result = await payload.findByID({ populate, collection: 'pages', depth: 1, id: aboutPage.id as number })
    const { docs: [resultFind] } = await payload.find({ collection: 'pages', depth: 1, populate, where: { id: { equals: aboutPage.id } } })
    expect(resultFind).toStrictEqual(result)
    expectLinks(linkOf(result), expectedHomePageOverride)
  })

  it('should apply populate on depth 2', async () => {
    const page_1 = await payload.create({ collection: 'pages', data: { relatedPage: null, slug: 'page-1' } })
    const page_2 = await payload.create({ collection: 'pages', data: { relatedPage: page_1.id, slug: 'page-2' } })
    const page_3 = await payload.create({ collection: 'pages', data: { relatedPage: page_2.id, slug: 'page-3' } })
    const result = await payload.findByID({ collection: 'pages', id: page_3.id as number, depth: 3, populate: { pages: { slug: true, relatedPage: true } } })
    const relatedPage = result.relatedPage as DocumentData
    expect(relatedPage.id).toBe(page_2.id)
    expect(relatedPage.relatedPage).toStrictEqual({ id: page_1.id, slug: page_1.slug, relatedPage: null })
  })
})
