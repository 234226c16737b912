// Reading and writing the server-owned file fields of a document: which storage keys a
// document owns, and how incoming data is forced to the server's values (a client may never
// set `filename` or `sizes.*.filename`: deleting the document would delete those files).
import type { DocumentData } from '../config/hooks-and-access.ts'
import type { FileFields, StoredSize } from './types.ts'

const OWNED = ['url', 'filename', 'mimeType', 'filesize', 'width', 'height', 'sizes', 'uploadedBy'] as const

export function emptySize(): StoredSize {
  return { filename: null, width: null, height: null, mimeType: null, filesize: null }
}

/** The file fields of a stored document (missing values as null). */
export function pickFileFields(doc: DocumentData | undefined): FileFields {
  const sizes: Record<string, StoredSize> = {}
  if (isRecord(doc?.sizes)) {
    for (const [name, size] of Object.entries(doc.sizes)) {
      if (!isRecord(size)) continue
      sizes[name] = {
        filename: stringOrNull(size.filename),
        width: numberOrNull(size.width),
        height: numberOrNull(size.height),
        mimeType: stringOrNull(size.mimeType),
        filesize: numberOrNull(size.filesize),
      }
    }
  }
  return {
    filename: stringOrNull(doc?.filename),
    mimeType: stringOrNull(doc?.mimeType),
    filesize: numberOrNull(doc?.filesize),
    width: numberOrNull(doc?.width),
    height: numberOrNull(doc?.height),
    sizes,
  }
}

/** Every storage key a document's file fields name: the original first, then its sizes. */
export function fileKeysOf(fields: Partial<FileFields> | undefined): string[] {
  const keys: string[] = []
  if (typeof fields?.filename === 'string' && fields.filename !== '') keys.push(fields.filename)
  for (const size of Object.values(fields?.sizes ?? {})) if (typeof size?.filename === 'string' && size.filename !== '') keys.push(size.filename)
  return keys
}

/** `data` without any client-sent file fields, plus the server's values when there are some. */
export function withServerFileFields(data: DocumentData, server: Partial<FileFields> | undefined): DocumentData {
  const out: DocumentData = { ...data }
  for (const name of OWNED) delete out[name]
  if (server) Object.assign(out, structuredClone(server))
  return out
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function stringOrNull(value: unknown): string | null {
  return typeof value === 'string' ? value : null
}

function numberOrNull(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null
}
