// Payload's lenient input, applied to incoming data before any field hook runs (as Payload's
// beforeValidate does), so forms and scripts that send strings keep working:
//   number        '12.5' → 12.5 ('' → null; text that is not a number stays and fails validation),
//                 in hasMany lists item by item
//   checkbox      'true' → true, 'false' and '' → false
//   point         string coordinates → numbers
//   relationship  '', 'none', 'null' → none (null, or [] when hasMany); populated documents and
//   / upload      numeric strings are turned into ids by validation (relationship-values.ts)
//   richText      a JSON string → its value
//   array         0 or '0' → [] (Payload's "no rows"); null rows are dropped
// Text-like fields are coerced later, by validation (a number or boolean is stored as its text,
// as Payload's SQL adapters store it): hooks see what was sent, as in Payload.
// Changes `data` in place: it is the operation's own copy of the caller's data.
import type { Field } from '../config/fields.ts'
import { isRelationField } from '../config/fields.ts'
import type { DocumentData } from '../config/hooks-and-access.ts'

const NO_RELATION = new Set(['', 'none', 'null'])

export function coerceInput(fields: readonly Field[], data: DocumentData): void {
  for (const field of fields) {
    if (!Object.prototype.hasOwnProperty.call(data, field.name)) continue
    const value = data[field.name]
    if (field.type === 'group') {
      if (isRecord(value)) coerceInput(field.fields, value)
      continue
    }
    if (field.type === 'array') {
      if (value === 0 || value === '0') data[field.name] = []
      else if (Array.isArray(value)) {
        const rows = value.filter((row) => row !== null && row !== undefined)
        for (const row of rows) if (isRecord(row)) coerceInput(field.fields, row)
        data[field.name] = rows
      }
      continue
    }
    data[field.name] = coerceValue(field, value)
  }
}

function coerceValue(field: Field, value: unknown): unknown {
  switch (field.type) {
    case 'number':
      return Array.isArray(value) ? value.map(toNumber) : toNumber(value)
    case 'checkbox':
      if (value === 'true') return true
      return value === 'false' || value === '' ? false : value
    case 'point':
      return Array.isArray(value) ? value.map(toNumber) : value
    case 'richText':
      return typeof value === 'string' ? parseJson(value) : value
    case 'relationship':
    case 'upload':
      if (!isRelationField(field) || !(value === null || (typeof value === 'string' && NO_RELATION.has(value)))) return value
      return field.hasMany ? [] : null
    default:
      return value
  }
}

/** Payload's rule: a trimmed string is parsed as a float; an empty one is no value. */
function toNumber(value: unknown): unknown {
  if (typeof value !== 'string') return value
  const trimmed = value.trim()
  if (trimmed === '') return null
  const parsed = Number.parseFloat(trimmed)
  return Number.isNaN(parsed) ? value : parsed
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown
  } catch {
    return text
  }
}

function isRecord(value: unknown): value is DocumentData {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
