// Reduces every `where` operator to a positive condition plus a `negated` flag:
//   not_equals x = ¬ equals x      not_in = ¬ in      not_like x = ¬ (substring x)
//   exists false = equals null = ¬ exists           not_equals null = exists
// The translators build each negated condition as the exact complement of its positive one,
// so NULL rows (and documents without the related row) are included: `not_equals: 'a'` keeps
// rows whose value is NULL, as Payload's SQL adapter does. On ids, a list given to
// equals/not_equals is read as in/not_in, as Payload's SQL adapter reads it.
import { QueryError } from '../errors/api-error.ts'
import type { PathLeaf, ValueKind } from './resolve-path.ts'
import type { WhereOperator } from './where-types.ts'
import { whereOperators } from './where-types.ts'
import { coerceExists } from './coerce-value.ts'

export type ComparisonOperator = 'gt' | 'gte' | 'lt' | 'lte'

export type Condition =
  | { op: 'exists' }
  | { op: 'equals'; value: unknown }
  | { op: 'in'; value: unknown }
  | { op: 'compare'; prisma: ComparisonOperator; value: unknown }
  /** Every whitespace-separated word appears (case-insensitive). */
  | { op: 'like'; value: unknown }
  /** Substring on scalars; element equality on hasMany lists. */
  | { op: 'contains'; value: unknown }
  /** The whole value as a case-insensitive substring (the positive side of `not_like`). */
  | { op: 'substring'; value: unknown }

export interface NormalizedCondition {
  negated: boolean
  condition: Condition
}

const COMPARISONS: Partial<Record<WhereOperator, ComparisonOperator>> = {
  greater_than: 'gt',
  greater_than_equal: 'gte',
  less_than: 'lt',
  less_than_equal: 'lte',
}

export function isWhereOperator(operator: string): operator is WhereOperator {
  return (whereOperators as readonly string[]).includes(operator)
}

/** Id columns also read the string `'null'` as null (Payload does the same for relationships). */
export function isNullOperand(value: unknown, idLike: boolean): boolean {
  return value === null || (idLike && value === 'null')
}

/** Whether the leaf holds ids (so `'null'` means null and text operators mean equality). */
export function leafIsIdLike(leaf: PathLeaf): boolean {
  if (leaf.kind === 'column') return leaf.value === 'id'
  const element = leaf.element
  return element.kind === 'polymorphic' || element.kind === 'polymorphicValue' || (element.kind === 'column' && element.value === 'id')
}

/** `path` is `field.operator`, used in error messages. */
export function normalizeCondition(operator: WhereOperator, value: unknown, idLike: boolean, path: string): NormalizedCondition {
  const isNull = isNullOperand(value, idLike)
  const comparison = COMPARISONS[operator]
  if (comparison) {
    if (isNull) throw new QueryError(`Invalid value null for ${path}: expected a value to compare with.`, [path])
    return { negated: false, condition: { op: 'compare', prisma: comparison, value } }
  }
  // A list of ids given to equals/not_equals means in/not_in (Payload's SQL adapter reads it so).
  if (idLike && Array.isArray(value) && (operator === 'equals' || operator === 'not_equals')) {
    return { negated: operator === 'not_equals', condition: { op: 'in', value } }
  }
  switch (operator) {
    case 'equals':
      return isNull ? { negated: true, condition: { op: 'exists' } } : { negated: false, condition: { op: 'equals', value } }
    case 'not_equals':
      return isNull ? { negated: false, condition: { op: 'exists' } } : { negated: true, condition: { op: 'equals', value } }
    case 'exists':
      return { negated: !coerceExists(value, path), condition: { op: 'exists' } }
    case 'in':
    case 'not_in':
      return { negated: operator === 'not_in', condition: { op: 'in', value } }
    case 'like':
      return { negated: false, condition: { op: 'like', value } }
    case 'not_like':
      return { negated: true, condition: { op: 'substring', value } }
    default:
      return { negated: false, condition: { op: 'contains', value } }
  }
}

/** Text operators on a non-text value mean equality (Payload: number, relationship, UUID). */
export function degradeTextOperator(condition: Condition, kind: ValueKind): Condition {
  if (kind !== 'text' && (condition.op === 'like' || condition.op === 'contains' || condition.op === 'substring')) {
    return { op: 'equals', value: condition.value }
  }
  return condition
}
