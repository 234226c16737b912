// The content model the crash test writes: notes with link rows (hasMany relationship), array
// rows and an upload; upload documents whose original and one resized copy live on disk.
import { deflateSync } from 'node:zlib'
import { join } from 'node:path'
import { buildConfig, type AfterChangeHook, type SanitizedConfig } from '@quire/core'

/** `filesAfterChange` runs after the upload's own afterChange: the files are on disk, nothing is committed. */
export function crashConfig(root: string, hooks: { filesAfterChange?: AfterChangeHook } = {}): SanitizedConfig {
  return buildConfig({
    secret: 'crash-test-secret-of-at-least-32-characters',
    db: { url: 'file:./unused.db' },
    collections: [
      { slug: 'labels', fields: [{ name: 'name', type: 'text', required: true }] },
      {
        slug: 'files',
        upload: { staticDir: join(root, 'files'), mimeTypes: ['image/png'], imageSizes: [{ name: 'thumb', width: 4, height: 4 }] },
        fields: [{ name: 'seq', type: 'number', required: true }],
        ...(hooks.filesAfterChange ? { hooks: { afterChange: [hooks.filesAfterChange] } } : {}),
      },
      {
        slug: 'notes',
        fields: [
          { name: 'seq', type: 'number', required: true, unique: true },
          { name: 'title', type: 'text', required: true },
          { name: 'version', type: 'number', required: true },
          { name: 'labels', type: 'relationship', relationTo: 'labels', hasMany: true },
          { name: 'items', type: 'array', fields: [{ name: 'text', type: 'text', required: true }, { name: 'n', type: 'number', required: true }] },
          { name: 'attachment', type: 'upload', relationTo: 'files' },
        ],
      },
    ],
  })
}

/** A type, not an interface: it must be assignable to DocumentData (implicit index signature). */
export type NoteData = {
  seq: number
  title: string
  version: number
  labels: number[]
  items: Array<{ text: string; n: number }>
  attachment: number | null
}

/** An 8×8 PNG whose pixels come from `seed`, so every upload has its own bytes. */
export function seededPng(seed: number): Uint8Array {
  const size = 8
  const raw = Buffer.alloc(size * (1 + size * 3))
  for (let y = 0; y < size; y += 1) {
    raw[y * (1 + size * 3)] = 0 // filter: none
    for (let x = 0; x < size * 3; x += 1) raw[y * (1 + size * 3) + 1 + x] = (seed * 31 + y * 17 + x * 7) & 0xff
  }
  const header = Buffer.alloc(13)
  header.writeUInt32BE(size, 0)
  header.writeUInt32BE(size, 4)
  header.set([8, 2, 0, 0, 0], 8) // 8-bit RGB
  return new Uint8Array(Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]))
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(body))
  return Buffer.concat([length, body, crc])
}

function crc32(bytes: Buffer): number {
  let crc = 0xffffffff
  for (const byte of bytes) {
    crc ^= byte
    for (let bit = 0; bit < 8; bit += 1) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1
  }
  return (crc ^ 0xffffffff) >>> 0
}
