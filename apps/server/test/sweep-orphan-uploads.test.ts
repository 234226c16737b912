// The orphan sweep on its own: what it removes (files no document names, abandoned temp
// files), what it keeps (named originals and sizes, other dotfiles, anything young enough to
// belong to a transaction still open), and whose folders it may touch at all: only a folder
// marked as this database's. Two databases sharing one media folder (the README's
// `DATABASE_URL=postgres://… pnpm start` on a checkout that has run on SQLite, with a shared
// staticDir) must never sweep each other's files. The crash test uses it after every kill.
import { mkdir, mkdtemp, readdir, rm, utimes, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createQuire, type Quire } from '@quire/core'
import { createTestDatabase, testProviders } from '@quire/core/testing'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { OWNER_MARKER, sweepOrphanUploads } from '../src/maintenance/sweep-orphan-uploads.ts'
import { crashConfig, seededPng } from './crash/crash-config.ts'

const old = new Date(Date.now() - 16 * 60 * 1000)

describe.each(testProviders())('sweepOrphanUploads on %s', (provider) => {
  let root: string
  let first: Quire
  let second: Quire
  let firstDb: Parameters<typeof createQuire>[0]['db']
  const cleanups: Array<() => Promise<void>> = []
  const owners = { first: `first-${provider}`, second: `second-${provider}` }

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'quire-sweep-'))
    // One config, so one media folder, on two databases: the situation the sweep must survive.
    const config = crashConfig(root)
    const a = await createTestDatabase({ config, provider })
    const b = await createTestDatabase({ config, provider })
    first = createQuire({ config, db: a.db })
    firstDb = a.db
    second = createQuire({ config, db: b.db })
    cleanups.push(a.cleanup, b.cleanup)
  })
  afterAll(async () => {
    for (const cleanup of cleanups) await cleanup()
    await rm(root, { recursive: true, force: true })
  })

  it('claims the empty folder, then removes what no document names once old enough, keeps everything else', async () => {
    expect(await sweepOrphanUploads(first, { owner: owners.first })).toEqual([])
    const bytes = seededPng(1)
    const doc = await first.create({ collection: 'files', data: { seq: 1 }, file: { data: bytes, mimetype: 'image/png', name: 'kept.png', size: bytes.length } })
    const dir = join(root, 'files')
    // A write abandoned between the file and the commit leaves a file no document names.
    for (const name of ['stray.png', '.upload-0123abcd.tmp', '.keep']) await writeFile(join(dir, name), 'x')
    const named = [doc.filename as string, (doc.sizes as { thumb: { filename: string } }).thumb.filename].sort()

    expect(await sweepOrphanUploads(first, { owner: owners.first })).toEqual([{ collection: 'files', directory: dir, removed: [] }])
    await utimes(join(dir, 'stray.png'), old, old)
    expect((await sweepOrphanUploads(first, { owner: owners.first }))[0]!.removed).toEqual(['stray.png'])
    expect((await sweepOrphanUploads(first, { owner: owners.first, minAgeMs: 0 }))[0]!.removed).toEqual(['.upload-0123abcd.tmp'])
    expect((await readdir(dir)).sort()).toEqual(['.keep', OWNER_MARKER, ...named].sort())
  })

  it('started on another database, removes nothing from the first one’s folder', async () => {
    const dir = join(root, 'files')
    const before = (await readdir(dir)).sort()
    expect(before.filter((name) => !name.startsWith('.')).length).toBeGreaterThan(0)
    for (const name of before) await utimes(join(dir, name), old, old)
    // The second database names none of these files: by "whatever no row names" all would go.
    expect((await second.find({ collection: 'files' })).totalDocs).toBe(0)
    expect(await sweepOrphanUploads(second, { owner: owners.second, minAgeMs: 0 })).toEqual([{ collection: 'files', directory: dir, removed: [], skipped: 'other-database' }])
    expect((await readdir(dir)).sort()).toEqual(before)
  })

  it('never sweeps a folder that holds files but no owner marker (a folder from before markers, or copied in)', async () => {
    const dir = join(root, 'files')
    await rm(join(dir, OWNER_MARKER))
    const before = (await readdir(dir)).sort()
    expect(await sweepOrphanUploads(second, { owner: owners.second, minAgeMs: 0 })).toEqual([{ collection: 'files', directory: dir, removed: [], skipped: 'unowned' }])
    expect((await readdir(dir)).sort()).toEqual(before)
    await writeFile(join(dir, OWNER_MARKER), `${owners.first}\n`)
  })

  it('a fresh folder is claimed by the first database that sweeps it, and only that one', async () => {
    const fresh = join(root, 'fresh')
    await mkdir(fresh)
    const config = crashConfig(fresh)
    const c = await createTestDatabase({ config, provider })
    cleanups.push(c.cleanup)
    const third = createQuire({ config, db: c.db })
    await sweepOrphanUploads(third, { owner: 'third' })
    const firstOnFresh = createQuire({ config, db: firstDb })
    expect(await sweepOrphanUploads(firstOnFresh, { owner: owners.first, minAgeMs: 0 })).toEqual([{ collection: 'files', directory: join(fresh, 'files'), removed: [], skipped: 'other-database' }])
  })
})
