// Paging arguments and the PaginatedDocs result, with Payload's edge rules (docs/operations.md#per-operation-options-and-results).
import { APIError } from '../errors/api-error.ts'
import type { PaginatedDocs } from '../local-api-types.ts'

export interface PageRequest {
  /** Rows to fetch; undefined = all. */
  take: number | undefined
  skip: number
  page: number
  limit: number
  /** Whether totals come from a count (false for `pagination: false` and `limit: 0`). */
  counted: boolean
}

const DEFAULT_LIMIT = 10

export function pageRequest(options: { limit?: number; page?: number; pagination?: boolean }): PageRequest {
  const limit = options.limit ?? DEFAULT_LIMIT
  const page = options.page ?? 1
  if (typeof limit !== 'number' || !Number.isInteger(limit)) throw new APIError('limit must be a whole number', 400)
  if (typeof page !== 'number' || !Number.isInteger(page) || page < 1) throw new APIError('page must be a whole number ≥ 1', 400)
  // Payload's SQL adapter treats a negative limit as "no limit".
  const unlimited = limit <= 0
  if (options.pagination === false || unlimited) {
    // Without pagination, only an explicit positive limit caps the result.
    const take = options.limit !== undefined && !unlimited ? limit : undefined
    return { take, skip: 0, page: 1, limit: options.limit ?? 0, counted: false }
  }
  return { take: limit, skip: (page - 1) * limit, page, limit, counted: true }
}

/**
 * When a page comes back short, the total is known without counting: it is everything
 * before this page plus what the page holds (unless the page is past the end).
 */
export function totalFromShortPage(request: PageRequest, rows: number): number | undefined {
  if (!request.counted || request.take === undefined) return rows
  if (rows < request.take && (rows > 0 || request.page === 1)) return request.skip + rows
  return undefined
}

export function paginated<TDoc>(docs: TDoc[], totalDocs: number, request: PageRequest): PaginatedDocs<TDoc> {
  if (!request.counted) {
    return { docs, totalDocs: docs.length, limit: request.limit, totalPages: 1, page: 1, pagingCounter: 1, hasPrevPage: false, hasNextPage: false, prevPage: null, nextPage: null }
  }
  const { page, limit } = request
  const totalPages = Math.max(1, Math.ceil(totalDocs / limit))
  const hasPrevPage = page > 1
  const hasNextPage = page < totalPages
  return {
    docs,
    totalDocs,
    limit,
    totalPages,
    page,
    pagingCounter: (page - 1) * limit + 1,
    hasPrevPage,
    hasNextPage,
    prevPage: hasPrevPage ? page - 1 : null,
    nextPage: hasNextPage ? page + 1 : null,
  }
}
