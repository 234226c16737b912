// The process the crash test kills: writes through the Local API as fast as it can — notes with
// link and array rows, upload documents with their files, updates and deletes — printing an
// `intent` line before each write and an `ack` line once the Local API has returned (the
// write is committed). The parent SIGKILLs it at a random moment and checks the database.
// Usage: crash-writer.ts <provider> <database url> <root dir> <seed>
import { createHash } from 'node:crypto'
import { writeSync } from 'node:fs'
import { getQuire, type Provider } from '@quire/core'
// The generated client of this config, as the test harness caches it (not exported by @quire/core/testing).
import { cachedClient } from '../../../../packages/core/src/testing/client-cache.ts'
import { crashConfig, seededPng, type NoteData } from './crash-config.ts'

const [providerArg, url, root, seedArg] = process.argv.slice(2)
if (!providerArg || !url || !root || !seedArg) throw new Error('usage: crash-writer.ts <provider> <url> <root> <seed>')
const provider = providerArg as Provider
const base = crashConfig(root)
const config = { ...base, db: { url, clients: { [provider]: async () => (await cachedClient(base, provider)).PrismaClient } } }
const quire = await getQuire({ config })

/** mulberry32: a small seeded generator, so a failing run's choices can be replayed. */
let state = Number(seedArg) >>> 0
function random(): number {
  state = (state + 0x6d2b79f5) >>> 0
  let t = state
  t = Math.imul(t ^ (t >>> 15), t | 1)
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296
}
const pick = <T>(items: readonly T[]): T | undefined => items[Math.floor(random() * items.length)]
const say = (line: Record<string, unknown>): void => void writeSync(1, `${JSON.stringify(line)}\n`)

const labels = (await quire.find({ collection: 'labels', pagination: false, depth: 0 })).docs.map((doc) => doc.id as number)
const notes = new Map<number, NoteData>()
for (const doc of (await quire.find({ collection: 'notes', pagination: false, depth: 0 })).docs) {
  notes.set(doc.id as number, { seq: doc.seq as number, title: doc.title as string, version: doc.version as number, labels: doc.labels as number[], items: [], attachment: (doc.attachment as number | null) ?? null })
}
const files = (await quire.find({ collection: 'files', pagination: false, depth: 0 })).docs.map((doc) => ({ id: doc.id as number, seq: doc.seq as number }))
let seq = Math.max(0, ...[...notes.values()].map((note) => note.seq), ...files.map((file) => file.seq)) + 1

function noteData(noteSeq: number, version: number): NoteData {
  const chosen = labels.filter(() => random() < 0.4)
  const items = Array.from({ length: 1 + Math.floor(random() * 4) }, (_, n) => ({ text: `row ${n} of ${noteSeq} v${version}`, n }))
  const attachment = random() < 0.4 ? (pick(files)?.id ?? null) : null
  return { seq: noteSeq, title: `note ${noteSeq} v${version}`, version, labels: chosen, items, attachment }
}

const unreferencedFiles = () => files.filter((file) => ![...notes.values()].some((note) => note.attachment === file.id))

say({ t: 'ready' })
for (;;) {
  const roll = random()
  if (roll < 0.45 || notes.size === 0) {
    const data = noteData(seq++, 1)
    say({ t: 'intent', op: 'create-note', seq: data.seq, data })
    const doc = await quire.create({ collection: 'notes', data })
    notes.set(doc.id as number, data)
    say({ t: 'ack', op: 'create-note', seq: data.seq, id: doc.id })
  } else if (roll < 0.65) {
    const fileSeq = seq++
    const bytes = seededPng(fileSeq)
    const sha256 = createHash('sha256').update(bytes).digest('hex')
    say({ t: 'intent', op: 'create-file', seq: fileSeq, sha256 })
    const doc = await quire.create({ collection: 'files', data: { seq: fileSeq }, file: { data: bytes, mimetype: 'image/png', name: `upload-${fileSeq}.png`, size: bytes.length } })
    files.push({ id: doc.id as number, seq: fileSeq })
    say({ t: 'ack', op: 'create-file', seq: fileSeq, id: doc.id, filename: doc.filename })
  } else if (roll < 0.88) {
    const id = pick([...notes.keys()])!
    const current = notes.get(id)!
    const data = noteData(current.seq, current.version + 1)
    say({ t: 'intent', op: 'update-note', id, data })
    await quire.update({ collection: 'notes', id, data })
    notes.set(id, data)
    say({ t: 'ack', op: 'update-note', id })
  } else if (roll < 0.95) {
    const id = pick([...notes.keys()])!
    say({ t: 'intent', op: 'delete-note', id })
    await quire.delete({ collection: 'notes', id })
    notes.delete(id)
    say({ t: 'ack', op: 'delete-note', id })
  } else {
    const file = pick(unreferencedFiles())
    if (!file) continue
    say({ t: 'intent', op: 'delete-file', id: file.id })
    await quire.delete({ collection: 'files', id: file.id })
    files.splice(files.indexOf(file), 1)
    say({ t: 'ack', op: 'delete-file', id: file.id })
  }
}
