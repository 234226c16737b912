// Rows of a localized array are one table for all locales, keyed by a globally unique id. A
// caller who translates a document by sending the rows it read in another locale (ids
// included) would write rows whose ids the other locale's rows still hold. Before such a write,
// rows whose id belongs to another locale get a fresh id (and so do the rows nested in them),
// so the other locale's rows stay untouched. One query per localized array table written.
import type { DocumentData } from '../config/hooks-and-access.ts'
import { delegateFor, type QueryClient } from '../database/types.ts'
import { LOCALE_COLUMN } from '../storage/names.ts'
import type { FieldStorage, ModelStorage } from '../storage/storage-model.ts'

export async function renewForeignRowIds(client: QueryClient, fields: FieldStorage[], data: DocumentData, locale: string): Promise<void> {
  const written = new Map<ModelStorage, DocumentData[]>()
  collect(fields, data, written)
  for (const [model, rows] of written) {
    const ids = rows.map((row) => row.id).filter((id): id is string => typeof id === 'string' && id !== '')
    if (ids.length === 0) continue
    const taken = await delegateFor(client, model.delegate).findMany({ where: { id: { in: ids }, [LOCALE_COLUMN]: { not: locale } }, select: { id: true } })
    const takenIds = new Set(taken.map((row) => row.id))
    for (const row of rows) if (takenIds.has(row.id)) dropIds(model.fields, row)
  }
}

/** The rows written into each localized array table. */
function collect(fields: FieldStorage[], data: DocumentData, written: Map<ModelStorage, DocumentData[]>): void {
  for (const storage of fields) {
    const value = data[storage.field.name]
    if (storage.kind === 'group' && isRecord(value)) collect(storage.fields, value, written)
    if (storage.kind !== 'array' || !Array.isArray(value)) continue
    const rows = value.filter(isRecord)
    if (storage.localized) written.set(storage.model, [...(written.get(storage.model) ?? []), ...rows])
    else for (const row of rows) collect(storage.model.fields, row, written)
  }
}

/** A row and every row nested in it get fresh ids when written. */
function dropIds(fields: FieldStorage[], row: DocumentData): void {
  delete row.id
  dropNestedIds(fields, row)
}

function dropNestedIds(fields: FieldStorage[], container: DocumentData): void {
  for (const storage of fields) {
    const value = container[storage.field.name]
    if (storage.kind === 'group' && isRecord(value)) dropNestedIds(storage.fields, value)
    if (storage.kind === 'array' && Array.isArray(value)) for (const nested of value) if (isRecord(nested)) dropIds(storage.model.fields, nested)
  }
}

function isRecord(value: unknown): value is DocumentData {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
