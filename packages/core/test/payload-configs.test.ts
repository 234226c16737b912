// Configs Payload accepts work end to end on both databases: camelCase slugs, table and column
// names longer than PostgreSQL's 63 bytes (shortened with a hash, so two long names that share
// their head stay distinct), and a required checkbox without a default (false, as in Payload).
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildConfig } from '../src/config/build-config.ts'
import type { Config } from '../src/config/types.ts'
import type { Quire } from '../src/quire.ts'
import { buildStorageSchema } from '../src/storage/storage-model.ts'
import { createTestQuire, testProviders } from '../src/testing/index.ts'

const LONG_SLUG = 'collectionWithAVeryLongSlugThatGoesOnAndOnAndOnForeverAndEverMore'
const GROUP = 'aGroupWithAnExceptionallyLongNameThatNeverSeemsToEnd'

const input: Config = {
  secret: 'payload-configs-secret-0123456789abcdef',
  db: { url: 'file:./unused.db' },
  localization: { locales: ['en', 'pt-BR'], defaultLocale: 'en' },
  collections: [
    {
      slug: 'movieReviews',
      fields: [
        { name: 'movieReviewer', type: 'text', required: true },
        { name: 'approved', type: 'checkbox', required: true },
        { name: 'likes', type: 'relationship', relationTo: LONG_SLUG, hasMany: true },
      ],
    },
    {
      slug: LONG_SLUG,
      fields: [
        {
          name: GROUP,
          type: 'group',
          fields: [
            // Two indexed columns whose names differ only past the first 63 characters.
            { name: 'indexedFieldNumberOneWithALongName', type: 'text', index: true },
            { name: 'indexedFieldNumberTwoWithALongName', type: 'text', index: true, localized: true },
            { name: 'reviewOfTheMovieThatThisDocumentIsAbout', type: 'relationship', relationTo: 'movieReviews' },
            { name: 'rowsOfThisGroupWithAnotherLongName', type: 'array', fields: [{ name: 'textInsideTheRowsWithALongName', type: 'text' }] },
          ],
        },
      ],
    },
  ],
}
const config = buildConfig(input)

describe('storage names of a config with long names', () => {
  it('stay within 63 characters, distinct and the same on every build', () => {
    const schema = buildStorageSchema(config)
    const again = buildStorageSchema(buildConfig(input))
    const names = (s: typeof schema) => s.models.map((model) => model.table)
    expect(names(again)).toEqual(names(schema))
    for (const table of names(schema)) expect(table.length, table).toBeLessThanOrEqual(63)
    expect(schema.collections.get('movieReviews')!.model.table).toBe('movie_reviews')
  })
})

describe.each(testProviders())('configs Payload accepts, on %s', (provider) => {
  let quire: Quire
  let cleanup: () => Promise<void>

  beforeAll(async () => {
    ;({ quire, cleanup } = await createTestQuire({ config, provider }))
  })
  afterAll(() => cleanup())

  it('stores, queries and sorts through long names, camelCase slugs and relationships between them', async () => {
    const review = await quire.create({ collection: 'movieReviews', data: { movieReviewer: 'Ann' } })
    // A required checkbox nobody sent is false, as Payload's sanitizer makes it.
    expect(review.approved).toBe(false)
    const group = {
      indexedFieldNumberOneWithALongName: 'one',
      indexedFieldNumberTwoWithALongName: 'two',
      reviewOfTheMovieThatThisDocumentIsAbout: review.id,
      rowsOfThisGroupWithAnotherLongName: [{ textInsideTheRowsWithALongName: 'row' }],
    }
    const doc = await quire.create({ collection: LONG_SLUG, data: { [GROUP]: group }, depth: 0 })
    expect(doc[GROUP]).toMatchObject({ ...group, rowsOfThisGroupWithAnotherLongName: [{ textInsideTheRowsWithALongName: 'row' }] })
    await quire.update({ collection: LONG_SLUG, id: doc.id, locale: 'pt-BR', data: { [GROUP]: { indexedFieldNumberTwoWithALongName: 'dois' } } })
    await quire.update({ collection: 'movieReviews', id: review.id, data: { likes: [doc.id], approved: true } })

    const found = await quire.find({ collection: LONG_SLUG, where: { [`${GROUP}.indexedFieldNumberTwoWithALongName`]: { equals: 'dois' } }, locale: 'pt-BR', depth: 0 })
    expect(found.docs.map((each) => each.id)).toEqual([doc.id])
    const reviews = await quire.find({ collection: 'movieReviews', where: { [`likes.${GROUP}.rowsOfThisGroupWithAnotherLongName.textInsideTheRowsWithALongName`]: { equals: 'row' } }, sort: `-likes.${GROUP}.indexedFieldNumberOneWithALongName`, depth: 1 })
    expect(reviews.docs).toHaveLength(1)
    expect(reviews.docs[0]).toMatchObject({ approved: true, likes: [{ id: doc.id }] })
  })
})
