// Shapes of upload collections: the `upload` option a developer writes, the options after
// defaults, the storage interface every adapter implements, and the file fields a document
// of an upload collection carries (docs/uploads.md).
import type { Readable } from 'node:stream'

/** Output formats sharp writes for the original or a size. */
export type ImageFormat = 'jpeg' | 'png' | 'webp' | 'avif' | 'gif' | 'tiff'
export type ImageFit = 'cover' | 'contain' | 'fill' | 'inside' | 'outside'

export interface FormatOptions {
  format: ImageFormat
  /** sharp's options for that format, e.g. `{ quality: 80 }`. */
  options?: Record<string, unknown>
}

export interface ImageSize {
  /** Becomes `sizes.<name>` on the document: letters, digits and single underscores. */
  name: string
  width?: number
  height?: number
  /** Default 'cover'. */
  fit?: ImageFit
  /**
   * sharp's crop position ('centre', 'top', 'attention', …). Leave it unset to crop around
   * the document's focal point (cover with both width and height).
   */
  position?: string
  formatOptions?: FormatOptions
  /**
   * Images smaller than the size: unset → the size is skipped (its fields are null);
   * `false` → enlarged; `true` → written at the original dimensions.
   */
  withoutEnlargement?: boolean
}

/** Applied to the original before it is stored (e.g. cap at 2560 px wide). */
export interface ResizeOptions {
  width?: number
  height?: number
  fit?: ImageFit
  position?: string
  withoutEnlargement?: boolean
}

/** What the storage adapter factory receives. */
export interface StorageContext {
  slug: string
  /** Absolute directory (the local adapter's root). */
  staticDir: string
  urlPrefix: string
}

/**
 * Where files live. Keys are flat file names chosen by the server (never by a client).
 * `put` replaces atomically; `delete` of a missing key is not an error.
 */
export interface FileStorage {
  put(key: string, data: Uint8Array, options: { contentType: string }): Promise<void>
  read(key: string): Promise<Uint8Array>
  stream(key: string): Promise<Readable>
  delete(key: string): Promise<void>
  exists(key: string): Promise<boolean>
  /** The public URL the document's `url` shows. */
  url(key: string): string
}

export interface UploadOptions {
  /**
   * Directory of the local-disk storage. Pass an absolute path (the app knows where its data
   * lives); a relative one is resolved against `process.cwd()` when the config is built.
   * Default `data/media/<slug>`.
   */
  staticDir?: string
  /** Prefix of `url`: default `/media/<slug>`; an absolute `https://cdn…` prefix works too. */
  urlPrefix?: string
  /**
   * Allowed types, checked against the type detected from the bytes: `image/*`,
   * `application/pdf`… Unset: any type except the restricted ones. SVG is only accepted when
   * listed as exactly `image/svg+xml` (a wildcard never admits it), and is served as an attachment.
   */
  mimeTypes?: string[]
  /** Bytes; default 10 MiB. Larger files are refused with 413 (never truncated). */
  filesizeLimit?: number
  imageSizes?: ImageSize[]
  resizeOptions?: ResizeOptions
  /** Converts the original (e.g. to webp); its extension and mimeType follow. */
  formatOptions?: FormatOptions
  /** Adds `focalX`/`focalY` (0–100, default 50) that steer size crops; default true. */
  focalPoint?: boolean
  /** Images with more pixels are refused before decoding (decompression bombs); default 40 MP. */
  maxPixels?: number
  /** Create without a file → 400 "No files were uploaded."; default true. */
  filesRequiredOnCreate?: boolean
  /** Another storage (an object store); default: local disk rooted at `staticDir`. */
  storage?: (context: StorageContext) => FileStorage
  /**
   * Per-user limits on new files from the network (calls with a user and access enforced;
   * trusted code — seeds, imports — is not limited). `false` turns them off.
   * Defaults: 30 uploads per 60 s, 1 GiB of originals per user.
   */
  quota?: UploadQuotaOptions | false
}

export interface UploadQuotaOptions {
  /** New files one user may upload within `windowSeconds`; beyond that 429. Default 30. */
  maxUploads?: number
  /** Default 60. */
  windowSeconds?: number
  /** Bytes of originals (`filesize`) one user's documents may hold in the collection; beyond that 413. Default 1 GiB. */
  maxBytes?: number
}

/** The options with every default filled (`collection.upload` after buildConfig). */
export interface ResolvedUploadOptions extends UploadOptions {
  staticDir: string
  urlPrefix: string
  filesizeLimit: number
  imageSizes: ImageSize[]
  focalPoint: boolean
  maxPixels: number
  filesRequiredOnCreate: boolean
  quota: Required<UploadQuotaOptions> | false
}

export interface StoredSize {
  filename: string | null
  width: number | null
  height: number | null
  mimeType: string | null
  filesize: number | null
}

/** The server-owned fields of an upload document (`url`s are computed on read). */
export interface FileFields {
  filename: string | null
  mimeType: string | null
  filesize: number | null
  width: number | null
  height: number | null
  sizes?: Record<string, StoredSize>
}

/** A file about to be written to storage. */
export interface PendingFile {
  key: string
  data: Uint8Array
  contentType: string
}
