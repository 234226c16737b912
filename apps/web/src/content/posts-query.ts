// The posts list's state lives in the URL (?q=…&category=…&status=…&sort=…&page=…), so a
// filtered list can be bookmarked, shared and restored by Back. This turns it into the
// `collections.find` input and back.
import type { Where } from '@quire/core'
import type { ContentLocale } from '../locale/content-locale.ts'

export const POST_SORTS = [
  { value: '-createdAt', label: 'Newest first' },
  { value: 'createdAt', label: 'Oldest first' },
  { value: '-updatedAt', label: 'Recently edited' },
  { value: 'title', label: 'Title A–Z' },
  { value: '-title', label: 'Title Z–A' },
] as const

export const POST_STATUSES = [
  { value: '', label: 'Any status' },
  { value: 'draft', label: 'Draft' },
  { value: 'published', label: 'Published' },
] as const

export type PostSort = (typeof POST_SORTS)[number]['value']
export type PostStatusFilter = (typeof POST_STATUSES)[number]['value']

export const POSTS_PER_PAGE = 10

export interface PostsQuery {
  q: string
  /** A category id, or '' for any. */
  category: string
  status: PostStatusFilter
  sort: PostSort
  page: number
}

const DEFAULTS: PostsQuery = { q: '', category: '', status: '', sort: '-createdAt', page: 1 }

export function parsePostsQuery(params: URLSearchParams): PostsQuery {
  const sort = POST_SORTS.find((option) => option.value === params.get('sort'))?.value ?? DEFAULTS.sort
  const status = POST_STATUSES.find((option) => option.value === params.get('status'))?.value ?? DEFAULTS.status
  const page = Number(params.get('page'))
  const category = params.get('category') ?? ''
  return {
    q: (params.get('q') ?? '').slice(0, 200),
    category: /^\d+$/.test(category) ? category : '',
    status,
    sort,
    page: Number.isInteger(page) && page >= 1 ? page : 1,
  }
}

/** Only what differs from the defaults, so the plain list has a plain URL. */
export function postsQueryToParams(query: PostsQuery): URLSearchParams {
  const params = new URLSearchParams()
  if (query.q.trim() !== '') params.set('q', query.q)
  if (query.category !== '') params.set('category', query.category)
  if (query.status !== '') params.set('status', query.status)
  if (query.sort !== DEFAULTS.sort) params.set('sort', query.sort)
  if (query.page !== 1) params.set('page', String(query.page))
  return params
}

export function postsWhere(query: PostsQuery): Where | undefined {
  const conditions: Where[] = []
  const q = query.q.trim()
  if (q !== '') conditions.push({ title: { like: q } })
  if (query.category !== '') conditions.push({ category: { equals: Number(query.category) } })
  if (query.status !== '') conditions.push({ status: { equals: query.status } })
  if (conditions.length === 0) return undefined
  return conditions.length === 1 ? conditions[0] : { and: conditions }
}

export function postsFindInput(query: PostsQuery, locale: ContentLocale) {
  const where = postsWhere(query)
  return {
    collection: 'posts',
    ...(where ? { where } : {}),
    sort: query.sort,
    limit: POSTS_PER_PAGE,
    page: query.page,
    // Only the columns the table shows; the category column names it from the categories list
    // (useCategories), so a row carries the category's id, not the whole category document.
    depth: 0,
    locale,
    select: { title: true, status: true, category: true, updatedAt: true },
  }
}
