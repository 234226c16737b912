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
import { lstat, readdir, rm } from 'node:fs/promises'
import { join } from 'node:path'
import type { Quire, ResolvedUploadOptions } from '@quire/core'

export const DEFAULT_SWEEP_MIN_AGE_MS = 15 * 60 * 1000
const TEMP_FILE = /^\.upload-[0-9a-f]+\.tmp$/
const PAGE = 500

export interface SweptCollection {
  collection: string
  directory: string
  /** Names removed: files no document names, and abandoned temp files. */
  removed: string[]
}

export async function sweepOrphanUploads(quire: Quire, options: { minAgeMs?: number; now?: number } = {}): Promise<SweptCollection[]> {
  const minAgeMs = options.minAgeMs ?? DEFAULT_SWEEP_MIN_AGE_MS
  const now = options.now ?? Date.now()
  const swept: SweptCollection[] = []
  for (const collection of quire.config.collections) {
    const upload = collection.upload as ResolvedUploadOptions | boolean | undefined
    // Only local disk can be listed; another storage is its adapter's to sweep.
    if (typeof upload !== 'object' || upload === null || upload.storage !== undefined) continue
    const names = await listFiles(upload.staticDir)
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
