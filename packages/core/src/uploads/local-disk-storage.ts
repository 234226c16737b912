// The default storage: files in one directory on local disk. Keys are checked to stay inside
// the root (storage-key.ts); files are opened with O_NOFOLLOW, so a symbolic link planted in
// the directory can neither be read through nor written through; writes go to a temp file
// that is renamed into place, so a reader never sees half a file.
import { randomBytes } from 'node:crypto'
import { constants } from 'node:fs'
import { lstat, mkdir, open, rename, rm, unlink } from 'node:fs/promises'
import { isAbsolute, join } from 'node:path'
import type { Readable } from 'node:stream'
import { NotFound } from '../errors/api-error.ts'
import { InvalidStorageKey, pathInside } from './storage-key.ts'
import type { FileStorage } from './types.ts'

export interface LocalDiskStorageOptions {
  /** Absolute directory; created on the first write. */
  root: string
  /** Prefix of `url(key)`, e.g. `/media/media`. */
  urlPrefix: string
}

export function createLocalDiskStorage(options: LocalDiskStorageOptions): FileStorage {
  if (!isAbsolute(options.root)) throw new Error(`Local storage root must be an absolute path (got ${JSON.stringify(options.root)})`)
  const root = options.root
  const urlPrefix = options.urlPrefix.replace(/\/+$/, '')

  async function openForReading(key: string) {
    const path = pathInside(root, key)
    try {
      const handle = await open(path, constants.O_RDONLY | constants.O_NOFOLLOW)
      if (!(await handle.stat()).isFile()) {
        await handle.close()
        throw new NotFound(`File ${key} not found.`)
      }
      return handle
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      if (code === 'ENOENT') throw new NotFound(`File ${key} not found.`)
      if (code === 'ELOOP') throw new InvalidStorageKey(key, 'is a symbolic link')
      throw error
    }
  }

  return {
    async put(key, data) {
      const path = pathInside(root, key)
      await mkdir(root, { recursive: true })
      const temp = join(root, `.upload-${randomBytes(8).toString('hex')}.tmp`)
      try {
        // `wx`: fails instead of following anything already at the temp name.
        const handle = await open(temp, 'wx', 0o644)
        try {
          await handle.writeFile(data)
          await handle.sync()
        } finally {
          await handle.close()
        }
        // rename replaces a link at `path` itself, never the file it points to.
        await rename(temp, path)
      } catch (error) {
        await rm(temp, { force: true })
        throw error
      }
    },

    async read(key) {
      const handle = await openForReading(key)
      try {
        return new Uint8Array(await handle.readFile())
      } finally {
        await handle.close()
      }
    },

    async stream(key): Promise<Readable> {
      const handle = await openForReading(key)
      return handle.createReadStream({ autoClose: true })
    },

    async delete(key) {
      const path = pathInside(root, key)
      try {
        await unlink(path)
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
      }
    },

    async exists(key) {
      const path = pathInside(root, key)
      // lstat: a dangling link still occupies the name.
      return lstat(path).then(
        () => true,
        (error: NodeJS.ErrnoException) => {
          if (error.code === 'ENOENT') return false
          throw error
        },
      )
    },

    url(key) {
      return `${urlPrefix}/${encodeURIComponent(key)}`
    },
  }
}
