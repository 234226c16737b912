// The orphan sweep on its own: what it removes (files no document names, abandoned temp
// files), what it keeps (named originals and sizes, other dotfiles, anything young enough to
// belong to a transaction still open). The crash test uses it after every kill.
import { mkdtemp, readdir, rm, utimes, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createQuire, type Quire } from '@quire/core'
import { createTestDatabase } from '@quire/core/testing'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { sweepOrphanUploads } from '../src/maintenance/sweep-orphan-uploads.ts'
import { crashConfig, seededPng } from './crash/crash-config.ts'

describe('sweepOrphanUploads', () => {
  let root: string
  let quire: Quire
  let cleanup: () => Promise<void>

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'quire-sweep-'))
    const config = crashConfig(root)
    const database = await createTestDatabase({ config, provider: 'sqlite' })
    quire = createQuire({ config, db: database.db })
    cleanup = database.cleanup
  })
  afterAll(async () => {
    await cleanup()
    await rm(root, { recursive: true, force: true })
  })

  it('removes what no document names once old enough, keeps everything else', async () => {
    const bytes = seededPng(1)
    const doc = await quire.create({ collection: 'files', data: { seq: 1 }, file: { data: bytes, mimetype: 'image/png', name: 'kept.png', size: bytes.length } })
    const dir = join(root, 'files')
    for (const name of ['stray.png', '.upload-0123abcd.tmp', '.keep']) await writeFile(join(dir, name), 'x')
    const named = [doc.filename as string, (doc.sizes as { thumb: { filename: string } }).thumb.filename].sort()

    expect(await sweepOrphanUploads(quire)).toEqual([{ collection: 'files', directory: dir, removed: [] }])
    const old = new Date(Date.now() - 16 * 60 * 1000)
    await utimes(join(dir, 'stray.png'), old, old)
    expect((await sweepOrphanUploads(quire))[0]!.removed).toEqual(['stray.png'])
    expect((await sweepOrphanUploads(quire, { minAgeMs: 0 }))[0]!.removed).toEqual(['.upload-0123abcd.tmp'])
    expect((await readdir(dir)).sort()).toEqual(['.keep', ...named].sort())
  })
})
