// Whether a write has to read the stored document first. Reading it costs a query, so an
// update only does it when something will look at it: a custom `validate` (it receives
// `originalDoc`), field hooks or field access (they receive the doc), or collection hooks.
import type { Field } from '../config/fields.ts'
import type { CollectionStorage } from '../storage/storage-model.ts'

const cache = new WeakMap<CollectionStorage, boolean>()

export function needsOriginalDoc(collection: CollectionStorage): boolean {
  let needed = cache.get(collection)
  if (needed === undefined) {
    const hooks = collection.config.hooks ?? {}
    needed = Object.values(hooks).some((list) => Array.isArray(list) && list.length > 0) || hasCustomValidate(collection.config.fields)
    cache.set(collection, needed)
  }
  return needed
}

function hasCustomValidate(fields: Field[]): boolean {
  return fields.some((field) => {
    if ('validate' in field && typeof field.validate === 'function') return true
    if (field.hooks && Object.values(field.hooks).some((list) => Array.isArray(list) && list.length > 0)) return true
    if (field.access && Object.keys(field.access).length > 0) return true
    return (field.type === 'group' || field.type === 'array') && hasCustomValidate(field.fields)
  })
}

export function isRecordNotFound(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'P2025'
}
