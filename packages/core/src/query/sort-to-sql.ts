// A sort Prisma cannot express (one crossing a list: hasMany relationships, hasMany values,
// array rows) as one SQL query returning the ordered ids of a page. Prisma can order by a
// to-many relation only by its count, so this is the one place core writes SQL for a read.
//
//   SELECT t0."id" FROM "posts" t0
//     LEFT JOIN "posts_tags" t1 ON t1."parent__id" = t0."id"
//     LEFT JOIN "tags" t2 ON t2."id" = t1."tags"
//   WHERE t0."id" IN (…the ids the `where` matched…)
//   GROUP BY t0."id"
//   ORDER BY MAX(t2."name") DESC NULLS FIRST, MAX(t0."createdAt") DESC NULLS FIRST, t0."id" DESC
//
// Payload's SQL adapter orders the same way (grouped by document; ascending by the smallest
// value, descending by the largest). The `where` itself stays with Prisma: its matching ids are
// passed in as one JSON parameter, so there is no second translator of `where` to keep in step.
// Every name comes from the storage model and is quoted; every value is a parameter.
import type { Provider } from '../database/types.ts'
import { LOCALE_COLUMN, PARENT_COLUMN } from '../storage/names.ts'
import type { ModelStorage } from '../storage/storage-model.ts'
import type { ResolvedSortTerm } from './plan-sort.ts'

export interface SortToSqlArgs {
  provider: Provider
  /** The collection's model. */
  model: ModelStorage
  terms: ResolvedSortTerm[]
  /** Only these documents (the ids the `where` matched); all documents when undefined. */
  ids?: number[]
  take?: number
  skip?: number
}

export interface SqlQuery {
  sql: string
  params: unknown[]
}

export function sortToSql({ provider, model, terms, ids, take, skip }: SortToSqlArgs): SqlQuery {
  const params: unknown[] = []
  const param = (value: unknown): string => {
    params.push(value)
    return provider === 'postgresql' ? `$${params.length}` : '?'
  }
  const joins: string[] = []
  let aliases = 0
  const join = (from: string, step: { model: ModelStorage } & ({ toOne: string } | { rowsLocale: string | undefined })): string => {
    const alias = `t${++aliases}`
    const table = quote(step.model.table)
    if ('toOne' in step) {
      joins.push(`LEFT JOIN ${table} ${alias} ON ${alias}."id" = ${from}.${quote(step.toOne)}`)
    } else {
      const locale = step.rowsLocale === undefined ? '' : ` AND ${alias}.${quote(LOCALE_COLUMN)} = ${param(step.rowsLocale)}`
      joins.push(`LEFT JOIN ${table} ${alias} ON ${alias}.${quote(PARENT_COLUMN)} = ${from}."id"${locale}`)
    }
    return alias
  }

  const order = terms.map((term) => {
    let alias = 't0'
    for (const step of term.steps) {
      alias = step.kind === 'toOne' ? join(alias, { model: step.model, toOne: step.column }) : join(alias, { model: step.model, rowsLocale: step.locale })
    }
    if (term.list) alias = join(alias, { model: term.list.model, rowsLocale: term.list.locale })
    const direction = term.direction === 'asc' ? 'ASC' : 'DESC'
    if (alias === 't0' && term.column === 'id') return `t0."id" ${direction}`
    const nulls = term.direction === 'asc' ? 'NULLS LAST' : 'NULLS FIRST'
    return `${aggregate(provider, term)}(${alias}.${quote(term.column)}) ${direction} ${nulls}`
  })

  const where = ids === undefined ? '' : ` WHERE t0."id" IN (${idList(provider, param(JSON.stringify(ids)))})`
  const page = take === undefined ? '' : ` LIMIT ${param(take)} OFFSET ${param(skip ?? 0)}`
  const sql = `SELECT t0."id" AS "id" FROM ${quote(model.table)} t0 ${joins.join(' ')}${where} GROUP BY t0."id" ORDER BY ${order.join(', ')}${page}`
  return { sql, params }
}

/**
 * Rows are grouped per document, so every value is aggregated: ascending by the smallest,
 * descending by the largest (one value for columns of the row or a single relationship).
 * PostgreSQL has no MIN/MAX for booleans; bool_and/bool_or are the same order (false < true).
 */
function aggregate(provider: Provider, term: ResolvedSortTerm): string {
  if (term.boolean && provider === 'postgresql') return term.direction === 'asc' ? 'BOOL_AND' : 'BOOL_OR'
  return term.direction === 'asc' ? 'MIN' : 'MAX'
}

function idList(provider: Provider, placeholder: string): string {
  return provider === 'postgresql' ? `SELECT (jsonb_array_elements_text(${placeholder}::jsonb))::int` : `SELECT value FROM json_each(${placeholder})`
}

function quote(identifier: string): string {
  return `"${identifier.replace(/"/g, '""')}"`
}
