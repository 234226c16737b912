// `upload: true | {...}` → options with every default filled, and the config problems of the
// option itself (each with its path and the fix), reported by buildConfig with the rest.
import { isAbsolute, resolve } from 'node:path'
import type { CollectionConfig } from '../config/types.ts'
import type { ImageFormat, ResolvedUploadOptions, UploadOptions } from './types.ts'

export const DEFAULT_FILESIZE_LIMIT = 10 * 1024 * 1024
export const DEFAULT_MAX_PIXELS = 40_000_000
/**
 * Generous for people (a gallery of 30 photos a minute; 1 GiB is a hundred 10 MiB originals),
 * tight for a script: 60 uploads in 10 s, or filling the disk from one account, are refused.
 */
export const DEFAULT_UPLOAD_QUOTA = { maxUploads: 30, windowSeconds: 60, maxBytes: 1024 * 1024 * 1024 } as const
const SIZE_NAME = /^[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)*$/
const FORMATS: readonly ImageFormat[] = ['jpeg', 'png', 'webp', 'avif', 'gif', 'tiff']
const FITS = ['cover', 'contain', 'fill', 'inside', 'outside']
const MIME_PATTERN = /^(?:\*|\*\/\*|[a-z0-9][a-z0-9!#$&^_.+-]*\/(?:\*|[a-z0-9][a-z0-9!#$&^_.+-]*))$/

export function uploadOptionsOf(collection: CollectionConfig): UploadOptions {
  return collection.upload === true || collection.upload === undefined ? {} : collection.upload
}

export function resolveUploadOptions(collection: CollectionConfig): ResolvedUploadOptions {
  const options = uploadOptionsOf(collection)
  const staticDir = options.staticDir ?? `data/media/${collection.slug}`
  return {
    ...options,
    staticDir: isAbsolute(staticDir) ? staticDir : resolve(process.cwd(), staticDir),
    urlPrefix: (options.urlPrefix ?? `/media/${collection.slug}`).replace(/\/+$/, ''),
    filesizeLimit: options.filesizeLimit ?? DEFAULT_FILESIZE_LIMIT,
    imageSizes: options.imageSizes ?? [],
    focalPoint: options.focalPoint ?? true,
    maxPixels: options.maxPixels ?? DEFAULT_MAX_PIXELS,
    filesRequiredOnCreate: options.filesRequiredOnCreate ?? true,
    quota: options.quota === false ? false : { ...DEFAULT_UPLOAD_QUOTA, ...options.quota },
  }
}

export function checkUploadOptions(collection: CollectionConfig): string[] {
  const at = `${collection.slug}.upload`
  if (collection.upload !== true && (typeof collection.upload !== 'object' || collection.upload === null)) {
    return [`${at}: must be true or an object of upload options`]
  }
  const options = uploadOptionsOf(collection)
  const problems: string[] = []
  if (options.staticDir !== undefined && (typeof options.staticDir !== 'string' || options.staticDir.trim() === '')) problems.push(`${at}.staticDir: must be a directory path (absolute recommended)`)
  if (options.urlPrefix !== undefined && (typeof options.urlPrefix !== 'string' || !/^(?:\/|https?:\/\/)/.test(options.urlPrefix))) {
    problems.push(`${at}.urlPrefix: must start with "/" or "http(s)://"`)
  }
  if (options.mimeTypes !== undefined) {
    if (!Array.isArray(options.mimeTypes) || options.mimeTypes.length === 0) problems.push(`${at}.mimeTypes: list at least one type, e.g. ["image/*", "application/pdf"], or leave it out`)
    else for (const type of options.mimeTypes) if (typeof type !== 'string' || !MIME_PATTERN.test(type)) problems.push(`${at}.mimeTypes: ${JSON.stringify(type)} is not a type like "image/png" or "image/*"`)
  }
  for (const key of ['filesizeLimit', 'maxPixels'] as const) {
    const value = options[key]
    if (value !== undefined && (!Number.isSafeInteger(value) || value <= 0)) problems.push(`${at}.${key}: must be a whole number > 0`)
  }
  if (options.quota !== undefined && options.quota !== false) {
    if (typeof options.quota !== 'object' || options.quota === null) problems.push(`${at}.quota: must be false or { maxUploads, windowSeconds, maxBytes }`)
    else for (const key of ['maxUploads', 'windowSeconds', 'maxBytes'] as const) {
      const value = options.quota[key]
      if (value !== undefined && (!Number.isSafeInteger(value) || value <= 0)) problems.push(`${at}.quota.${key}: must be a whole number > 0`)
    }
  }
  if (options.storage !== undefined && typeof options.storage !== 'function') problems.push(`${at}.storage: must be a function returning a FileStorage`)
  checkFormat(options.formatOptions, `${at}.formatOptions`, problems)
  checkImageSizes(options, at, problems)
  return problems
}

function checkImageSizes(options: UploadOptions, at: string, problems: string[]): void {
  if (options.imageSizes === undefined) return
  if (!Array.isArray(options.imageSizes)) {
    problems.push(`${at}.imageSizes: must be an array`)
    return
  }
  const seen = new Set<string>()
  options.imageSizes.forEach((size, index) => {
    const where = `${at}.imageSizes[${index}]`
    if (typeof size?.name !== 'string' || !SIZE_NAME.test(size.name)) problems.push(`${where}.name: use letters, digits and single underscores (it becomes sizes.<name>)`)
    else if (seen.has(size.name)) problems.push(`${where}.name: duplicate size name "${size.name}"`)
    else seen.add(size.name)
    if (size?.width === undefined && size?.height === undefined) problems.push(`${where}: give a width, a height or both`)
    for (const key of ['width', 'height'] as const) {
      const value = size?.[key]
      if (value !== undefined && (!Number.isSafeInteger(value) || value <= 0)) problems.push(`${where}.${key}: must be a whole number of pixels > 0`)
    }
    if (size?.fit !== undefined && !FITS.includes(size.fit)) problems.push(`${where}.fit: one of ${FITS.join(', ')}`)
    checkFormat(size?.formatOptions, `${where}.formatOptions`, problems)
  })
}

function checkFormat(format: UploadOptions['formatOptions'], at: string, problems: string[]): void {
  if (format !== undefined && !FORMATS.includes(format?.format)) problems.push(`${at}.format: one of ${FORMATS.join(', ')}`)
}
