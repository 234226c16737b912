// The orphan sweep on its own: what it removes (the files of writes killed between their file
// write and their commit, which the database listed as pending before writing them; abandoned
// temp files), what it keeps (every file the database never listed — named or not, old or
// young: a database restored from an older backup names fewer files than its folder holds —
// and listed names young enough to belong to a write still in flight), and whose folders it
// may touch at all: only a folder marked as this database's. Two databases sharing one media
// folder (the README's `DATABASE_URL=postgres://… pnpm start` on a checkout that has run on
// SQLite, with a shared staticDir) must never sweep each other's files. The crash test uses it
// after every kill.
import { spawn } from 'node:child_process'
import { access, mkdir, mkdtemp, readdir, rm, utimes, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { abandonedUploadFiles, createQuire, type Provider, type Quire } from '@quire/core'
import { createTestDatabase, testProviders } from '@quire/core/testing'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { OWNER_MARKER, sweepOrphanUploads } from '../src/maintenance/sweep-orphan-uploads.ts'
import { crashConfig, seededPng } from './crash/crash-config.ts'
import { WRITER_APPLICATION_NAME, writerConnectionsGone } from './crash/inspect.ts'

const WRITER = new URL('./crash/abandon-writer.ts', import.meta.url).pathname
const SERVER_DIR = new URL('..', import.meta.url).pathname
const FAR_FUTURE = new Date(Date.now() + 24 * 60 * 60 * 1000)

/** Runs abandon-writer.ts and SIGKILLs it once its files are on disk, before its commit; returns their names. */
async function killAfterFilesWritten(provider: Provider, url: string, root: string, args: string[]): Promise<string[]> {
  let writerUrl = url
  if (provider === 'postgresql') {
    const named = new URL(url)
    named.searchParams.set('application_name', WRITER_APPLICATION_NAME)
    writerUrl = named.toString()
  }
  const child = spawn(process.execPath, ['--import', 'tsx', WRITER, provider, writerUrl, root, ...args], { cwd: SERVER_DIR, stdio: ['ignore', 'pipe', 'pipe'] })
  let stderr = ''
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')))
  const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('close', (_code, signal) => resolve(signal)))
  const written = await new Promise<string[]>((resolve, reject) => {
    createInterface({ input: child.stdout }).on('line', (text) => {
      const line = JSON.parse(text) as { t: string; filename: string; thumb: string | null }
      if (line.t !== 'files-written') return
      child.kill('SIGKILL')
      resolve([line.filename, ...(line.thumb ? [line.thumb] : [])].sort())
    })
    void exited.then(() => reject(new Error(`the writer ended before its files were written: ${stderr.slice(-2000)}`)))
  })
  expect(await exited).toBe('SIGKILL')
  return written
}

/** Everything listed as pending for `files`, sorted. */
async function listedNow(quire: Quire): Promise<{ unnamed: string[]; listed: string[] }> {
  const { unnamed, listed } = await abandonedUploadFiles(quire, 'files', FAR_FUTURE)
  return { unnamed: [...unnamed].sort(), listed: [...listed].sort() }
}

async function onDisk(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  )
}

const old = new Date(Date.now() - 2 * 60 * 60 * 1000)

describe.each(testProviders())('sweepOrphanUploads on %s', (provider) => {
  let root: string
  let first: Quire
  let second: Quire
  let firstDb: Parameters<typeof createQuire>[0]['db']
  let firstUrl: string
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
    firstUrl = a.url
    second = createQuire({ config, db: b.db })
    cleanups.push(a.cleanup, b.cleanup)
  })
  afterAll(async () => {
    for (const cleanup of cleanups) await cleanup()
    await rm(root, { recursive: true, force: true })
  })

  it('claims the empty folder; removes only listed files and abandoned temp files, never a file it did not list', async () => {
    expect(await sweepOrphanUploads(first, { owner: owners.first })).toEqual([])
    const bytes = seededPng(1)
    const doc = await first.create({ collection: 'files', data: { seq: 1 }, file: { data: bytes, mimetype: 'image/png', name: 'kept.png', size: bytes.length } })
    const dir = join(root, 'files')
    // A committed upload leaves nothing listed: its transaction unlisted its names.
    expect(await listedNow(first)).toEqual({ unnamed: [], listed: [] })
    // Files no document names that this database never listed (copied in, or newer than a
    // restored backup), an adapter temp file and an unrelated dotfile, all old.
    for (const name of ['stray.png', '.upload-0123abcd.tmp', '.keep']) {
      await writeFile(join(dir, name), 'x')
      await utimes(join(dir, name), old, old)
    }
    const named = [doc.filename as string, (doc.sizes as { thumb: { filename: string } }).thumb.filename].sort()

    expect(await sweepOrphanUploads(first, { owner: owners.first })).toEqual([{ collection: 'files', directory: dir, removed: ['.upload-0123abcd.tmp'] }])
    expect((await sweepOrphanUploads(first, { owner: owners.first, minAgeMs: 0 }))[0]!.removed).toEqual([])
    expect((await readdir(dir)).sort()).toEqual(['.keep', OWNER_MARKER, 'stray.png', ...named].sort())
    await rm(join(dir, 'stray.png'))
  })

  it('a write killed between its file write and its commit leaves its names listed; the sweep removes exactly those files', { timeout: 60_000 }, async () => {
    const dir = join(root, 'files')
    const before = (await readdir(dir)).sort()
    const written = await killAfterFilesWritten(provider, firstUrl, root, ['create'])
    await writerConnectionsGone(first, provider)
    expect(written).toHaveLength(2)
    for (const name of written) expect(await onDisk(join(dir, name))).toBe(true)
    expect((await first.find({ collection: 'files', where: { seq: { equals: 9000 } } })).totalDocs).toBe(0)
    expect(await listedNow(first)).toEqual({ unnamed: written, listed: written })

    // Listed for less than the bound (1 hour by default): possibly a write in flight elsewhere.
    expect((await sweepOrphanUploads(first, { owner: owners.first }))[0]!.removed).toEqual([])
    expect((await sweepOrphanUploads(first, { owner: owners.first, minAgeMs: 0, now: Date.now() + 1000 }))[0]!.removed.sort()).toEqual(written)
    expect((await readdir(dir)).sort()).toEqual(before)
    expect(await listedNow(first)).toEqual({ unnamed: [], listed: [] })
  })

  it('an update replacing a file, killed before its commit: the new files go, the document keeps its old ones', { timeout: 60_000 }, async () => {
    const dir = join(root, 'files')
    const doc = (await first.find({ collection: 'files', limit: 1 })).docs[0]!
    const kept = [doc.filename as string, (doc.sizes as { thumb: { filename: string } }).thumb.filename].sort()
    const before = (await readdir(dir)).sort()
    const written = await killAfterFilesWritten(provider, firstUrl, root, ['update', String(doc.id)])
    await writerConnectionsGone(first, provider)
    expect(written.some((name) => kept.includes(name))).toBe(false)
    expect((await sweepOrphanUploads(first, { owner: owners.first, minAgeMs: 0, now: Date.now() + 1000 }))[0]!.removed.sort()).toEqual(written)
    expect((await readdir(dir)).sort()).toEqual(before)
    const after = await first.findByID({ collection: 'files', id: doc.id as number })
    expect(after.filename).toBe(doc.filename)
    expect(await listedNow(first)).toEqual({ unnamed: [], listed: [] })
  })

  it('a database restored from an older backup removes none of the newer files it does not name', async () => {
    const dir = join(root, 'files')
    const bytes = seededPng(2)
    await first.create({ collection: 'files', data: { seq: 2 }, file: { data: bytes, mimetype: 'image/png', name: 'newer.png', size: bytes.length } })
    const before = (await readdir(dir)).sort()
    for (const name of before) await utimes(join(dir, name), old, old)
    // The backup: the same database identity (restored in place), from before any upload.
    const backup = await createTestDatabase({ config: crashConfig(root), provider })
    cleanups.push(backup.cleanup)
    const restored = createQuire({ config: crashConfig(root), db: backup.db })
    expect((await restored.find({ collection: 'files' })).totalDocs).toBe(0)
    expect(await sweepOrphanUploads(restored, { owner: owners.first, minAgeMs: 0, now: Date.now() + 1000 })).toEqual([{ collection: 'files', directory: dir, removed: [] }])
    expect((await readdir(dir)).sort()).toEqual(before)
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
