// One walk over config fields and a document-shaped object, shared by field hooks and field
// access: groups and array rows are entered (rows matched to their stored twin by id), and the
// visitor sees each field with its sibling object and dot path (`links.0.label`). The value
// is `sibling[key]`: normally `key` is the field's name, but in a document read with
// `locale: 'all'` (`localeKeyed`) the topmost localized field holds `{ [locale]: value }`, so
// the visitor sees each locale's value (`sibling` = that object, `key` = the locale), as Payload
// runs hooks per locale; the subtree below it is not keyed again.
import type { Field } from '../config/fields.ts'
import type { DocumentData } from '../config/hooks-and-access.ts'

export interface FieldVisit {
  field: Field
  sibling: DocumentData
  /** The same level of the stored document, when there is one. */
  originalSibling: DocumentData | undefined
  path: string
  /** Where the value sits in `sibling`: the field's name, or a locale code (see above). */
  key: string
}

export type FieldVisitor = (visit: FieldVisit) => void | Promise<void>

export async function traverseFields(
  fields: readonly Field[],
  sibling: DocumentData,
  originalSibling: DocumentData | undefined,
  visitor: FieldVisitor,
  prefix = '',
  localeKeyed = false,
): Promise<void> {
  for (const field of fields) {
    const path = `${prefix}${field.name}`
    const value = sibling[field.name]
    if (localeKeyed && field.localized && isRecord(value)) {
      const original = originalSibling?.[field.name]
      for (const locale of Object.keys(value)) await visitValue(field, value, isRecord(original) ? original : undefined, locale, visitor, path, false)
      continue
    }
    await visitValue(field, sibling, originalSibling, field.name, visitor, path, localeKeyed)
  }
}

async function visitValue(field: Field, holder: DocumentData, originalHolder: DocumentData | undefined, key: string, visitor: FieldVisitor, path: string, localeKeyed: boolean): Promise<void> {
  const value = holder[key]
  const original = originalHolder?.[key]
  if (field.type === 'group' && isRecord(value)) {
    await traverseFields(field.fields, value, isRecord(original) ? original : undefined, visitor, `${path}.`, localeKeyed)
  } else if (field.type === 'array' && Array.isArray(value)) {
    const originalRows = Array.isArray(original) ? original.filter(isRecord) : []
    for (const [index, row] of value.entries()) {
      if (!isRecord(row)) continue
      const twin = originalRows.find((candidate) => candidate.id !== undefined && candidate.id === row.id)
      await traverseFields(field.fields, row, twin, visitor, `${path}.${index}.`, localeKeyed)
    }
  }
  await visitor({ field, sibling: holder, originalSibling: originalHolder, path, key })
}

export function isRecord(value: unknown): value is DocumentData {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
