// The storage of each built upload collection, for code outside the hooks (the HTTP server
// serving `/media/<slug>/<file>`, scripts). Keyed by the collection's resolved `upload`
// object, which buildConfig keeps (and freezes) as it is.
import type { CollectionConfig } from '../config/types.ts'
import type { FileStorage, ResolvedUploadOptions } from './types.ts'

const storages = new WeakMap<ResolvedUploadOptions, FileStorage>()

export function registerUploadStorage(options: ResolvedUploadOptions, storage: FileStorage): void {
  storages.set(options, storage)
}

/** The storage of an upload collection of a built config; undefined for other collections. */
export function uploadStorageFor(collection: Pick<CollectionConfig, 'upload'>): FileStorage | undefined {
  const upload = collection.upload
  return typeof upload === 'object' && upload !== null ? storages.get(upload as ResolvedUploadOptions) : undefined
}
