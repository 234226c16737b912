// Small builders shared by the column and list translators.
import type { Provider } from '../database/types.ts'
import { QueryError } from '../errors/api-error.ts'
import { coerceValue } from './coerce-value.ts'
import { escapeLikePattern, likeWords } from './like-pattern.ts'
import type { ValueKind } from './resolve-path.ts'
import { LOCALE_COLUMN } from '../storage/names.ts'

export type Filter = Record<string, unknown>

export interface FilterContext {
  provider: Provider
  /** `field.operator`, for error messages. */
  path: string
}

export function allOf(filters: Filter[]): Filter {
  return filters.length === 1 ? filters[0]! : { AND: filters }
}

export function anyOf(filters: Filter[]): Filter {
  return filters.length === 1 ? filters[0]! : { OR: filters }
}

/**
 * `contains` matching the literal text case-insensitively on both providers. PostgreSQL takes
 * `mode: 'insensitive'` (ILIKE, Unicode-aware); Prisma rejects `mode` on SQLite, where Quire's
 * own like() (sqlite-like.ts) folds case instead — built-in SQLite LIKE would fold ASCII only.
 */
export function substringFilter(text: string, provider: Provider): Filter {
  const contains = escapeLikePattern(text)
  return provider === 'postgresql' ? { contains, mode: 'insensitive' } : { contains }
}

/** One `contains` per word of a `like` value; the caller ANDs them. */
export function likeFilters(column: string, value: unknown, context: FilterContext): Filter[] {
  const text = String(coerceValue('text', value, context.path) ?? '')
  return likeWords(text).map((word) => ({ [column]: substringFilter(word, context.provider) }))
}

/** Prisma has no ordering comparisons for booleans or JSON. */
export function assertComparable(kind: ValueKind, context: FilterContext): void {
  if (kind === 'boolean' || kind === 'json') {
    throw QueryError.forPaths([context.path])
  }
}

/** Rows of a localized child table count only in their own locale. */
export function withRowsLocale(locale: string | undefined, filter: Filter): Filter {
  if (locale === undefined) return filter
  const own = { [LOCALE_COLUMN]: locale }
  return Object.keys(filter).length === 0 ? own : { AND: [own, filter] }
}
