// A new file (create or update with `file`/`filePath`) → the document's file fields and the
// files to store. Order matters for safety: size limit, then the type from the bytes and the
// type rules, then (images) the pixel limit from the header before any decoding, and only then
// the work — re-encoding, sizes, a free name.
import type { UploadedFile } from '../config/hooks-and-access.ts'
import { checkFileSize, checkFileType } from './check-file-restrictions.ts'
import { chooseBase, type NameContext } from './choose-name.ts'
import { detectFileType } from './detect-file-type.ts'
import { emptySize } from './file-fields.ts'
import { generateImageSizes, type GeneratedSize } from './image-sizes.ts'
import { isProcessableImage, processOriginal } from './process-image.ts'
import { sanitizeBaseName } from './sanitize-filename.ts'
import type { FileFields, PendingFile, ResolvedUploadOptions, StoredSize } from './types.ts'
import type { PendingUpload } from './upload-request-state.ts'

export interface UploadContext extends NameContext {
  options: ResolvedUploadOptions
}

interface MainFile {
  data: Uint8Array
  mime: string
  ext: string
  width: number | null
  height: number | null
}

export interface UploadInput {
  focal: { x: number; y: number }
  /** `overwriteExistingFiles`, with the id of the document being updated (its own files may be replaced). */
  overwrite: { selfId?: number } | false
  /** Lists the chosen name's keys as pending before any file is written (see pending-files.ts). */
  reserve?: (keys: string[]) => Promise<boolean>
}

export async function prepareUpload(context: UploadContext, file: UploadedFile, input: UploadInput): Promise<PendingUpload> {
  const { options } = context
  checkFileSize(file.data.byteLength, options.filesizeLimit)
  const detected = await detectFileType(file.data)
  checkFileType(detected, options.mimeTypes)

  let main: MainFile = { data: file.data, mime: detected.mime, ext: detected.ext, width: null, height: null }
  let sizes = new Map<string, GeneratedSize | null>()
  if (isProcessableImage(detected.mime)) {
    const image = await processOriginal(file.data, detected, options)
    main = image
    if (options.imageSizes.length > 0) sizes = await generateImageSizes(image, options.imageSizes, { maxPixels: options.maxPixels, focal: options.focalPoint ? input.focal : undefined })
  }
  const base = await chooseBase(context, sanitizeBaseName(file.name), (candidate) => keysFor(candidate, main, sizes), input.overwrite, input.reserve)
  return { ...assemble(base, main, sizes, options), reserved: input.reserve !== undefined }
}

/** Size file names: `<base>-<width>x<height>.<ext>`. */
export function sizeFilename(base: string, size: { width: number; height: number; ext: string }): string {
  return `${base}-${size.width}x${size.height}.${size.ext}`
}

function keysFor(base: string, main: MainFile, sizes: Map<string, GeneratedSize | null>): string[] {
  const keys = [`${base}.${main.ext}`]
  for (const size of sizes.values()) if (size) keys.push(sizeFilename(base, size))
  return keys
}

function assemble(base: string, main: MainFile, sizes: Map<string, GeneratedSize | null>, options: ResolvedUploadOptions): PendingUpload {
  const filename = `${base}.${main.ext}`
  const files: PendingFile[] = [{ key: filename, data: main.data, contentType: main.mime }]
  const fields: FileFields = { filename, mimeType: main.mime, filesize: main.data.byteLength, width: main.width, height: main.height }
  if (options.imageSizes.length > 0) {
    const stored: Record<string, StoredSize> = {}
    for (const size of options.imageSizes) {
      const generated = sizes.get(size.name)
      if (!generated) {
        stored[size.name] = emptySize()
        continue
      }
      const key = sizeFilename(base, generated)
      files.push({ key, data: generated.data, contentType: generated.mime })
      stored[size.name] = { filename: key, width: generated.width, height: generated.height, mimeType: generated.mime, filesize: generated.data.byteLength }
    }
    fields.sizes = stored
  }
  return { fields, files }
}
