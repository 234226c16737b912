// One walk over config fields and a document-shaped object, shared by field hooks and field
// access: groups and array rows are entered (rows matched to their stored twin by id), and the
// visitor sees each field with its sibling object and dot path (`links.0.label`).
import type { Field } from '../config/fields.ts'
import type { DocumentData } from '../config/hooks-and-access.ts'

export interface FieldVisit {
  field: Field
  sibling: DocumentData
  /** The same level of the stored document, when there is one. */
  originalSibling: DocumentData | undefined
  path: string
}

export type FieldVisitor = (visit: FieldVisit) => void | Promise<void>

export async function traverseFields(
  fields: readonly Field[],
  sibling: DocumentData,
  originalSibling: DocumentData | undefined,
  visitor: FieldVisitor,
  prefix = '',
): Promise<void> {
  for (const field of fields) {
    const path = `${prefix}${field.name}`
    const value = sibling[field.name]
    const original = originalSibling?.[field.name]
    if (field.type === 'group' && isRecord(value)) {
      await traverseFields(field.fields, value, isRecord(original) ? original : undefined, visitor, `${path}.`)
    } else if (field.type === 'array' && Array.isArray(value)) {
      const originalRows = Array.isArray(original) ? original.filter(isRecord) : []
      for (const [index, row] of value.entries()) {
        if (!isRecord(row)) continue
        const twin = originalRows.find((candidate) => candidate.id !== undefined && candidate.id === row.id)
        await traverseFields(field.fields, row, twin, visitor, `${path}.${index}.`)
      }
    }
    await visitor({ field, sibling, originalSibling, path })
  }
}

export function isRecord(value: unknown): value is DocumentData {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
