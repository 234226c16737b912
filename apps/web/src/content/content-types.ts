// The documents the SPA edits, typed by the content model's generated types (@quire/cms/types,
// `import type` only). The API's procedures are generic over collections, so their outputs are
// untyped documents; these casts are the one place that says which collection a call read.
import type { Category, Header, Media, Post, User } from '@quire/cms/types'

export type { Category, Header, Media, Post, User }

export interface Page<T> {
  docs: T[]
  totalDocs: number
  totalPages: number
  page: number
  limit: number
}

export function asPage<T>(result: { docs: unknown[]; totalDocs: number; totalPages: number; page?: number; limit: number }): Page<T> {
  return { docs: result.docs as T[], totalDocs: result.totalDocs, totalPages: result.totalPages, page: result.page ?? 1, limit: result.limit }
}

/** A relationship as read with depth ≥ 1 (the document) or depth 0 (its id). */
export function relationId(value: number | string | { id: number | string } | null | undefined): number | string | undefined {
  if (value === null || value === undefined) return undefined
  return typeof value === 'object' ? value.id : value
}

/** Who wrote the post, as read with depth ≥ 1; undefined when it names nobody (or was read at depth 0). */
export function authorName(post: Pick<Post, 'author'>): string | undefined {
  const author = post.author
  return typeof author === 'object' && author !== null ? author.name || author.email : undefined
}

/** The smallest image of a media document that suits a thumbnail. */
export function thumbnailUrl(media: Media): string | undefined {
  return media.sizes?.thumbnail?.url ?? media.sizes?.card?.url ?? media.url ?? undefined
}

export function isImage(media: Pick<Media, 'mimeType'>): boolean {
  return typeof media.mimeType === 'string' && media.mimeType.startsWith('image/')
}

/** One document of a known collection, read through a generic procedure (see the note at the top). */
export function asDoc<T>(doc: unknown): T {
  return doc as T
}
