// Payload's `where` → the Prisma `where` of a collection's model.
//
//   and / or (any case) nest arbitrarily; several keys in one object AND together; a branch
//   that filters nothing (`{}`) is dropped, as Payload's SQL adapter does — so `{}`, `[]`
//   and an `or` of empty branches filter nothing.
//   Each `path: { operator: value }` is resolved against the storage model (resolve-path.ts)
//   and its filter wrapped in the navigation steps the path crosses:
//     to-one  (foreign key)   → `{ rel: { is: … } }`
//     to-many (array / link rows) → `{ rows: { some: … } }`
//   Negated operators (not_equals, not_in, not_like, exists: false, equals: null) are the
//   exact complement of their positive form (normalize-condition.ts). Across a to-one step
//   that means "no related row, or the related row fails"; across a to-many step it means
//   "NO row matches" (`none`), so `links.label: { not_equals: 'x' }` keeps documents none of
//   whose rows say 'x' — including documents without rows. (Payload's SQL adapter instead
//   joins and keeps documents with SOME row that differs; Quire picks the reading that makes
//   `not_equals` the opposite of `equals`.)
//
// Every unknown path, unknown operator or array-valued condition is collected and reported in
// one QueryError in Payload's words, "The following paths cannot be queried: a, b.op" (singular
// for one path).
//
// Localized fields match in the call's locale (resolve-path.ts picks the columns; a step into a
// localized child table also requires the rows' `locale__code`).
import type { Provider } from '../database/types.ts'
import { QueryError } from '../errors/api-error.ts'
import type { ModelStorage, StorageSchema } from '../storage/storage-model.ts'
import type { Filter } from './filter-helpers.ts'
import { listOf } from './coerce-value.ts'
import type { NormalizedCondition } from './normalize-condition.ts'
import { isNullOperand, isWhereOperator, leafIsIdLike, normalizeCondition } from './normalize-condition.ts'
import { operatorToPrisma } from './operator-to-prisma.ts'
import type { PathStep } from './resolve-path.ts'
import { collectionModel, resolvePath } from './resolve-path.ts'
import type { Where } from './where-types.ts'
import type { LocaleMode } from '../localization/locale-mode.ts'
import { withRowsLocale } from './filter-helpers.ts'

export interface WhereToPrismaArgs {
  schema: StorageSchema
  collection: string
  where: Where | undefined
  provider: Provider
  /** The call's locale (`state.locale`); the default locale when absent. */
  locale?: LocaleMode
}

interface Translation {
  schema: StorageSchema
  model: ModelStorage
  provider: Provider
  locale: LocaleMode | undefined
  invalidPaths: string[]
}

export function whereToPrisma({ schema, collection, where, provider, locale }: WhereToPrismaArgs): Filter {
  return whereToPrismaForModel({ schema, model: collectionModel(schema, collection), where, provider, locale })
}

/** The same translation for any model of the schema (globals, array rows). */
export function whereToPrismaForModel(args: { schema: StorageSchema; model: ModelStorage; where: Where | undefined; provider: Provider; locale?: LocaleMode }): Filter {
  const translation: Translation = { schema: args.schema, model: args.model, provider: args.provider, locale: args.locale, invalidPaths: [] }
  const filter = args.where === undefined || args.where === null ? {} : translateWhere(args.where, translation)
  if (translation.invalidPaths.length > 0) {
    throw QueryError.forPaths(translation.invalidPaths)
  }
  return filter
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date)
}

function isEmpty(filter: Filter): boolean {
  return Object.keys(filter).length === 0
}

function translateWhere(where: unknown, translation: Translation): Filter {
  if (!isPlainObject(where)) {
    translation.invalidPaths.push(JSON.stringify(where) ?? String(where))
    return {}
  }
  const parts: Filter[] = []
  for (const [key, value] of Object.entries(where)) {
    if (value === undefined) continue
    const junction = key.toLowerCase()
    if (junction === 'and' || junction === 'or') {
      if (!Array.isArray(value)) {
        translation.invalidPaths.push(key)
        continue
      }
      const branches = value.map((branch) => translateWhere(branch, translation)).filter((branch) => !isEmpty(branch))
      if (branches.length === 0) continue
      if (junction === 'and' || branches.length === 1) parts.push(...branches)
      else parts.push({ OR: branches })
      continue
    }
    parts.push(...translateField(key, value, translation))
  }
  if (parts.length === 0) return {}
  return parts.length === 1 ? parts[0]! : { AND: parts }
}

function translateField(path: string, condition: unknown, translation: Translation): Filter[] {
  // A condition must be `{ operator: value }`; arrays and bare values are invalid (Payload too).
  if (!isPlainObject(condition)) {
    translation.invalidPaths.push(path)
    return []
  }
  const resolved = resolvePath(translation.schema, translation.model, path, translation.locale)
  if (!resolved) {
    translation.invalidPaths.push(path)
    return []
  }
  const filters: Filter[] = []
  for (const [operator, operand] of Object.entries(condition)) {
    if (operand === undefined) continue
    const where = `${path}.${operator}`
    if (!isWhereOperator(operator)) {
      translation.invalidPaths.push(where)
      continue
    }
    const context = { provider: translation.provider, path: where }
    const onPath = (normalized: NormalizedCondition): Filter =>
      wrapInSteps(resolved.steps, normalized.negated, (negated) => operatorToPrisma(resolved.leaf, { ...normalized, negated }, context))
    filters.push(translateCondition(normalizeCondition(operator, operand, leafIsIdLike(resolved.leaf), where), leafIsIdLike(resolved.leaf), onPath))
  }
  return filters
}

/**
 * A null inside `in` is `equals: null` (which, across relations, also matches documents
 * without the related row or list), so `in: [a, null]` becomes `in [a] OR NOT exists` and
 * `not_in: [a, null]` its complement `NOT in [a] AND exists`.
 */
function translateCondition(normalized: NormalizedCondition, idLike: boolean, onPath: (normalized: NormalizedCondition) => Filter): Filter {
  const { condition, negated } = normalized
  if (condition.op !== 'in') return onPath(normalized)
  const items = listOf(condition.value)
  const values = items.filter((item) => !isNullOperand(item, idLike))
  if (values.length === items.length) return onPath(normalized)
  const missing = onPath({ negated: !negated, condition: { op: 'exists' } })
  if (values.length === 0) return missing
  const listed = onPath({ negated, condition: { op: 'in', value: values } })
  return negated ? { AND: [listed, missing] } : { OR: [listed, missing] }
}

/** Complements distribute through to-one steps and turn to-many steps from `some` into `none`. */
function wrapInSteps(steps: PathStep[], negated: boolean, leaf: (negated: boolean) => Filter): Filter {
  const [step, ...rest] = steps
  if (!step) return leaf(negated)
  if (step.kind === 'toMany') {
    return { [step.relation]: { [negated ? 'none' : 'some']: withRowsLocale(step.locale, wrapInSteps(rest, false, leaf)) } }
  }
  const related = { [step.relation]: { is: wrapInSteps(rest, negated, leaf) } }
  return negated ? { OR: [{ [step.column]: null }, related] } : related
}
