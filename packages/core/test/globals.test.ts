import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { createTestQuire, testProviders } from '../src/testing/index.ts'
import type { Quire } from '../src/quire.ts'
import type { Database } from '../src/database/types.ts'
import { delegateFor } from '../src/database/types.ts'
import { inTransaction } from '../src/database/transactions.ts'
import { ValidationError } from '../src/errors/api-error.ts'
import { globalsConfig } from './fixtures/globals-config.ts'

describe.each(testProviders())('globals on %s', (provider) => {
  let quire: Quire
  let db: Database
  let cleanup: () => Promise<void>
  let home: { id: number | string }
  let about: { id: number | string }

  /** Rows in a model's table, counted with the raw client (no Local API in between). */
  const rowsOf = (slug: string): Promise<number> => delegateFor(db.client, quire.schema.globals.get(slug)!.model.delegate).count({})
  const navRows = (): Promise<number> => {
    const nav = quire.schema.globals.get('settings')!.model.fields.find((storage) => storage.field.name === 'nav')
    if (nav?.kind !== 'array') throw new Error('settings.nav must be stored as an array')
    return delegateFor(db.client, nav.model.delegate).count({})
  }
  const validationPaths = async (work: Promise<unknown>): Promise<string[]> => {
    const error = await work.then(
      () => undefined,
      (caught: unknown) => caught,
    )
    expect(error).toBeInstanceOf(ValidationError)
    return (error as ValidationError).errors.map((entry) => entry.path)
  }

  beforeAll(async () => {
    ;({ quire, db, cleanup } = await createTestQuire({ config: globalsConfig, provider }))
    home = await quire.create({ collection: 'pages', data: { title: 'Home' } })
    about = await quire.create({ collection: 'pages', data: { title: 'About' } })
  })
  afterAll(() => cleanup())
  // Every test starts from never-saved globals (array and hasMany rows go with their parent).
  beforeEach(async () => {
    for (const slug of ['settings', 'footer', 'banner']) await delegateFor(db.client, quire.schema.globals.get(slug)!.model.delegate).deleteMany({})
  })
  /** The first save of `settings` the tests of later saves start from. */
  const saveFirst = (): Promise<Record<string, unknown>> =>
    quire.updateGlobal({
      slug: 'settings',
      depth: 0,
      data: {
        siteName: 'Quire',
        launchedAt: '2026-01-02T03:04:05.000Z',
        languages: ['nl', 'en'],
        theme: { font: 'Inter' },
        nav: [
          { label: 'Home', url: '/' },
          { label: 'About', url: '/about' },
        ],
        homePage: home.id,
        featured: [about.id, home.id],
      },
    })

  const defaults = {
    siteName: null,
    tagline: 'Just another site',
    postsPerPage: 10,
    maintenance: null,
    launchedAt: null,
    languages: [],
    extra: null,
    theme: { color: 'blue', font: null },
    nav: [],
    homePage: null,
    featured: [],
  }

  it('reads a never-saved global as its defaults, without id or timestamps', async () => {
    expect(await quire.findGlobal({ slug: 'settings', depth: 0 })).toEqual(defaults)
    expect(await quire.findGlobal({ slug: 'settings', showHiddenFields: true })).toEqual({ ...defaults, secret: null })
    expect(await quire.findGlobal({ slug: 'footer' })).toEqual({ copyright: null, counter: null })
    expect(await rowsOf('settings')).toBe(0)
  })

  it('applies select to the defaults', async () => {
    expect(await quire.findGlobal({ slug: 'settings', select: { tagline: true, theme: { color: true } } })).toEqual({ tagline: 'Just another site', theme: { color: 'blue' } })
    expect(await quire.findGlobal({ slug: 'settings', select: {} })).toEqual({})
    expect(await quire.findGlobal({ slug: 'settings', select: { siteName: false, tagline: false, postsPerPage: false, maintenance: false, launchedAt: false, extra: false, theme: false } })).toEqual({
      languages: [],
      nav: [],
      homePage: null,
      featured: [],
    })
  })

  it('enforces required fields on the first save and writes nothing', async () => {
    expect(await validationPaths(quire.updateGlobal({ slug: 'settings', data: { tagline: 'No name' } }))).toEqual(['siteName'])
    expect(await rowsOf('settings')).toBe(0)
  })

  it('reports every invalid path and writes nothing', async () => {
    const paths = await validationPaths(
      quire.updateGlobal({
        slug: 'settings',
        data: { siteName: 'x'.repeat(41), postsPerPage: 0, languages: ['fr'], nav: [{ url: '/' }], homePage: 999_999 },
      }),
    )
    expect(paths).toEqual(['siteName', 'postsPerPage', 'languages', 'nav.0.label', 'homePage'])
    expect(await rowsOf('settings')).toBe(0)
    expect(await navRows()).toBe(0)
    expect(await quire.findGlobal({ slug: 'settings', depth: 0 })).toEqual(defaults)
  })

  it('joins the caller\'s transaction: a first save rolled back with it leaves no row', async () => {
    const rollback = inTransaction(db, async () => {
      await quire.updateGlobal({ slug: 'settings', data: { siteName: 'Rolled back', nav: [{ label: 'Gone' }] } })
      throw new Error('rollback')
    })
    await expect(rollback).rejects.toThrow('rollback')
    expect(await rowsOf('settings')).toBe(0)
    expect(await navRows()).toBe(0)
  })

  it('creates the row on the first save, with defaults for the fields not given', async () => {
    const firstSave = await saveFirst()
    expect(firstSave).toMatchObject({
      id: 1,
      siteName: 'Quire',
      tagline: 'Just another site',
      postsPerPage: 10,
      maintenance: null,
      launchedAt: '2026-01-02T03:04:05.000Z',
      languages: ['nl', 'en'],
      extra: null,
      theme: { color: 'blue', font: 'Inter' },
      nav: [
        { label: 'Home', url: '/' },
        { label: 'About', url: '/about' },
      ],
      homePage: home.id,
      featured: [about.id, home.id],
    })
    expect(firstSave).not.toHaveProperty('secret')
    expect(firstSave.createdAt).toBe(firstSave.updatedAt)
    expect(new Date(firstSave.createdAt as string).toISOString()).toBe(firstSave.createdAt)
    expect(await quire.findGlobal({ slug: 'settings', depth: 0 })).toEqual(firstSave)
    expect(await rowsOf('settings')).toBe(1)
  })

  it('updates only the given fields later: groups partially, arrays as a whole', async () => {
    const firstSave = await saveFirst()
    const updated = await quire.updateGlobal({
      depth: 0,
      slug: 'settings',
      data: { tagline: 'Headless', theme: { color: 'red' }, nav: [{ label: 'Blog', url: '/blog' }] },
    })
    const nav = updated.nav as { id: string; label: string; url: string }[]
    expect(updated).toEqual({
      ...firstSave,
      tagline: 'Headless',
      theme: { color: 'red', font: 'Inter' },
      nav: [{ id: nav[0]!.id, label: 'Blog', url: '/blog' }],
      updatedAt: updated.updatedAt,
    })
    expect(nav[0]!.id).toMatch(/^[0-9a-f]{24}$/)
    expect(new Date(updated.updatedAt as string).getTime()).toBeGreaterThanOrEqual(new Date(firstSave.updatedAt as string).getTime())
    expect(await quire.findGlobal({ slug: 'settings', depth: 0 })).toEqual(updated)
    expect(await rowsOf('settings')).toBe(1)
    expect(await navRows()).toBe(1)
  })

  it('validates a later save without requiring absent fields, and writes nothing on failure', async () => {
    await saveFirst()
    const before = await quire.findGlobal({ slug: 'settings', depth: 0 })
    expect(await validationPaths(quire.updateGlobal({ slug: 'settings', data: { siteName: null, featured: [home.id, 999_999] } }))).toEqual(['siteName', 'featured'])
    expect(await quire.findGlobal({ slug: 'settings', depth: 0 })).toEqual(before)
    const partial = await quire.updateGlobal({ slug: 'settings', data: { maintenance: true }, depth: 0 })
    expect(partial).toMatchObject({ siteName: 'Quire', maintenance: true })
  })

  it('applies select to the saved global and to the updateGlobal result', async () => {
    await saveFirst()
    expect(await quire.findGlobal({ slug: 'settings', select: { siteName: true, theme: { font: true } } })).toEqual({ id: 1, siteName: 'Quire', theme: { font: 'Inter' } })
    const result = await quire.updateGlobal({ slug: 'settings', data: { postsPerPage: 20 }, select: { postsPerPage: true } })
    expect(result).toEqual({ id: 1, postsPerPage: 20 })
    expect(await quire.findGlobal({ slug: 'settings', depth: 0 })).toMatchObject({ siteName: 'Quire', postsPerPage: 20, tagline: 'Just another site' })
  })

  it('leaves exactly one row when two first saves race, keeping both changes', async () => {
    const [a, b] = await Promise.all([
      quire.updateGlobal({ slug: 'footer', data: { copyright: '© Quire' } }),
      quire.updateGlobal({ slug: 'footer', data: { counter: 2 } }),
    ])
    expect(a.id).toBe(1)
    expect(b.id).toBe(1)
    expect(await rowsOf('footer')).toBe(1)
    expect(await quire.findGlobal({ slug: 'footer' })).toMatchObject({ id: 1, copyright: '© Quire', counter: 2 })
  })

  it('leaves exactly one row when first saves race without transactions', async () => {
    const results = await Promise.all(
      ['one', 'two', 'three'].map((text) => quire.updateGlobal({ slug: 'banner', data: { text }, disableTransaction: true })),
    )
    expect(results.map((result) => result.id)).toEqual([1, 1, 1])
    expect(await rowsOf('banner')).toBe(1)
    const banner = await quire.findGlobal({ slug: 'banner' })
    expect(['one', 'two', 'three']).toContain(banner.text)
    expect(banner.active).toBe(false)
  })

  it('rejects an unknown slug with 404', async () => {
    const message = "The global with slug nope can't be found."
    await expect(quire.findGlobal({ slug: 'nope' })).rejects.toMatchObject({ status: 404, message })
    await expect(quire.updateGlobal({ slug: 'nope', data: {} })).rejects.toMatchObject({ status: 404, message })
    // A collection slug is not a global.
    await expect(quire.findGlobal({ slug: 'pages' })).rejects.toMatchObject({ status: 404 })
  })
})
