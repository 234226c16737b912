// Files an upload collection's local-disk folder holds that this database itself recorded as
// written and abandoned. Core lists a new file's name as pending (`quire_upload_pending`)
// before writing it, committed on its own, and unlists it in the transaction that makes a
// document name it; a file a write stops naming is listed with that write and unlisted once
// it is removed. A process killed in between (SIGKILL, power loss, OOM) leaves the name
// listed. This sweep removes exactly those files — listed for longer than `minAgeMs` and named
// by no document — and unlists them; plus the adapter's own half-written temp files
// (`.upload-*.tmp`, never a document's file). Run at startup (main.ts) and whenever wanted.
//
// It never removes a file it finds unlisted, whatever the database names: a database restored
// from an older backup names fewer files than the folder holds, and those newer files are not
// its abandoned writes. An unlisted file no document names stays (a leak, never a loss).
//
// A name listed for less than `minAgeMs` may belong to a write still in flight in another
// process. The default (1 hour) is far longer than any write lives (a transaction times out
// after 2 minutes); pass 0 only when no other process writes (tests, maintenance windows).
//
// Only a folder that belongs to this database is swept at all: every folder carries an owner
// marker (`.quire-database`, the database identity); the sweep claims a folder that has no
// files yet, and never deletes anything in a folder whose marker is missing or names another
// database — it reports it as `skipped` instead.
import { lstat, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { basename, join } from 'node:path'
import { abandonedUploadFiles, forgetPendingFiles, type Quire, type ResolvedUploadOptions } from '@quire/core'

export const DEFAULT_SWEEP_MIN_AGE_MS = 60 * 60 * 1000
export const OWNER_MARKER = '.quire-database'
const TEMP_FILE = /^\.upload-[0-9a-f]+\.tmp$/

export interface SweptCollection {
  collection: string
  directory: string
  /** Names removed: listed abandoned files no document names, and abandoned temp files. */
  removed: string[]
  /** Why nothing was removed: the folder has files but no owner marker, or another database's. */
  skipped?: 'unowned' | 'other-database'
}

export interface SweepOptions {
  /** The identity of the database `quire` serves (`databaseIdentity(url)` of @quire/cms). */
  owner: string
  minAgeMs?: number
  now?: number
}

export async function sweepOrphanUploads(quire: Quire, options: SweepOptions): Promise<SweptCollection[]> {
  const minAgeMs = options.minAgeMs ?? DEFAULT_SWEEP_MIN_AGE_MS
  const now = options.now ?? Date.now()
  const swept: SweptCollection[] = []
  for (const collection of quire.config.collections) {
    const upload = collection.upload as ResolvedUploadOptions | boolean | undefined
    // Only local disk can be listed; another storage is its adapter's to sweep.
    if (typeof upload !== 'object' || upload === null || upload.storage !== undefined) continue
    const names = await listFiles(upload.staticDir)
    const ownership = await claim(upload.staticDir, options.owner, names)
    if (ownership !== 'ours') {
      swept.push({ collection: collection.slug, directory: upload.staticDir, removed: [], skipped: ownership })
      continue
    }
    const removed: string[] = []
    // The adapter's temp files of a write cut short; young ones may be in use by another process.
    for (const name of names) {
      if (!TEMP_FILE.test(name)) continue
      const path = join(upload.staticDir, name)
      const stats = await lstat(path).catch(() => undefined)
      if (!stats?.isFile() || now - stats.mtimeMs < minAgeMs) continue
      await rm(path, { force: true })
      removed.push(name)
    }
    const abandoned = await abandonedUploadFiles(quire, collection.slug, new Date(now - minAgeMs))
    for (const key of abandoned.unnamed) {
      // Storage keys are plain file names; anything else in the table is not ours to follow.
      if (key !== basename(key) || key.startsWith('.')) continue
      const path = join(upload.staticDir, key)
      const stats = await lstat(path).catch(() => undefined)
      if (!stats?.isFile()) continue
      await rm(path, { force: true })
      removed.push(key)
    }
    // Unlisted only once their files are gone, so a sweep cut short leaves them listed.
    await forgetPendingFiles(quire, collection.slug, abandoned.listed)
    if (names.length > 0) swept.push({ collection: collection.slug, directory: upload.staticDir, removed })
  }
  return swept
}

/** Whether the folder is this database's: marked with its identity, or claimed now because it holds no files yet. */
async function claim(directory: string, owner: string, names: readonly string[]): Promise<'ours' | 'unowned' | 'other-database'> {
  const marker = join(directory, OWNER_MARKER)
  const recorded = await readFile(marker, 'utf8').then(
    (text) => text.trim(),
    (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return undefined
      throw error
    },
  )
  if (recorded !== undefined) return recorded === owner ? 'ours' : 'other-database'
  if (names.some((name) => !name.startsWith('.'))) return 'unowned'
  await mkdir(directory, { recursive: true })
  // `wx`: of two processes claiming at once, one wins; the other reads the winner's marker.
  const written = await writeFile(marker, `${owner}\n`, { flag: 'wx', mode: 0o644 }).then(
    () => true,
    (error: NodeJS.ErrnoException) => {
      if (error.code === 'EEXIST') return false
      throw error
    },
  )
  return written ? 'ours' : claim(directory, owner, names)
}

async function listFiles(directory: string): Promise<string[]> {
  try {
    return (await readdir(directory, { withFileTypes: true })).filter((entry) => entry.isFile()).map((entry) => entry.name)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return []
    throw error
  }
}
