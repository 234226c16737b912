// Payload's `sort` → how to order the rows of a collection's model.
//
//   'title' | '-title' | ['priority', '-createdAt'] | 'priority,-createdAt'
//   Dot paths cross groups (columns) and relationships (`-author.name`).
//   Ties are broken as Payload does (its SQL adapter's buildOrderBy): `-createdAt` is appended
//   unless `createdAt` is sorted already (`-id` for collections without timestamps), so equal
//   values come back newest first. Quire then appends `id` (in createdAt's direction, else
//   descending) unless it is sorted, so documents created in the same millisecond still have one
//   order and pagination is stable.
//   Nullable columns sort nulls last ascending and first descending on both providers
//   (PostgreSQL's native order; Prisma emulates it on SQLite).
//   A localized field sorts by the call's locale's column (fallback values are not considered);
//   with `locale: 'all'`, by the default locale's, or the one named as in `title.es`.
//
// Two ways to run the order:
//   'orderBy': every term is a column of the row or of a single relationship → a Prisma orderBy.
//   'sql':     a term crosses a list (hasMany or polymorphic relationship links, hasMany select/
//              text/number values, array rows) → sort-to-sql.ts. As in Payload, a document is
//              placed by its smallest item ascending and its largest item descending (`-movies.name`);
//              a document without items counts as null.
// Paths that name no field (or a group, which has no value of its own) are ignored, as Payload
// ignores unknown sort paths. A field that exists but has no order — JSON, point or rich text, an
// array itself, a relationship to several collections — is a QueryError rather than being
// silently ignored.
import { QueryError } from '../errors/api-error.ts'
import type { ModelStorage, StorageSchema } from '../storage/storage-model.ts'
import type { ColumnLeaf, PathStep, ResolvedPath } from './resolve-path.ts'
import { collectionModel, resolvePath } from './resolve-path.ts'
import type { Sort } from './where-types.ts'
import type { LocaleMode } from '../localization/locale-mode.ts'

export type SortDirection = 'asc' | 'desc'
export type OrderBy = Record<string, unknown>

export interface SortTerm {
  path: string
  direction: SortDirection
}

/** One term resolved to something orderable: a column, reached through these steps. */
export interface ResolvedSortTerm {
  direction: SortDirection
  steps: PathStep[]
  /** The column that holds the value (of the row, a related row, or a list's rows). */
  column: string
  /** The list the column sits in, when the path ends on a list's items (`tags`, `scores`). */
  list?: { relation: string; model: ModelStorage; locale?: string }
  /** Whether the column holds booleans (PostgreSQL has no MIN/MAX for them). */
  boolean: boolean
  /** False for `id` and timestamps of the row itself. */
  nullable: boolean
}

export type SortPlan = { kind: 'orderBy'; orderBy: OrderBy[] } | { kind: 'sql'; terms: ResolvedSortTerm[] }

export interface PlanSortArgs {
  schema: StorageSchema
  collection: string
  sort: Sort | undefined
  /** The call's locale; the default locale when absent. */
  locale?: LocaleMode
}

export function parseSort(sort: Sort | undefined): SortTerm[] {
  const items = sort === undefined ? [] : Array.isArray(sort) ? sort : [sort]
  return items
    .flatMap((item) => item.split(','))
    .map((item) => item.trim())
    .filter((item) => item !== '' && item !== '-')
    .map((item) => (item.startsWith('-') ? { path: item.slice(1), direction: 'desc' } : { path: item, direction: 'asc' }))
}

/** Payload's tie-breaker (`-createdAt`, or `-id` without timestamps), then `id` for a total order. */
export function withTieBreakers(terms: SortTerm[], model: ModelStorage): SortTerm[] {
  const all = [...terms]
  const find = (path: string) => all.find((term) => term.path === path)
  if (model.timestamps && !find('createdAt')) all.push({ path: 'createdAt', direction: 'desc' })
  if (!find('id')) all.push({ path: 'id', direction: find('createdAt')?.direction ?? 'desc' })
  return all
}

export function planSort({ schema, collection, sort, locale }: PlanSortArgs): SortPlan {
  const model = collectionModel(schema, collection)
  const resolved: ResolvedSortTerm[] = []
  const refused: string[] = []
  for (const term of withTieBreakers(parseSort(sort), model)) {
    const path = resolvePath(schema, model, term.path, locale)
    if (!path) continue
    const orderable = sortTermFor(path, term.direction)
    if (orderable) resolved.push(orderable)
    else refused.push(term.path)
  }
  if (refused.length > 0) throw QueryError.forPaths(refused)
  const throughList = resolved.some((term) => term.list || term.steps.some((step) => step.kind === 'toMany'))
  return throughList ? { kind: 'sql', terms: resolved } : { kind: 'orderBy', orderBy: resolved.map(prismaOrder) }
}

function sortTermFor(path: ResolvedPath, direction: SortDirection): ResolvedSortTerm | undefined {
  const { steps, leaf } = path
  if (leaf.kind === 'column') {
    if (leaf.value === 'json') return undefined
    return { direction, steps, column: leaf.column, boolean: leaf.value === 'boolean', nullable: leaf.nullable }
  }
  const { element } = leaf
  if (element.kind !== 'column' || element.value === 'json') return undefined
  const list = leaf.locale === undefined ? { relation: leaf.relation, model: leaf.model } : { relation: leaf.relation, model: leaf.model, locale: leaf.locale }
  return { direction, steps, column: element.column, list, boolean: element.value === 'boolean', nullable: true }
}

function prismaOrder(term: ResolvedSortTerm): OrderBy {
  return nest(term.steps, leafOrder(term, term.direction))
}

/**
 * Prisma accepts `nulls` only on nullable columns, so a non-null column reached through an
 * optional relation (`author.createdAt`) sorts documents without an author first on SQLite, last
 * on PostgreSQL when ascending — a known difference of this path.
 */
function leafOrder(leaf: Pick<ColumnLeaf, 'column' | 'nullable'>, direction: SortDirection): OrderBy {
  if (!leaf.nullable) return { [leaf.column]: direction }
  return { [leaf.column]: { sort: direction, nulls: direction === 'asc' ? 'last' : 'first' } }
}

function nest(steps: PathStep[], order: OrderBy): OrderBy {
  return steps.reduceRight<OrderBy>((inner, step) => ({ [step.relation]: inner }), order)
}
