// The rows of a collection that match a `where`, in `sort` order, one page at a time — shared by
// find and update-many. A plain sort is one Prisma findMany. A sort through a list (plan-sort.ts)
// takes three queries: the matching ids (Prisma, skipped when nothing filters), the page of ids
// in order (sort-to-sql.ts), and those documents (Prisma), put back in that order.
import type { Filter } from '../query/filter-helpers.ts'
import type { SortPlan } from '../query/plan-sort.ts'
import { sortToSql } from '../query/sort-to-sql.ts'
import type { Provider, QueryClient, Row } from '../database/types.ts'
import { delegateFor } from '../database/types.ts'
import type { PrismaSelect } from '../documents/prisma-select.ts'
import type { ModelStorage } from '../storage/storage-model.ts'

export interface SortedRowsInput {
  where: Filter
  sort: SortPlan
  select: PrismaSelect
  take?: number
  skip?: number
}

export interface SortedRows {
  rows: Row[]
  /** How many documents matched, when finding the page already told (the list path). */
  total?: number
}

export async function findSortedRows(client: QueryClient, provider: Provider, model: ModelStorage, input: SortedRowsInput): Promise<SortedRows> {
  const { where, sort, select, take, skip } = input
  const delegate = delegateFor(client, model.delegate)
  if (sort.kind === 'orderBy') return { rows: await delegate.findMany({ where, orderBy: sort.orderBy, select, take, skip: skip || undefined }) }
  const filtered = Object.keys(where).length > 0
  const ids = filtered ? (await delegate.findMany({ where, select: { id: true } })).map((row) => Number(row.id)) : undefined
  if (ids?.length === 0) return { rows: [], total: 0 }
  const query = sortToSql({ provider, model, terms: sort.terms, ids, take, skip })
  const page = (await client.$queryRawUnsafe<Array<{ id: unknown }>>(query.sql, ...query.params)).map((row) => Number(row.id))
  const found = page.length > 0 ? await delegate.findMany({ where: { id: { in: page } }, select }) : []
  const byId = new Map(found.map((row) => [Number(row.id), row]))
  const rows = page.flatMap((id): Row[] => {
    const row = byId.get(id)
    return row ? [row] : []
  })
  return ids === undefined ? { rows } : { rows, total: ids.length }
}
