// One walk over config fields and a document-shaped object, shared by field hooks and field
// access: groups and array rows are entered (rows matched to their stored twin by id), and the
// visitor sees each field with its sibling object and dot path (`links.0.label`). The value
// is `sibling[key]`: normally `key` is the field's name, but in a document read with
// `locale: 'all'` (`localeKeyed`) the topmost localized field holds `{ [locale]: value }`, so
// the visitor sees each locale's value (`sibling` = that object, `key` = the locale), as Payload
// runs hooks per locale; the subtree below it is not keyed again.
// Array rows are matched to their stored twin by id; with `rowsByIndex` by position instead, as
// Payload's afterChange matches the rows of the previous document.
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
  rowsByIndex = false,
): Promise<void> {
  for (const field of fields) {
    const path = `${prefix}${field.name}`
    const value = sibling[field.name]
    const walk: Walk = { visitor, path, localeKeyed: false, rowsByIndex }
    if (localeKeyed && field.localized && isRecord(value)) {
      const original = originalSibling?.[field.name]
      for (const locale of Object.keys(value)) await visitValue(field, value, isRecord(original) ? original : undefined, locale, walk)
      continue
    }
    await visitValue(field, sibling, originalSibling, field.name, { ...walk, localeKeyed })
  }
}

interface Walk {
  visitor: FieldVisitor
  path: string
  localeKeyed: boolean
  rowsByIndex: boolean
}

async function visitValue(field: Field, holder: DocumentData, originalHolder: DocumentData | undefined, key: string, walk: Walk): Promise<void> {
  const { visitor, path, localeKeyed, rowsByIndex } = walk
  const value = holder[key]
  const original = originalHolder?.[key]
  if (field.type === 'group' && isRecord(value)) {
    await traverseFields(field.fields, value, isRecord(original) ? original : undefined, visitor, `${path}.`, localeKeyed, rowsByIndex)
  } else if (field.type === 'array' && Array.isArray(value)) {
    const originalRows = Array.isArray(original) ? original : []
    for (const [index, row] of value.entries()) {
      if (!isRecord(row)) continue
      const candidate: unknown = rowsByIndex ? originalRows[index] : originalRows.find((stored) => isRecord(stored) && stored.id !== undefined && stored.id === row.id)
      await traverseFields(field.fields, row, isRecord(candidate) ? candidate : undefined, visitor, `${path}.${index}.`, localeKeyed, rowsByIndex)
    }
  }
  await visitor({ field, sibling: holder, originalSibling: originalHolder, path, key })
}

export function isRecord(value: unknown): value is DocumentData {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
