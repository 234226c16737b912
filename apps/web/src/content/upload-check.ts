// What the media collection accepts (packages/cms media.ts: images and PDFs; core's default
// 10 MiB limit), checked before sending so a person learns at once rather than after
// uploading 30 MB. The server checks again from the bytes; this is only the early answer.
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024

export function uploadProblem(file: Pick<File, 'name' | 'size' | 'type'>, imagesOnly: boolean): string | undefined {
  const image = file.type.startsWith('image/')
  if (imagesOnly && !image) return `${file.name} is not an image.`
  if (!image && file.type !== 'application/pdf') return `${file.name}: only images and PDF files can be uploaded.`
  if (file.size > MAX_UPLOAD_BYTES) return `${file.name} is ${formatBytes(file.size)}; the limit is 10 MB.`
  if (file.size === 0) return `${file.name} is empty.`
  return undefined
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KB`
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`
}

/** A default alternative text from the file name: "summer-lake_2.jpg" → "summer lake 2". */
export function altFromFileName(name: string): string {
  const stem = name.replace(/\.[^.]+$/, '')
  const words = stem.replace(/[-_.]+/g, ' ').replace(/\s+/g, ' ').trim()
  return words === '' ? 'Image' : words
}
