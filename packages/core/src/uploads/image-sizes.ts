// The configured sizes of an image, each encoded from the (already oriented) original. Cover
// crops with both dimensions and no explicit `position` are cut around the focal point.
// Sizes bigger than the image follow Payload: skipped by default, enlarged with
// `withoutEnlargement: false`, kept at the original dimensions with `withoutEnlargement: true`.
import { focalCrop } from './focal-crop.ts'
import { outputTypeOf, sharpInput, withImageErrors, type ImageData } from './process-image.ts'
import type { ImageSize } from './types.ts'

export interface GeneratedSize {
  data: Uint8Array
  width: number
  height: number
  mime: string
  ext: string
}

export type SizeAction = 'omit' | 'resize' | 'resizeWithoutEnlargement'

export function sizeAction(size: ImageSize, image: { width: number; height: number }): SizeAction {
  const targetWidth = size.width ?? image.width
  const targetHeight = size.height ?? image.height
  const smaller = image.width < targetWidth || image.height < targetHeight
  if (!smaller) return 'resize'
  if (size.withoutEnlargement === undefined) return 'omit'
  return size.withoutEnlargement ? 'resizeWithoutEnlargement' : 'resize'
}

/** One entry per configured size: the encoded file, or null when the size is skipped. */
export async function generateImageSizes(
  image: ImageData,
  sizes: readonly ImageSize[],
  options: { maxPixels: number; focal?: { x: number; y: number } },
): Promise<Map<string, GeneratedSize | null>> {
  // Sizes are independent: sharp runs them on libuv's thread pool side by side.
  const results = await Promise.all(sizes.map((size) => generateSize(image, size, options)))
  return new Map(sizes.map((size, index) => [size.name, results[index] ?? null]))
}

async function generateSize(image: ImageData, size: ImageSize, options: { maxPixels: number; focal?: { x: number; y: number } }): Promise<GeneratedSize | null> {
  const action = sizeAction(size, image)
  if (action === 'omit') return null
  return withImageErrors(async () => {
    let pipeline = sharpInput(image.data, options.maxPixels, image.animated).autoOrient()
    const fit = size.fit ?? 'cover'
    const focalApplies = options.focal && fit === 'cover' && size.width && size.height && !size.position && !image.animated && action === 'resize'
    if (focalApplies && size.width && size.height && options.focal) {
      const crop = focalCrop(image, { width: size.width, height: size.height }, options.focal.x, options.focal.y)
      pipeline = pipeline.resize(crop.resized.width, crop.resized.height, { fit: 'fill' }).extract(crop.region)
    } else {
      pipeline = pipeline.resize({
        width: size.width,
        height: size.height,
        fit,
        position: size.position,
        withoutEnlargement: action === 'resizeWithoutEnlargement',
      })
    }
    const format = size.formatOptions?.format ?? image.format
    const { data, info } = await pipeline.toFormat(format, size.formatOptions?.options).toBuffer({ resolveWithObject: true })
    const type = outputTypeOf(format)
    const height = image.animated ? (info.pageHeight ?? info.height) : info.height
    return { data: new Uint8Array(data), width: info.width, height, mime: type.mime, ext: type.ext }
  })
}
