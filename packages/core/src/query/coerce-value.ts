// Turns the loosely typed values of a `where` (often strings from a URL) into what Prisma
// expects for the column, the way Payload's sanitizeQueryValue does. A value that cannot be
// coerced is a QueryError rather than a silent "matches nothing", so typos surface.
import { QueryError } from '../errors/api-error.ts'
import type { ValueKind } from './resolve-path.ts'

export type QueryValue = string | number | boolean | Date | null

export interface CoercedList {
  values: Exclude<QueryValue, null>[]
  /** `null` inside `in`/`not_in` stands for "is null", handled apart from the list. */
  hasNull: boolean
}

function invalid(value: unknown, path: string, expected: string): QueryError {
  const shown = typeof value === 'string' ? `"${value}"` : JSON.stringify(value) ?? String(value)
  return new QueryError(`Invalid value ${shown} for ${path}: expected ${expected}.`, [path])
}

export function coerceValue(kind: ValueKind, value: unknown, path: string): QueryValue {
  if (value === null || value === undefined) return null
  switch (kind) {
    case 'text':
      if (typeof value === 'string') return value
      if (typeof value === 'number' || typeof value === 'boolean') return String(value)
      throw invalid(value, path, 'a string')
    case 'rowId':
      if (typeof value === 'string') return value
      if (typeof value === 'number') return String(value)
      throw invalid(value, path, 'a row id')
    case 'number':
      return toNumber(value, path)
    case 'boolean':
      if (typeof value === 'boolean') return value
      if (value === 'true') return true
      if (value === 'false') return false
      throw invalid(value, path, 'true or false')
    case 'date':
      return toDate(value, path)
    case 'id':
      return toId(value, path)
    case 'json':
      throw invalid(value, path, 'null (JSON fields can only be tested for existence)')
  }
}

function toNumber(value: unknown, path: string): number {
  if (typeof value === 'number' && Number.isFinite(value)) return value
  if (typeof value === 'string' && value.trim() !== '') {
    const parsed = Number(value)
    if (Number.isFinite(parsed)) return parsed
  }
  throw invalid(value, path, 'a number')
}

function toDate(value: unknown, path: string): Date {
  const date =
    value instanceof Date ? new Date(value.getTime()) : typeof value === 'string' || typeof value === 'number' ? new Date(value) : undefined
  if (!date || Number.isNaN(date.getTime())) throw invalid(value, path, 'a date')
  return date
}

/** Collection ids are autoincrement integers; Payload also accepts the string `'null'`. */
function toId(value: unknown, path: string): number | null {
  if (value === 'null') return null
  if (typeof value === 'number' && Number.isSafeInteger(value)) return value
  if (typeof value === 'string' && /^-?\d+$/.test(value.trim())) {
    const parsed = Number(value)
    if (Number.isSafeInteger(parsed)) return parsed
  }
  throw invalid(value, path, 'an id')
}

/** `in`/`not_in` take an array or a comma-separated string (as a URL query would send). */
export function listOf(value: unknown): unknown[] {
  if (Array.isArray(value)) return value
  if (typeof value === 'string') return value.split(',')
  return [value]
}

export function coerceList(kind: ValueKind, value: unknown, path: string): CoercedList {
  const values: Exclude<QueryValue, null>[] = []
  let hasNull = false
  for (const item of listOf(value)) {
    const coerced = coerceValue(kind, item, path)
    if (coerced === null) hasNull = true
    else values.push(coerced)
  }
  return { values, hasNull }
}

/** `exists` accepts booleans and their string forms. */
export function coerceExists(value: unknown, path: string): boolean {
  if (value === true || value === 'true') return true
  if (value === false || value === 'false') return false
  throw invalid(value, path, 'true or false')
}
