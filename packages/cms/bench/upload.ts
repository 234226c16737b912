// pnpm bench:upload: the time to take a 12-megapixel JPEG (4000×3000, ~3 MB, generated from
// smooth noise plus grain so it compresses like a photo) into the media collection: type
// detection, checks, the header's pixel limit, the `thumbnail` and `card` sizes, a free name,
// the insert and three files written to disk. The baseline is sharp alone producing the same
// two sizes from the same bytes in memory, measured in the same run.
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { buildConfig, type UploadOptions } from '@quire/core'
import { createTestQuire } from '@quire/core/testing'
import sharp from 'sharp'
import { media } from '../src/collections/media.ts'
import { measure, printComparison } from './measure.ts'

const ITERATIONS = Number(process.env.BENCH_UPLOADS ?? 8)
const WIDTH = 4000
const HEIGHT = 3000

async function photoLikeJpeg(): Promise<Uint8Array> {
  const raw = { width: WIDTH, height: HEIGHT, channels: 3 } as const
  const coarse = await sharp({ create: { width: 160, height: 120, channels: 3, background: '#808080', noise: { type: 'gaussian', mean: 128, sigma: 60 } } }).png().toBuffer()
  const smooth = await sharp(coarse).resize(WIDTH, HEIGHT, { kernel: 'cubic' }).raw().toBuffer()
  const grain = await sharp({ create: { ...raw, background: '#808080', noise: { type: 'gaussian', mean: 128, sigma: 12 } } }).raw().toBuffer()
  const pixels = Buffer.alloc(smooth.length)
  for (let index = 0; index < pixels.length; index += 1) pixels[index] = Math.max(0, Math.min(255, smooth[index]! + grain[index]! - 128))
  return new Uint8Array(await sharp(pixels, { raw }).jpeg({ quality: 88 }).toBuffer())
}

const root = await mkdtemp(join(tmpdir(), 'quire-bench-upload-'))
const upload = { ...(media.upload as UploadOptions), staticDir: root }
const config = buildConfig({ secret: 'benchmark-secret-at-least-32-characters-long', db: { url: 'file:./unused.db' }, collections: [{ ...media, upload }] })
const { quire, cleanup } = await createTestQuire({ config, provider: 'sqlite' })
try {
  const jpeg = await photoLikeJpeg()
  console.log(`input: ${WIDTH}×${HEIGHT} JPEG, ${(jpeg.byteLength / 1024 / 1024).toFixed(2)} MiB; sizes: ${upload.imageSizes!.map((size) => `${size.name} ${size.width ?? 'auto'}×${size.height ?? 'auto'}`).join(', ')}`)
  const sizesOnly = (): Promise<unknown> =>
    Promise.all([
      sharp(jpeg).metadata(),
      sharp(jpeg).resize(300, 300, { fit: 'cover' }).jpeg().toBuffer(),
      sharp(jpeg).resize({ width: 768 }).jpeg().toBuffer(),
    ])
  const create = (index: number): Promise<unknown> =>
    quire.create({ collection: 'media', data: { alt: `photo ${index}` }, file: { data: jpeg, name: `photo-${index}.jpg`, mimetype: 'image/jpeg', size: jpeg.byteLength }, depth: 0 })
  const baseline = await measure('sharp', ITERATIONS, sizesOnly)
  const quireRun = await measure('quire', ITERATIONS, create)
  printComparison(`12 MP JPEG → thumbnail + card (${ITERATIONS} timed runs after as many warm-ups; "prisma" column = sharp alone)`, [
    { op: 'upload create (all stages)', quire: quireRun, baseline, note: 'detect, checks, sizes, name, insert, 3 files + fsync' },
  ])
  const sample = await quire.find({ collection: 'media', limit: 1, depth: 0 })
  console.log('stored:', JSON.stringify({ filename: sample.docs[0]?.filename, sizes: sample.docs[0]?.sizes }))
} finally {
  await cleanup()
  await rm(root, { recursive: true, force: true })
}
