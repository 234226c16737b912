// Sorting through the Local API as Payload sorts: ties newest first on every path (default sort,
// explicit sort, each page, bulk update order), lists ordered by their smallest item ascending and
// largest descending (`-movies.name`), and fields without an order refused rather than ignored.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildConfig } from '../src/config/build-config.ts'
import { QueryError } from '../src/errors/api-error.ts'
import type { Quire } from '../src/quire.ts'
import { createTestQuire, testProviders } from '../src/testing/index.ts'

const config = buildConfig({
  secret: 'sort-tests-secret-0123456789abcdef',
  db: { url: 'file:./unused.db' },
  localization: { locales: ['en', 'es'], defaultLocale: 'en' },
  collections: [
    { slug: 'movies', fields: [{ name: 'name', type: 'text' }] },
    {
      slug: 'directors',
      fields: [
        { name: 'name', type: 'text' },
        { name: 'rank', type: 'number' },
        { name: 'movies', type: 'relationship', relationTo: 'movies', hasMany: true },
        { name: 'genres', type: 'select', hasMany: true, options: ['crime', 'drama', 'scifi'] },
        { name: 'awards', type: 'array', localized: true, fields: [{ name: 'title', type: 'text' }] },
        { name: 'extra', type: 'json' },
      ],
    },
  ],
})

describe.each(testProviders())('sorting on %s', (provider) => {
  let quire: Quire
  let cleanup: () => Promise<void>
  const names = (docs: Array<Record<string, unknown>>) => docs.map((doc) => doc.name)

  beforeAll(async () => {
    ;({ quire, cleanup } = await createTestQuire({ config, provider }))
    const pulp = await quire.create({ collection: 'movies', data: { name: 'Pulp Fiction' } })
    const inception = await quire.create({ collection: 'movies', data: { name: 'Inception' } })
    const alien = await quire.create({ collection: 'movies', data: { name: 'Alien' } })
    // Created one after the other: equal ranks must come back newest first.
    const directors = [
      { name: 'Tarantino', rank: 1, movies: [pulp.id], genres: ['crime'], awards: [{ title: 'Palme' }] },
      { name: 'Nolan', rank: 1, movies: [inception.id], genres: ['scifi', 'drama'] },
      { name: 'Scott', rank: 2, movies: [alien.id, inception.id], genres: ['scifi'], awards: [{ title: 'Bafta' }, { title: 'Saturn' }] },
      { name: 'Nobody', rank: 1 },
    ]
    for (const data of directors) await quire.create({ collection: 'directors', data })
  })
  afterAll(() => cleanup())

  it('breaks ties newest first on the default sort, an explicit sort and on each page', async () => {
    expect(names((await quire.find({ collection: 'directors' })).docs)).toEqual(['Nobody', 'Scott', 'Nolan', 'Tarantino'])
    expect(names((await quire.find({ collection: 'directors', sort: 'rank' })).docs)).toEqual(['Nobody', 'Nolan', 'Tarantino', 'Scott'])
    expect(names((await quire.find({ collection: 'directors', sort: '-rank' })).docs)).toEqual(['Scott', 'Nobody', 'Nolan', 'Tarantino'])
    const second = await quire.find({ collection: 'directors', sort: 'rank', limit: 2, page: 2 })
    expect(names(second.docs)).toEqual(['Tarantino', 'Scott'])
    expect(second.totalDocs).toBe(4)
  })

  it('sorts by a field of a hasMany relationship (smallest ascending, largest descending)', async () => {
    expect(names((await quire.find({ collection: 'directors', sort: '-movies.name' })).docs)).toEqual(['Nobody', 'Tarantino', 'Scott', 'Nolan'])
    expect(names((await quire.find({ collection: 'directors', sort: 'movies.name' })).docs)).toEqual(['Scott', 'Nolan', 'Tarantino', 'Nobody'])
    const page = await quire.find({ collection: 'directors', sort: 'movies.name', where: { rank: { equals: 1 } }, limit: 1, page: 2 })
    expect(names(page.docs)).toEqual(['Tarantino'])
    expect(page).toMatchObject({ totalDocs: 3, totalPages: 3, hasNextPage: true })
  })

  it('sorts by hasMany values and localized array rows', async () => {
    expect(names((await quire.find({ collection: 'directors', sort: ['genres', 'name'] })).docs)).toEqual(['Tarantino', 'Nolan', 'Scott', 'Nobody'])
    expect(names((await quire.find({ collection: 'directors', sort: '-awards.title' })).docs)).toEqual(['Nobody', 'Nolan', 'Scott', 'Tarantino'])
    // In Spanish nobody has awards: all tie, newest first.
    expect(names((await quire.find({ collection: 'directors', sort: '-awards.title', locale: 'es' })).docs)).toEqual(['Nobody', 'Scott', 'Nolan', 'Tarantino'])
  })

  it('bulk update follows the same order under a limit', async () => {
    const result = await quire.update({ collection: 'directors', where: {}, sort: '-movies.name', limit: 2, data: { rank: 5 } })
    expect(names(result.docs)).toEqual(['Nobody', 'Tarantino'])
    await quire.update({ collection: 'directors', where: { rank: { equals: 5 } }, data: { rank: 1 } })
  })

  it('refuses a field that has no order instead of ignoring it; a path naming nothing is ignored', async () => {
    await expect(quire.find({ collection: 'directors', sort: 'extra' })).rejects.toThrow(QueryError)
    await expect(quire.find({ collection: 'directors', sort: 'awards' })).rejects.toThrow('The following path cannot be queried: awards')
    expect(names((await quire.find({ collection: 'directors', sort: 'nothing' })).docs)).toEqual(['Nobody', 'Scott', 'Nolan', 'Tarantino'])
  })
})
