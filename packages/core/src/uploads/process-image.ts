// The original of an image upload: header read with sharp's pixel limit (a decompression bomb
// is refused from its header, before any pixel is decoded), then — only when something asks
// for it (EXIF rotation, resizeOptions, formatOptions) — re-encoded. Untouched originals keep
// their exact bytes.
import sharp, { type Sharp, type SharpOptions } from 'sharp'
import { APIError, PayloadTooLarge } from '../errors/api-error.ts'
import type { DetectedType } from './detect-file-type.ts'
import type { FormatOptions, ImageFormat, ResizeOptions } from './types.ts'

/** Types sharp decodes here; other images are stored as they are, without dimensions. */
const SHARP_FORMATS: Record<string, ImageFormat> = {
  'image/jpeg': 'jpeg',
  'image/png': 'png',
  'image/apng': 'png',
  'image/webp': 'webp',
  'image/gif': 'gif',
  'image/avif': 'avif',
  'image/tiff': 'tiff',
}
const OUTPUT_TYPES: Record<ImageFormat, DetectedType> = {
  jpeg: { mime: 'image/jpeg', ext: 'jpg' },
  png: { mime: 'image/png', ext: 'png' },
  webp: { mime: 'image/webp', ext: 'webp' },
  avif: { mime: 'image/avif', ext: 'avif' },
  gif: { mime: 'image/gif', ext: 'gif' },
  tiff: { mime: 'image/tiff', ext: 'tif' },
}

export interface ImageData {
  data: Uint8Array
  width: number
  height: number
  mime: string
  ext: string
  format: ImageFormat
  animated: boolean
}

export function isProcessableImage(mime: string | null | undefined): boolean {
  return typeof mime === 'string' && mime in SHARP_FORMATS
}

export function outputTypeOf(format: ImageFormat): DetectedType {
  return OUTPUT_TYPES[format]
}

/** sharp's input options: the pixel limit always, every frame of animations. */
export function sharpInput(data: Uint8Array, maxPixels: number, animated: boolean): Sharp {
  const options: SharpOptions = { limitInputPixels: maxPixels, animated }
  return sharp(data, options)
}

export async function processOriginal(
  data: Uint8Array,
  detected: DetectedType,
  options: { maxPixels: number; resizeOptions?: ResizeOptions; formatOptions?: FormatOptions },
): Promise<ImageData> {
  const sourceFormat = SHARP_FORMATS[detected.mime]
  if (!sourceFormat) throw new Error(`processOriginal: ${detected.mime} is not an image sharp decodes`)
  return withImageErrors(async () => {
    const meta = await sharp(data, { limitInputPixels: options.maxPixels }).metadata()
    const animated = (meta.pages ?? 1) > 1
    const rotated = (meta.orientation ?? 1) !== 1
    if (!rotated && !options.resizeOptions && !options.formatOptions) {
      const height = animated ? (meta.pageHeight ?? meta.height) : meta.height
      return { data, width: meta.width, height, mime: detected.mime, ext: detected.ext, format: sourceFormat, animated }
    }
    let pipeline = sharpInput(data, options.maxPixels, animated).autoOrient()
    if (options.resizeOptions) pipeline = pipeline.resize({ ...options.resizeOptions })
    const format = options.formatOptions?.format ?? sourceFormat
    pipeline = pipeline.toFormat(format, options.formatOptions?.options)
    const { data: out, info } = await pipeline.toBuffer({ resolveWithObject: true })
    const type = outputTypeOf(format)
    const height = animated ? (info.pageHeight ?? info.height) : info.height
    return { data: new Uint8Array(out), width: info.width, height, mime: type.mime, ext: type.ext, format, animated }
  })
}

/** sharp's failures become client errors: a pixel bomb is 413, anything unreadable is 400. */
export async function withImageErrors<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work()
  } catch (error) {
    if (error instanceof APIError) throw error
    const message = error instanceof Error ? error.message : String(error)
    if (/pixel limit/i.test(message)) throw new PayloadTooLarge('The image has too many pixels.')
    throw new APIError('The image could not be processed.', 400, { reason: message })
  }
}
