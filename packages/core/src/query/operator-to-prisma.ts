// One `path: { operator: value }` pair → a Prisma filter on the model the path ends in
// (steps into other models are wrapped around it by where-to-prisma.ts).
// Prisma refuses a bare `null` on Json columns; AnyNull covers database NULL and JSON null.
import { AnyNull } from '@prisma/client/runtime/client'
import { coerceList, coerceValue } from './coerce-value.ts'
import type { Filter, FilterContext } from './filter-helpers.ts'
import { allOf, assertComparable, likeFilters, substringFilter } from './filter-helpers.ts'
import { listFilter } from './list-filter.ts'
import type { Condition, NormalizedCondition } from './normalize-condition.ts'
import { degradeTextOperator } from './normalize-condition.ts'
import type { ColumnLeaf, PathLeaf, ValueKind } from './resolve-path.ts'

export function operatorToPrisma(leaf: PathLeaf, normalized: NormalizedCondition, context: FilterContext): Filter {
  return leaf.kind === 'column' ? columnFilter(leaf, normalized, context) : listFilter(leaf, normalized, context)
}

/**
 * Negated conditions are exact complements: rows whose column is NULL are added back. Prisma
 * rejects `null` on required columns (`id`, timestamps), which can never be NULL anyway.
 */
function columnFilter(leaf: ColumnLeaf, normalized: NormalizedCondition, context: FilterContext): Filter {
  const { column, value: kind, nullable } = leaf
  const condition = degradeTextOperator(normalized.condition, kind)
  const orNull = (filter: Filter): Filter => (nullable ? { OR: [filter, { [column]: null }] } : filter)
  switch (condition.op) {
    case 'exists':
      if (kind === 'json') return { [column]: { [normalized.negated ? 'equals' : 'not']: AnyNull } }
      // A required column always exists: match everything explicitly. `{}` would be dropped as
      // an empty branch of an `or`, and Prisma's query compiler reads `{ AND: [] }` inside an
      // OR as false; `notIn: []` is true for every row.
      if (!nullable) return normalized.negated ? { [column]: { in: [] } } : { [column]: { notIn: [] } }
      return { [column]: normalized.negated ? null : { not: null } }
    case 'equals': {
      const value = coerceValue(kind, condition.value, context.path)
      return normalized.negated ? orNull({ [column]: { not: value } }) : { [column]: { equals: value } }
    }
    case 'in': {
      // Nulls inside the list were split off by where-to-prisma.ts.
      const { values } = coerceList(kind, condition.value, context.path)
      if (kind === 'boolean') {
        // Prisma's Boolean filter has no `in`: spell it as an OR of equals. Prisma reads an empty
        // OR as "no filter", so an empty list is spelled as a condition no row can meet.
        const matchesOne: Filter =
          values.length > 0
            ? { OR: values.map((value) => ({ [column]: { equals: value } })) }
            : { AND: [{ [column]: { equals: true } }, { [column]: { equals: false } }] }
        return normalized.negated ? orNull({ NOT: matchesOne }) : matchesOne
      }
      return normalized.negated ? orNull({ [column]: { notIn: values } }) : { [column]: { in: values } }
    }
    default: {
      const positive = positiveColumnFilter(column, kind, condition, context)
      // These positive filters never match NULL, so their complement must add it back.
      return normalized.negated ? orNull({ NOT: positive }) : positive
    }
  }
}

function positiveColumnFilter(column: string, kind: ValueKind, condition: Condition, context: FilterContext): Filter {
  switch (condition.op) {
    case 'compare':
      assertComparable(kind, context)
      return { [column]: { [condition.prisma]: coerceValue(kind, condition.value, context.path) } }
    case 'like':
      return allOf(likeFilters(column, condition.value, context))
    case 'contains':
    case 'substring':
      return { [column]: substringFilter(String(coerceValue('text', condition.value, context.path) ?? ''), context.provider) }
    default:
      throw new Error(`operatorToPrisma: unexpected ${condition.op}`)
  }
}
