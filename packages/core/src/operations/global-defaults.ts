// What findGlobal returns for a global that was never saved: Payload returns `{}` with the
// fields' default values filled in. Quire gives it the shape a saved document would have
// (minus id and timestamps), so readers need not tell "never saved" from "saved empty":
// fields without a default are null, arrays and hasMany values [], groups objects.
import type { Field } from '../config/fields.ts'
import type { DocumentData } from '../config/hooks-and-access.ts'
import { applyDefaults, type DefaultsContext } from '../documents/apply-defaults.ts'
import type { ProjectedField } from '../documents/projection.ts'

export async function defaultGlobalDocument(fields: Field[], projection: ProjectedField[], context: DefaultsContext): Promise<DocumentData> {
  return shapeLike(projection, await applyDefaults(fields, {}, context))
}

/** Keeps the projected fields of `source` (so `select` and hidden fields apply), filling gaps. */
function shapeLike(projection: ProjectedField[], source: DocumentData): DocumentData {
  const doc: DocumentData = {}
  for (const { storage, children } of projection) {
    const name = storage.field.name
    const value = source[name]
    switch (storage.kind) {
      case 'column':
        doc[name] = value === undefined || value === null ? null : storage.scalar === 'datetime' ? toIso(value) : value
        break
      case 'foreignKey':
        doc[name] = value ?? null
        break
      case 'group':
        doc[name] = shapeLike(children ?? [], isRecord(value) ? value : {})
        break
      case 'array':
        doc[name] = Array.isArray(value) ? value.map((row) => (isRecord(row) ? arrayRow(children ?? [], row) : row)) : []
        break
      case 'links':
        doc[name] = value ?? (storage.hasMany ? [] : null)
        break
      case 'values':
        doc[name] = Array.isArray(value) ? value : []
        break
    }
  }
  return doc
}

function arrayRow(projection: ProjectedField[], row: DocumentData): DocumentData {
  const shaped = shapeLike(projection, row)
  return typeof row.id === 'string' ? { id: row.id, ...shaped } : shaped
}

/** Saved dates read back as ISO strings; a default date must look the same. */
function toIso(value: unknown): unknown {
  const date = value instanceof Date ? value : typeof value === 'string' ? new Date(value) : undefined
  return date && !Number.isNaN(date.getTime()) ? date.toISOString() : value
}

function isRecord(value: unknown): value is DocumentData {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
