// One validator per scalar field type. Each returns the normalised value or an error message
// with Payload's wording where Payload has one. Empty values never reach them: `required`
// is checked by the caller, so validators only judge values that are present.
import type { Field, SelectField, RadioField } from '../config/fields.ts'
import { optionValues } from '../config/fields.ts'
import { unstorableJsonProblem, unstorableTextProblem } from './storable-text.ts'

export type Checked = { value: unknown } | { error: string }

/** Payload's default cap for text-like fields without a maxLength. */
const DEFAULT_MAX_TEXT_LENGTH = 40_000
/**
 * Caps of JSON values without a maxLength, counted in characters of their JSON text (Payload
 * has none: any value the body limit lets through was stored, and every read carried it).
 * A structured setting rarely needs more than a few kilobytes, so 100 000 leaves ample room;
 * a rich-text article of 20 000 words is about 400 000 characters of editor JSON, so 1 000 000.
 */
export const DEFAULT_MAX_JSON_LENGTH = 100_000
export const DEFAULT_MAX_RICH_TEXT_LENGTH = 1_000_000
// Payload's rules: a local part of dot-separated runs of letters, digits and the symbols email
// allows unquoted (so no quotes, spaces, commas, nor a leading, trailing or doubled dot), one @,
// and a dotted domain whose labels neither start nor end with a hyphen, ending in 2+ letters.
const LOCAL_RUN = "[a-z0-9_!#$%&'*+/=?^`{|}~-]+"
const EMAIL = new RegExp(`^${LOCAL_RUN}(?:\\.${LOCAL_RUN})*@(?!-)[a-z0-9-]+(?<!-)(?:\\.(?!-)[a-z0-9-]+(?<!-))*\\.[a-z]{2,}$`, 'i')

export function checkScalar(field: Field, value: unknown): Checked {
  switch (field.type) {
    case 'text':
    case 'textarea':
    case 'code':
      return checkText(value, field.minLength, field.maxLength ?? DEFAULT_MAX_TEXT_LENGTH)
    case 'email':
      if (typeof value !== 'string' || !EMAIL.test(value) || value.includes('..') || unstorableTextProblem(value)) return { error: 'Please enter a valid email address.' }
      return { value: value.trim() }
    case 'number':
      return checkNumber(value, field.min, field.max)
    case 'checkbox':
      return typeof value === 'boolean' ? { value } : { error: 'This field must be true or false.' }
    case 'date':
      return checkDate(value)
    case 'select':
      return field.hasMany ? checkMany(field, value) : checkOption(field, value)
    case 'radio':
      return checkOption(field, value)
    case 'json':
      return checkJson(value, field.maxLength ?? DEFAULT_MAX_JSON_LENGTH)
    case 'richText':
      return checkJson(value, field.maxLength ?? DEFAULT_MAX_RICH_TEXT_LENGTH)
    case 'point':
      return checkPoint(value)
    default:
      return { error: `Field type "${field.type}" is not a scalar.` }
  }
}

function checkText(input: unknown, minLength: number | undefined, maxLength: number): Checked {
  // Payload's SQL adapters store a number or boolean sent to a text column as its text.
  const value = (typeof input === 'number' && Number.isFinite(input)) || typeof input === 'boolean' ? String(input) : input
  if (typeof value !== 'string') return { error: 'This field must be text.' }
  const unstorable = unstorableTextProblem(value)
  if (unstorable) return { error: unstorable }
  if (minLength !== undefined && value.length < minLength) {
    return { error: `This value must be longer than the minimum length of ${minLength} characters.` }
  }
  if (value.length > maxLength) return { error: `This value must be shorter than the max length of ${maxLength} characters.` }
  return { value }
}

function checkNumber(value: unknown, min: number | undefined, max: number | undefined): Checked {
  if (typeof value !== 'number' || !Number.isFinite(value)) return { error: 'This field must be a number.' }
  if (min !== undefined && value < min) return { error: `${value} is less than the min allowed value of ${min}.` }
  if (max !== undefined && value > max) return { error: `${value} is greater than the max allowed value of ${max}.` }
  return { value }
}

function checkDate(value: unknown): Checked {
  const date = value instanceof Date ? value : typeof value === 'string' || typeof value === 'number' ? new Date(value) : undefined
  if (!date || Number.isNaN(date.getTime())) return { error: `${String(value)} is not a valid date.` }
  return { value: date }
}

function checkOption(field: SelectField | RadioField, value: unknown): Checked {
  if (typeof value !== 'string' || !optionValues(field).includes(value)) return { error: 'This field has an invalid selection' }
  return { value }
}

function checkMany(field: SelectField, value: unknown): Checked {
  if (!Array.isArray(value)) return { error: 'This field must be a list of options.' }
  const allowed = optionValues(field)
  if (value.some((item) => typeof item !== 'string' || !allowed.includes(item))) return { error: 'This field has an invalid selection' }
  const duplicates = duplicatesOf(value as string[])
  if (duplicates.length > 0) return { error: `This field has the following invalid selections: ${duplicates.map((item) => JSON.stringify(item)).join(', ')}` }
  return { value }
}

/** Every occurrence of each repeated value, grouped by value in order of first appearance (Payload's message lists them so). */
function duplicatesOf(values: string[]): string[] {
  const counts = new Map<string, number>()
  for (const item of values) counts.set(item, (counts.get(item) ?? 0) + 1)
  return [...counts].flatMap(([item, count]) => (count > 1 ? Array<string>(count).fill(item) : []))
}

function checkJson(value: unknown, maxLength: number): Checked {
  try {
    // As in Payload, a string given to a JSON field must itself be JSON text (it is stored as given).
    if (typeof value === 'string') JSON.parse(value)
    // Round-trips through JSON so only plain data is stored (no Dates, class instances or cycles).
    const text = JSON.stringify(value)
    if (text.length > maxLength) return { error: `This value must be shorter than the max length of ${maxLength} characters.` }
    const plain = JSON.parse(text) as unknown
    const unstorable = unstorableJsonProblem(plain)
    return unstorable ? { error: unstorable } : { value: plain }
  } catch {
    return { error: 'This field must contain valid JSON.' }
  }
}

function checkPoint(value: unknown): Checked {
  if (!Array.isArray(value) || value.length !== 2) return { error: 'A point must be [longitude, latitude].' }
  const [lng, lat] = value.map((part) => (typeof part === 'string' ? Number(part) : part)) as [unknown, unknown]
  if (typeof lng !== 'number' || !Number.isFinite(lng) || lng < -180 || lng > 180) return { error: 'Longitude must be a number between -180 and 180.' }
  if (typeof lat !== 'number' || !Number.isFinite(lat) || lat < -90 || lat > 90) return { error: 'Latitude must be a number between -90 and 90.' }
  return { value: [lng, lat] }
}
