// Upload collections: importing this module registers the `upload` collection feature.
import './upload-feature.ts'

export type * from './types.ts'
export { createLocalDiskStorage, type LocalDiskStorageOptions } from './local-disk-storage.ts'
export { uploadStorageFor } from './storage-registry.ts'
export { servingHeaders } from './serving-headers.ts'
export { InvalidStorageKey } from './storage-key.ts'
export { DEFAULT_FILESIZE_LIMIT, DEFAULT_MAX_PIXELS, DEFAULT_UPLOAD_QUOTA } from './resolve-upload-options.ts'
export { abandonedUploadFiles, forgetPendingFiles, type AbandonedFiles } from './pending-files.ts'
