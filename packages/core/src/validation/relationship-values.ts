// Normalises relationship input to ids, and remembers every referenced id so the caller can
// check they exist with one query per target collection.
import type { RelationField } from '../config/fields.ts'
import { checkRowCount } from './row-count.ts'
import type { Checked } from './scalar-validators.ts'

export interface RelationReference {
  path: string
  collection: string
  id: number
}

export function checkRelationship(field: RelationField, value: unknown, path: string, refs: RelationReference[]): Checked {
  const targets = Array.isArray(field.relationTo) ? field.relationTo : [field.relationTo]
  const polymorphic = Array.isArray(field.relationTo)
  const items = field.hasMany ? value : [value]
  if (!Array.isArray(items)) return { error: 'This field must be a list of relationships.' }
  if (field.hasMany) {
    const count = checkRowCount(items.length, field.minRows, field.maxRows)
    if (count) return { error: count }
  }
  const normalised: unknown[] = []
  for (const item of items) {
    const one = polymorphic ? polymorphicItem(item, targets) : plainItem(item, targets[0]!)
    if ('error' in one) return one
    refs.push({ path, collection: one.collection, id: one.id })
    normalised.push(polymorphic ? { relationTo: one.collection, value: one.id } : one.id)
  }
  return { value: field.hasMany ? normalised : normalised[0] }
}

type Item = { collection: string; id: number } | { error: string }

function plainItem(item: unknown, collection: string): Item {
  const id = toId(item)
  return id === undefined ? { error: 'This relationship field has an invalid ID.' } : { collection, id }
}

function polymorphicItem(item: unknown, targets: string[]): Item {
  if (typeof item !== 'object' || item === null) return { error: 'A relationship to several collections needs { relationTo, value }.' }
  const { relationTo, value } = item as { relationTo?: unknown; value?: unknown }
  if (typeof relationTo !== 'string' || !targets.includes(relationTo)) {
    return { error: `relationTo must be one of: ${targets.join(', ')}.` }
  }
  return plainItem(value, relationTo)
}

/** Accepts an id, a numeric string, or a populated document carrying its id. */
function toId(item: unknown): number | undefined {
  const raw = typeof item === 'object' && item !== null ? (item as { id?: unknown }).id : item
  const id = typeof raw === 'string' && /^\d+$/.test(raw) ? Number(raw) : raw
  return typeof id === 'number' && Number.isSafeInteger(id) && id > 0 ? id : undefined
}
