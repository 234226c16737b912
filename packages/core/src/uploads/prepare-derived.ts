// Uploads derived from files already in storage:
// - duplicate: the source's original and sizes copied byte for byte under a new free base
//   name (`photo.jpg` → `photo-1.jpg`), so the copy owns its own files;
// - a new focal point on update: the sizes cut again from the stored original.
import { APIError } from '../errors/api-error.ts'
import { chooseBase } from './choose-name.ts'
import { generateImageSizes } from './image-sizes.ts'
import { sizeFilename, type UploadContext } from './prepare-upload.ts'
import { processOriginal } from './process-image.ts'
import { baseOfStoredName } from './sanitize-filename.ts'
import type { FileFields, PendingFile, StoredSize } from './types.ts'
import type { PendingUpload } from './upload-request-state.ts'

export async function prepareDuplicate(context: UploadContext, source: FileFields & { filename: string }): Promise<PendingUpload> {
  const read = async (key: string): Promise<Uint8Array> => {
    if (!(await context.storage.exists(key))) throw new APIError(`The file ${key} of the document to duplicate is missing from storage.`, 500)
    return context.storage.read(key)
  }
  const extension = (key: string): string => key.slice(baseOfStoredName(key).length + 1)
  const sizeEntries = Object.entries(source.sizes ?? {})
  const keysFor = (base: string): string[] => [
    `${base}.${extension(source.filename)}`,
    ...sizeEntries.flatMap(([, size]) => (size.filename ? [sizeKey(base, size)] : [])),
  ]
  const base = await chooseBase(context, baseOfStoredName(source.filename), keysFor, false)
  const filename = `${base}.${extension(source.filename)}`
  const files: PendingFile[] = [{ key: filename, data: await read(source.filename), contentType: source.mimeType ?? 'application/octet-stream' }]
  const sizes: Record<string, StoredSize> = {}
  for (const [name, size] of sizeEntries) {
    if (!size.filename) {
      sizes[name] = size
      continue
    }
    const key = sizeKey(base, size)
    files.push({ key, data: await read(size.filename), contentType: size.mimeType ?? 'application/octet-stream' })
    sizes[name] = { ...size, filename: key }
  }
  return { fields: { ...source, filename, sizes }, files }

  function sizeKey(base: string, size: StoredSize): string {
    return sizeFilename(base, { width: size.width ?? 0, height: size.height ?? 0, ext: extension(size.filename ?? '') })
  }
}

/** Sizes recut around a new focal point; their names stay (same base, same dimensions). */
export async function prepareFocalRecut(context: UploadContext, stored: FileFields & { filename: string; mimeType: string }, focal: { x: number; y: number }): Promise<PendingUpload> {
  const { options, storage } = context
  const data = await storage.read(stored.filename)
  const image = await processOriginal(data, { mime: stored.mimeType, ext: stored.filename.slice(baseOfStoredName(stored.filename).length + 1) }, { maxPixels: options.maxPixels })
  const generated = await generateImageSizes(image, options.imageSizes, { maxPixels: options.maxPixels, focal })
  const base = baseOfStoredName(stored.filename)
  const files: PendingFile[] = []
  const sizes: Record<string, StoredSize> = {}
  for (const size of options.imageSizes) {
    const result = generated.get(size.name)
    if (!result) {
      sizes[size.name] = { filename: null, width: null, height: null, mimeType: null, filesize: null }
      continue
    }
    const key = sizeFilename(base, result)
    files.push({ key, data: result.data, contentType: result.mime })
    sizes[size.name] = { filename: key, width: result.width, height: result.height, mimeType: result.mime, filesize: result.data.byteLength }
  }
  return { fields: { sizes }, files }
}
