// Config checks for `hasMany` on fields that store plain values (select, text, number): their
// value is a list kept in a values table, one row per item (storage-model.ts). Relationships and
// uploads take `hasMany` too; their own rules live in sanitize-fields.ts.
import type { Field } from './fields.ts'

/** Types whose `hasMany` makes a list of plain values. */
const VALUE_LIST_TYPES = new Set(['select', 'text', 'number'])
const HAS_MANY_TYPES = new Set([...VALUE_LIST_TYPES, 'relationship', 'upload'])
/** Types that take `minRows`/`maxRows` only together with `hasMany`. */
const ROWS_NEED_HAS_MANY = new Set(['text', 'number'])

export function checkHasMany(field: Field, at: string, problems: string[]): void {
  const record = field as unknown as Record<string, unknown>
  const hasMany = record.hasMany
  if (hasMany !== undefined && typeof hasMany !== 'boolean') {
    problems.push(`${at}.hasMany: must be true or false`)
    return
  }
  if (hasMany && !HAS_MANY_TYPES.has(field.type)) {
    problems.push(`${at}.hasMany: only select, text, number, relationship and upload fields support hasMany`)
    return
  }
  if (ROWS_NEED_HAS_MANY.has(field.type)) checkRows(record, Boolean(hasMany), at, problems)
  if (!hasMany || !VALUE_LIST_TYPES.has(field.type)) return
  // A values table holds one row per item, so no column can carry a unique constraint for the
  // list as a whole; refusing it beats silently not enforcing it.
  if (record.unique) problems.push(`${at}.unique: unique cannot be enforced on a hasMany field; remove it`)
  if (field.type === 'text' || field.type === 'number') checkListDefault(record.defaultValue, field.type, at, problems)
}

function checkRows(record: Record<string, unknown>, hasMany: boolean, at: string, problems: string[]): void {
  for (const key of ['minRows', 'maxRows']) {
    const value = record[key]
    if (value === undefined) continue
    if (!hasMany) problems.push(`${at}.${key}: only applies to a list; add hasMany: true or remove ${key}`)
    // checkRange already reports a value that is not a finite number.
    else if (typeof value === 'number' && Number.isFinite(value) && (!Number.isInteger(value) || value < 0)) {
      problems.push(`${at}.${key}: must be a whole number ≥ 0`)
    }
  }
}

/** A static default must already be a list of the right items; a function is checked on use. */
function checkListDefault(value: unknown, type: 'text' | 'number', at: string, problems: string[]): void {
  if (value === undefined || typeof value === 'function') return
  const item = type === 'text' ? 'strings' : 'numbers'
  const fits = (entry: unknown): boolean => (type === 'text' ? typeof entry === 'string' : typeof entry === 'number' && Number.isFinite(entry))
  if (!Array.isArray(value) || !value.every(fits)) {
    problems.push(`${at}.defaultValue: a hasMany ${type} field's default must be a list of ${item} (got ${JSON.stringify(value)})`)
  }
}
