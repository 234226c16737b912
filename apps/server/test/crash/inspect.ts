// Reading back what the crash test checks: documents through the Local API, files on disk,
// child-table row counts and SQLite's own integrity checks. Table names come from the storage
// model (quire.schema), never typed by hand.
import { createHash } from 'node:crypto'
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Provider, Quire } from '@quire/core'
import { OWNER_MARKER } from '../../src/maintenance/sweep-orphan-uploads.ts'
import type { NoteData } from './crash-config.ts'
import type { Observed } from './crash-model.ts'

export async function readObserved(quire: Quire): Promise<Observed> {
  const notes = new Map<number, NoteData>()
  for (const doc of (await quire.find({ collection: 'notes', pagination: false, depth: 0, sort: 'id' })).docs) {
    const items = (doc.items as Array<{ text: string; n: number }>).map(({ text, n }) => ({ text, n }))
    notes.set(doc.id as number, { seq: doc.seq as number, title: doc.title as string, version: doc.version as number, labels: doc.labels as number[], items, attachment: (doc.attachment as number | null) ?? null })
  }
  const files: Observed['files'] = new Map()
  for (const doc of (await quire.find({ collection: 'files', pagination: false, depth: 0, sort: 'id' })).docs) {
    const thumb = (doc.sizes as { thumb?: { filename?: string | null } } | undefined)?.thumb?.filename
    files.set(doc.id as number, { seq: doc.seq as number, sha256: '', filename: doc.filename as string, sizes: thumb ? [thumb] : [] })
  }
  return { notes, files }
}

/**
 * Files against documents. Half-written, for files, means: a document naming a file that is
 * missing or whose bytes are not the ones uploaded (never allowed), or a file on disk no
 * committed document names — an orphan left by a write killed before its commit, or an
 * abandoned `.upload-*.tmp` (allowed right after the crash, gone after the sweep).
 */
export async function checkFiles(directory: string, observed: Observed, expectedSha: Map<number, string>): Promise<{ problems: string[]; orphans: string[] }> {
  const problems: string[] = []
  const onDisk = new Set(await readdir(directory).catch(() => [] as string[]))
  const named = new Set<string>()
  for (const [id, file] of observed.files) {
    for (const name of [file.filename, ...file.sizes]) {
      named.add(name)
      if (!onDisk.has(name)) problems.push(`file document ${id} names ${name}, which is not on disk`)
    }
    const sha = expectedSha.get(id)
    if (sha !== undefined && onDisk.has(file.filename)) {
      const actual = createHash('sha256').update(await readFile(join(directory, file.filename))).digest('hex')
      if (actual !== sha) problems.push(`file document ${id}: ${file.filename} does not hold the uploaded bytes`)
    }
  }
  // The folder's owner marker (written by the sweep when it claims the folder) is no upload.
  return { problems, orphans: [...onDisk].filter((name) => !named.has(name) && name !== OWNER_MARKER).sort() }
}

/** Rows of every child table of `notes` equal what the documents read back hold: no orphan rows. */
export async function checkRows(quire: Quire, observed: Observed): Promise<string[]> {
  const notes = quire.schema.collections.get('notes')
  if (!notes) return ['no notes collection in the storage model']
  const expected: Record<string, number> = {
    items: [...observed.notes.values()].reduce((sum, note) => sum + note.items.length, 0),
    labels: [...observed.notes.values()].reduce((sum, note) => sum + note.labels.length, 0),
  }
  const problems: string[] = []
  for (const field of notes.model.fields) {
    if ((field.kind !== 'array' && field.kind !== 'links') || !(field.field.name in expected)) continue
    const rows = await quire.db.client.$queryRawUnsafe<Array<{ n: number | bigint }>>(`SELECT COUNT(*) AS n FROM "${field.model.table}"`)
    const count = Number(rows[0]?.n)
    if (count !== expected[field.field.name]) problems.push(`${field.model.table} holds ${count} rows, the documents name ${expected[field.field.name]}`)
  }
  return problems
}

export async function checkIntegrity(quire: Quire, provider: Provider): Promise<string[]> {
  if (provider !== 'sqlite') return []
  const integrity = await quire.db.client.$queryRawUnsafe<Array<{ integrity_check: string }>>('PRAGMA integrity_check')
  const foreignKeys = await quire.db.client.$queryRawUnsafe<unknown[]>('PRAGMA foreign_key_check')
  const problems: string[] = []
  if (integrity.map((row) => row.integrity_check).join('; ') !== 'ok') problems.push(`PRAGMA integrity_check: ${JSON.stringify(integrity)}`)
  if (foreignKeys.length > 0) problems.push(`PRAGMA foreign_key_check: ${JSON.stringify(foreignKeys).slice(0, 500)}`)
  return problems
}

export const WRITER_APPLICATION_NAME = 'quire-crash-writer'

/**
 * Waits until PostgreSQL has ended the killed writer's connections. A COMMIT the writer sent
 * just before the kill is still carried out after its process is gone: reading before that
 * would see the in-flight write appear half-way through the checks (documents read without
 * it, child rows counted with it). SQLite has no server to wait for.
 */
export async function writerConnectionsGone(quire: Quire, provider: Provider): Promise<void> {
  if (provider !== 'postgresql') return
  const deadline = Date.now() + 60_000
  for (;;) {
    const rows = await quire.db.client.$queryRawUnsafe<Array<{ n: number | bigint }>>(
      'SELECT COUNT(*) AS n FROM pg_stat_activity WHERE datname = current_database() AND application_name = $1',
      WRITER_APPLICATION_NAME,
    )
    if (Number(rows[0]?.n) === 0) return
    if (Date.now() > deadline) throw new Error('the killed writer still holds PostgreSQL connections after 60 s')
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

