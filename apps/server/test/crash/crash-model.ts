// What the database must hold after a crash, from the writer's intent/ack lines. Every
// acknowledged write is there, exactly; the one write in flight at the kill (intent, no ack)
// either happened completely or not at all; nothing else exists.
import type { NoteData } from './crash-config.ts'

export type Intent =
  | { op: 'create-note'; seq: number; data: NoteData }
  | { op: 'update-note'; id: number; data: NoteData }
  | { op: 'delete-note'; id: number }
  | { op: 'create-file'; seq: number; sha256: string }
  | { op: 'delete-file'; id: number }

export interface FileExpectation {
  seq: number
  sha256: string
}

/** The database as read back: notes by id, file documents by id. */
export interface Observed {
  notes: Map<number, NoteData>
  files: Map<number, FileExpectation & { filename: string; sizes: string[] }>
}

export class CrashModel {
  readonly notes = new Map<number, NoteData>()
  readonly files = new Map<number, FileExpectation>()
  pending: Intent | undefined
  acknowledged = 0
  /** In-flight writes found committed (acknowledgement lost) / absent after a kill. */
  inFlightCommitted = 0
  inFlightAbsent = 0

  apply(line: { t: string; op?: string; [key: string]: unknown }): void {
    if (line.t === 'intent') {
      this.pending = line as unknown as Intent
      return
    }
    if (line.t !== 'ack' || !this.pending) return
    const pending = this.pending
    if (pending.op === 'create-note' || pending.op === 'update-note') this.notes.set(line.id as number, pending.data)
    else if (pending.op === 'delete-note') this.notes.delete(pending.id)
    else if (pending.op === 'create-file') this.files.set(line.id as number, { seq: pending.seq, sha256: pending.sha256 })
    else this.files.delete(pending.id)
    this.pending = undefined
    this.acknowledged += 1
  }

  /**
   * Compares the database with the model; returns every violation (empty = all promises kept)
   * and settles the in-flight write to what the database shows, for the next round.
   */
  settle(observed: Observed): string[] {
    const problems: string[] = []
    const pending = this.pending
    const expectedNotes = new Map(this.notes)
    const expectedFiles = new Map(this.files)
    let committed: boolean | undefined
    // The in-flight write: whichever of its two outcomes the database shows is the expectation.
    if (pending?.op === 'create-note') {
      const found = [...observed.notes].find(([, note]) => note.seq === pending.data.seq)
      committed = found !== undefined
      if (found) expectedNotes.set(found[0], pending.data)
    } else if (pending?.op === 'update-note') {
      committed = sameNote(observed.notes.get(pending.id), pending.data) && !sameNote(pending.data, this.notes.get(pending.id))
      if (committed) expectedNotes.set(pending.id, pending.data)
    } else if (pending?.op === 'delete-note') {
      committed = !observed.notes.has(pending.id)
      if (committed) expectedNotes.delete(pending.id)
    } else if (pending?.op === 'create-file') {
      const found = [...observed.files].find(([, file]) => file.seq === pending.seq)
      committed = found !== undefined
      if (found) expectedFiles.set(found[0], { seq: pending.seq, sha256: pending.sha256 })
    } else if (pending?.op === 'delete-file') {
      committed = !observed.files.has(pending.id)
      if (committed) expectedFiles.delete(pending.id)
    }

    for (const [id, note] of expectedNotes) {
      const actual = observed.notes.get(id)
      if (!actual) problems.push(`note ${id} (seq ${note.seq}) acknowledged but missing`)
      else if (!sameNote(actual, note)) problems.push(`note ${id} differs: expected ${JSON.stringify(note)}, found ${JSON.stringify(actual)}`)
    }
    for (const [id, note] of observed.notes) if (!expectedNotes.has(id)) problems.push(`note ${id} (seq ${note.seq}) exists but was never written: ${JSON.stringify(note)}`)
    for (const [id, file] of expectedFiles) {
      const actual = observed.files.get(id)
      if (!actual) problems.push(`file document ${id} (seq ${file.seq}) acknowledged but missing`)
      else if (actual.seq !== file.seq) problems.push(`file document ${id} has seq ${actual.seq}, expected ${file.seq}`)
    }
    for (const [id, file] of observed.files) if (!expectedFiles.has(id)) problems.push(`file document ${id} (seq ${file.seq}) exists but was never written`)

    if (problems.length === 0) {
      this.notes.clear()
      for (const [id, note] of expectedNotes) this.notes.set(id, note)
      this.files.clear()
      for (const [id, file] of expectedFiles) this.files.set(id, file)
      if (committed === true) this.inFlightCommitted += 1
      if (committed === false) this.inFlightAbsent += 1
      this.pending = undefined
    }
    return problems
  }
}

function sameNote(a: NoteData | undefined, b: NoteData | undefined): boolean {
  return a !== undefined && b !== undefined && JSON.stringify(normalise(a)) === JSON.stringify(normalise(b))
}

function normalise(note: NoteData): NoteData {
  return { seq: note.seq, title: note.title, version: note.version, labels: [...note.labels], items: note.items.map(({ text, n }) => ({ text, n })), attachment: note.attachment ?? null }
}
