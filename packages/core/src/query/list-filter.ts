// Conditions on a list stored in a child table: hasMany relationships and polymorphic
// relationships (link rows), hasMany select/text/number fields (value rows) and arrays (only
// `exists`). A positive condition holds when SOME row matches; its complement when NO row does,
// so `tags: { not_in: [1] }` keeps documents that have no tags at all, and
// `scores: { greater_than: 5 }` means "some score is above 5". `exists` and `null` operands ask
// whether the list has any row (`in: [1, null]` is split by where-to-prisma.ts). Payload's `all`
// (every listed value present) is MongoDB-only there and not a Quire operator: it is reported
// as a path that cannot be queried, like any unknown operator. `contains` on a hasMany text field
// is part of an item (as in Payload); on selects, numbers and relationships a whole item.
import { QueryError } from '../errors/api-error.ts'
import { coerceList, coerceValue, listOf } from './coerce-value.ts'
import type { Filter, FilterContext } from './filter-helpers.ts'
import { allOf, anyOf, assertComparable, likeFilters, substringFilter, withRowsLocale } from './filter-helpers.ts'
import type { Condition, NormalizedCondition } from './normalize-condition.ts'
import { degradeTextOperator } from './normalize-condition.ts'
import type { ListElement, ListLeaf, ValueKind } from './resolve-path.ts'
import type { LinkTarget } from '../storage/storage-model.ts'

export function listFilter(leaf: ListLeaf, normalized: NormalizedCondition, context: FilterContext): Filter {
  const quantifier = normalized.negated ? 'none' : 'some'
  return { [leaf.relation]: { [quantifier]: withRowsLocale(leaf.locale, elementFilter(leaf.element, normalized.condition, context)) } }
}

/** The filter one row must pass. */
function elementFilter(element: ListElement, condition: Condition, context: FilterContext): Filter {
  if (condition.op === 'exists') return {}
  switch (element.kind) {
    case 'rows':
      throw QueryError.forPaths([context.path])
    case 'column':
      if (element.partial && condition.op === 'contains') return partialContains(element.column, condition.value, context)
      return columnElementFilter(element.column, element.value, condition, context)
    case 'polymorphicValue':
      return anyOf(element.targets.map((target) => columnElementFilter(target.column, 'id', condition, context)))
    case 'relationTo':
      return relationToFilter(element.targets, condition, context)
    case 'polymorphic':
      return polymorphicFilter(element.targets, condition, context)
  }
}

/** hasMany text: `contains` is a substring of some item, as in Payload (an array operand: of any of them). */
function partialContains(column: string, operand: unknown, context: FilterContext): Filter {
  const texts = Array.isArray(operand) ? operand : [operand]
  return anyOf(texts.map((text) => ({ [column]: substringFilter(String(coerceValue('text', text, context.path) ?? ''), context.provider) })))
}

/** On other lists, `contains` is element equality (an array operand means any of them). */
function listContains(condition: Condition): Condition {
  if (condition.op !== 'contains') return condition
  return Array.isArray(condition.value) ? { op: 'in', value: condition.value } : { op: 'equals', value: condition.value }
}

function columnElementFilter(column: string, kind: ValueKind, condition: Condition, context: FilterContext): Filter {
  const effective = degradeTextOperator(listContains(condition), kind)
  switch (effective.op) {
    case 'equals':
      return { [column]: coerceValue(kind, effective.value, context.path) }
    case 'in':
      return { [column]: { in: coerceList(kind, effective.value, context.path).values } }
    case 'compare':
      assertComparable(kind, context)
      return { [column]: { [effective.prisma]: coerceValue(kind, effective.value, context.path) } }
    case 'like':
      return allOf(likeFilters(column, effective.value, context))
    case 'substring':
      return { [column]: substringFilter(String(coerceValue('text', effective.value, context.path) ?? ''), context.provider) }
    default:
      throw new Error(`listFilter: unexpected ${effective.op}`)
  }
}

function targetFor(targets: LinkTarget[], slug: unknown, context: FilterContext): LinkTarget {
  const target = targets.find((candidate) => candidate.slug === slug)
  if (!target) {
    const allowed = targets.map((candidate) => candidate.slug).join(', ')
    throw new QueryError(`Invalid relationTo ${JSON.stringify(slug)} for ${context.path}: expected one of ${allowed}.`, [context.path])
  }
  return target
}

/** `rel.relationTo`: the link row's column for that target is set. */
function relationToFilter(targets: LinkTarget[], condition: Condition, context: FilterContext): Filter {
  const effective = degradeTextOperator(listContains(condition), 'id')
  if (effective.op !== 'equals' && effective.op !== 'in') {
    throw QueryError.forPaths([context.path])
  }
  const slugs = effective.op === 'equals' ? [effective.value] : listOf(effective.value)
  return anyOf(slugs.map((slug) => ({ [targetFor(targets, slug, context).column]: { not: null } })))
}

/** `rel` itself: `{ relationTo, value }` names one target; a bare id matches any target. */
function polymorphicFilter(targets: LinkTarget[], condition: Condition, context: FilterContext): Filter {
  const effective = degradeTextOperator(listContains(condition), 'id')
  if (effective.op !== 'equals' && effective.op !== 'in') {
    throw QueryError.forPaths([context.path])
  }
  const operands = effective.op === 'equals' ? [effective.value] : listOf(effective.value)
  return anyOf(
    operands.flatMap((operand) => {
      if (typeof operand === 'object' && operand !== null && 'relationTo' in operand) {
        const reference = operand as { relationTo: unknown; value?: unknown }
        const id = coerceValue('id', reference.value, context.path)
        if (id === null) throw new QueryError(`Invalid value for ${context.path}: a { relationTo, value } needs a value.`, [context.path])
        return [{ [targetFor(targets, reference.relationTo, context).column]: id }]
      }
      const id = coerceValue('id', operand, context.path)
      return targets.map((target) => ({ [target.column]: id }))
    }),
  )
}
