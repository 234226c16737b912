// Finds every relationship id in one document that is due for population at `level`:
// top-level, inside groups and (nested) array rows; single, hasMany (by index, so order
// is kept), polymorphic `{ relationTo, value }` and upload values alike. In documents read
// with `locale: 'all'` (`localeKeyed`), the topmost localized field holds `{ [locale]: value }`:
// each locale's value is searched, and nothing below it is keyed again.
import type { DocumentData } from '../../config/hooks-and-access.ts'
import type { RelationField } from '../../config/fields.ts'
import type { FieldStorage, LinksStorage } from '../../storage/storage-model.ts'
import { isLocalizedStorage } from '../../storage/localized-storage.ts'
import type { RelationSlot } from './types.ts'

/**
 * @param depth the depth this document's relationships are populated to
 * @param level the level being populated (1 for the relationships of the root documents)
 */
export function collectRelationSlots(fields: FieldStorage[], container: DocumentData, depth: number, level: number, slots: RelationSlot[], localeKeyed = false): void {
  for (const storage of fields) {
    const value = container[storage.field.name]
    if (value === undefined || value === null) continue
    if (localeKeyed && isLocalizedStorage(storage)) {
      if (isObject(value)) for (const locale of Object.keys(value)) collectValue(storage, value, locale, depth, level, slots, false)
      continue
    }
    collectValue(storage, container, storage.field.name, depth, level, slots, localeKeyed)
  }
}

/** The value at `holder[key]` of one field. */
function collectValue(storage: FieldStorage, holder: DocumentData, key: string, depth: number, level: number, slots: RelationSlot[], localeKeyed: boolean): void {
  const value = holder[key]
  if (value === undefined || value === null) return
  switch (storage.kind) {
    case 'group':
      if (isObject(value)) collectRelationSlots(storage.fields, value, depth, level, slots, localeKeyed)
      break
    case 'array':
      if (Array.isArray(value)) {
        for (const row of value) if (isObject(row)) collectRelationSlots(storage.model.fields, row, depth, level, slots, localeKeyed)
      }
      break
    case 'foreignKey': {
      const fieldDepth = cappedDepth(storage.field, depth)
      const id = asId(value)
      if (level <= fieldDepth && id !== undefined) slots.push({ target: storage.target, id, holder, key, depth: fieldDepth })
      break
    }
    case 'links': {
      const fieldDepth = cappedDepth(storage.field, depth)
      if (level <= fieldDepth) collectLinks(storage, value, fieldDepth, slots)
      break
    }
    default:
      break
  }
}

function collectLinks(storage: LinksStorage, value: unknown, depth: number, slots: RelationSlot[]): void {
  if (!storage.polymorphic) {
    // Non-polymorphic links are always hasMany (a single one is a foreign key).
    if (!Array.isArray(value)) return
    const target = storage.targets[0]!.slug
    value.forEach((item, index) => {
      const id = asId(item)
      if (id !== undefined) slots.push({ target, id, holder: value as unknown as Record<number, unknown>, key: index, depth })
    })
    return
  }
  const items = storage.hasMany ? (Array.isArray(value) ? value : []) : [value]
  for (const item of items) {
    if (!isObject(item)) continue
    const id = asId(item.value)
    const target = storage.targets.find((candidate) => candidate.slug === item.relationTo)
    if (id !== undefined && target) slots.push({ target: target.slug, id, holder: item, key: 'value', depth })
  }
}

function cappedDepth(field: RelationField, depth: number): number {
  return field.maxDepth !== undefined && field.maxDepth < depth ? field.maxDepth : depth
}

/** Stored ids are positive integers; anything else (an already populated object) is left alone. */
function asId(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isSafeInteger(value) && value > 0 ? value : undefined
}

function isObject(value: unknown): value is DocumentData {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
