// Payload's `sort` → a Prisma `orderBy` list.
//
//   'title' | '-title' | ['priority', '-createdAt'] | 'priority,-createdAt'
//   Dot paths cross groups (columns) and single relationships (`-author.name` →
//   `{ author__rel: { name: … } }`). Paths that name nothing, or that cross a to-many step
//   (arrays, hasMany/polymorphic relationships, hasMany select/text/number values), or end on a
//   JSON column, are silently ignored, as Payload does.
//   Nullable columns carry `nulls` so both providers agree: ascending → nulls last, descending
//   → nulls first (PostgreSQL's native order; Prisma emulates it on SQLite). Prisma accepts
//   `nulls` only on nullable columns, so a non-null column reached through an optional relation
//   (`author.createdAt`) sorts documents without an author first on SQLite, last on
//   PostgreSQL when ascending — a known difference.
//   An `id` tie-breaker in the direction of the first applied sort (else of the first requested
//   one, else ascending) is always appended unless `id` is already sorted, so pagination is
//   stable. The default sort (collection `defaultSort`) is the caller's job.
//   A localized field sorts by the call's locale's column (fallback values are not considered);
//   with `locale: 'all'`, by the default locale's, or the one named as in `title.es`.
import type { Provider } from '../database/types.ts'
import type { StorageSchema } from '../storage/storage-model.ts'
import type { ColumnLeaf, PathStep } from './resolve-path.ts'
import { collectionModel, resolvePath } from './resolve-path.ts'
import type { Sort } from './where-types.ts'
import type { LocaleMode } from '../localization/locale-mode.ts'

export type SortDirection = 'asc' | 'desc'
export type OrderBy = Record<string, unknown>

export interface SortToPrismaArgs {
  schema: StorageSchema
  collection: string
  sort: Sort | undefined
  /** Accepted for symmetry with whereToPrisma; both providers take the same orderBy. */
  provider?: Provider
  /** The call's locale; the default locale when absent. */
  locale?: LocaleMode
}

interface SortTerm {
  path: string
  direction: SortDirection
}

export function parseSort(sort: Sort | undefined): SortTerm[] {
  const items = sort === undefined ? [] : Array.isArray(sort) ? sort : [sort]
  return items
    .flatMap((item) => item.split(','))
    .map((item) => item.trim())
    .filter((item) => item !== '' && item !== '-')
    .map((item) => (item.startsWith('-') ? { path: item.slice(1), direction: 'desc' } : { path: item, direction: 'asc' }))
}

export function sortToPrisma({ schema, collection, sort, locale }: SortToPrismaArgs): OrderBy[] {
  const model = collectionModel(schema, collection)
  const terms = parseSort(sort)
  const orderBy: OrderBy[] = []
  let idSorted = false
  let tieBreak: SortDirection | undefined
  for (const term of terms) {
    const resolved = resolvePath(schema, model, term.path, locale)
    if (!resolved || resolved.leaf.kind !== 'column' || resolved.leaf.value === 'json') continue
    if (resolved.steps.some((step) => step.kind !== 'toOne')) continue
    if (resolved.steps.length === 0 && resolved.leaf.column === 'id') idSorted = true
    orderBy.push(nest(resolved.steps, leafOrder(resolved.leaf, term.direction)))
    tieBreak ??= term.direction
  }
  if (!idSorted) orderBy.push({ id: tieBreak ?? terms[0]?.direction ?? 'asc' })
  return orderBy
}

function leafOrder(leaf: ColumnLeaf, direction: SortDirection): OrderBy {
  if (!leaf.nullable) return { [leaf.column]: direction }
  return { [leaf.column]: { sort: direction, nulls: direction === 'asc' ? 'last' : 'first' } }
}

function nest(steps: PathStep[], order: OrderBy): OrderBy {
  return steps.reduceRight<OrderBy>((inner, step) => ({ [step.relation]: inner }), order)
}
