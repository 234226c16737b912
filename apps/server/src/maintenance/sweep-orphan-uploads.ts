// Files an upload collection's local-disk folder holds that no committed document names. Core
// writes a file once its row is saved, inside the write's transaction, and undoes it on
// rollback; a process killed between the file write and the commit (SIGKILL, power loss,
// OOM) never gets to undo, so the file stays behind with no document — as does a half-written
// temp file (`.upload-*.tmp`) of a write cut short, and a replaced file whose after-commit
// removal never ran. This sweep removes them: run at startup (main.ts) and whenever wanted.
//
// A file younger than `minAgeMs` is never removed: another process may have written it for a
// transaction that has not committed yet. The default (15 minutes) is far longer than any
// transaction lives; pass 0 only when no other process writes (tests, maintenance windows).
//
// "No document names it" only means "orphan" in a folder that belongs to this database: the
// same folder used by another database holds that database's files, which this one never
// names. So every folder carries an owner marker (`.quire-database`, the database identity);
// the sweep claims a folder that has no files yet, and never deletes anything in a folder
// whose marker is missing or names another database — it reports it as `skipped` instead.
import { lstat, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Quire, ResolvedUploadOptions } from '@quire/core'

export const DEFAULT_SWEEP_MIN_AGE_MS = 15 * 60 * 1000
export const OWNER_MARKER = '.quire-database'
const TEMP_FILE = /^\.upload-[0-9a-f]+\.tmp$/
const PAGE = 500

export interface SweptCollection {
  collection: string
  directory: string
  /** Names removed: files no document names, and abandoned temp files. */
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
    if (names.length === 0) continue
    const named = await namedKeys(quire, collection.slug, upload.imageSizes.length > 0)
    const removed: string[] = []
    for (const name of names) {
      if (named.has(name) || (name.startsWith('.') && !TEMP_FILE.test(name))) continue
      const path = join(upload.staticDir, name)
      const stats = await lstat(path).catch(() => undefined)
      if (!stats?.isFile() || now - stats.mtimeMs < minAgeMs) continue
      await rm(path, { force: true })
      removed.push(name)
    }
    swept.push({ collection: collection.slug, directory: upload.staticDir, removed })
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

/** Every storage key a committed document of the collection names (original and sizes). */
async function namedKeys(quire: Quire, slug: string, hasSizes: boolean): Promise<Set<string>> {
  const keys = new Set<string>()
  for (let page = 1; ; page += 1) {
    const result = await quire.find({ collection: slug, depth: 0, limit: PAGE, page, sort: 'id', select: hasSizes ? { filename: true, sizes: true } : { filename: true } })
    for (const doc of result.docs) {
      if (typeof doc.filename === 'string') keys.add(doc.filename)
      const sizes = doc.sizes
      if (typeof sizes === 'object' && sizes !== null) {
        for (const size of Object.values(sizes as Record<string, unknown>)) {
          const filename = typeof size === 'object' && size !== null ? (size as { filename?: unknown }).filename : undefined
          if (typeof filename === 'string') keys.add(filename)
        }
      }
    }
    if (!result.hasNextPage) return keys
  }
}
