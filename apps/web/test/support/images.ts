// Test images made on the spot (sharp, offline). Soft colour blobs (a few random pixels blown
// up with a cubic filter) look like a blurred photo in screenshots and, saved with light PNG
// compression, weigh enough (~0.5–1 MB) to watch an upload's progress over a throttled link.
import sharp from 'sharp'

export async function blobPng(width: number, height: number): Promise<Buffer> {
  const seed = await sharp({ create: { width: 8, height: 6, channels: 3, background: '#4a7ab5', noise: { type: 'gaussian', mean: 128, sigma: 60 } } })
    .png()
    .toBuffer()
  return sharp(seed).resize(width, height, { kernel: 'cubic' }).png({ compressionLevel: 1 }).toBuffer()
}

export async function solidJpeg(width: number, height: number, colour: string): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: colour } })
    .jpeg()
    .toBuffer()
}
