// The post editor's form state and its translation from and to the `posts` document. Only the
// fields the editor shows are sent, so fields it does not know (location, settings…) keep
// their stored values on update; of the links it shows only label and address, and the rest
// of each link (its attributes) is sent back as it was read (link-rows.ts).
import { relationId, type Media, type Post } from './content-types.ts'
import { linksFromRows, rowsFromLinks, type LinkRow } from './link-rows.ts'
import { richTextToText, textToRichText } from './rich-text.ts'

export interface PostFormValues {
  title: string
  slug: string
  excerpt: string
  body: string
  status: 'draft' | 'published'
  featured: boolean
  /** A category id, or '' for none. */
  category: string
  tags: string[]
  heroImage: Media | null
  metaTitle: string
  metaDescription: string
  /** A datetime-local input's value (the browser's time zone, e.g. '2026-03-05T14:30'), '' for none. */
  publishedAt: string
  links: LinkRow[]
}

export const EMPTY_POST: PostFormValues = {
  title: '',
  slug: '',
  excerpt: '',
  body: '',
  status: 'draft',
  featured: false,
  category: '',
  tags: [],
  heroImage: null,
  metaTitle: '',
  metaDescription: '',
  publishedAt: '',
  links: [],
}

/** `post` as read with depth 1 (relationships populated). */
export function postToValues(post: Post): PostFormValues {
  const hero = post.heroImage
  return {
    title: post.title ?? '',
    slug: post.slug ?? '',
    excerpt: post.excerpt ?? '',
    body: richTextToText(post.content),
    status: post.status === 'published' ? 'published' : 'draft',
    featured: post.featured === true,
    category: idString(relationId(post.category)),
    tags: (post.tags ?? []).map((tag) => idString(relationId(tag))).filter((id) => id !== ''),
    heroImage: typeof hero === 'object' && hero !== null ? hero : null,
    metaTitle: post.meta?.title ?? '',
    metaDescription: post.meta?.description ?? '',
    publishedAt: localInputFromIso(post.publishedAt),
    links: rowsFromLinks(post.links),
  }
}

export function valuesToPostData(values: PostFormValues): Record<string, unknown> {
  return {
    title: values.title.trim(),
    // Empty text would collide on the unique slug index; "no slug" is null.
    slug: values.slug.trim() === '' ? null : values.slug.trim(),
    excerpt: values.excerpt,
    content: textToRichText(values.body),
    status: values.status,
    featured: values.featured,
    category: values.category === '' ? null : toId(values.category),
    tags: values.tags.map(toId),
    heroImage: values.heroImage ? values.heroImage.id : null,
    meta: { title: values.metaTitle, description: values.metaDescription },
    publishedAt: isoFromLocalInput(values.publishedAt),
    links: linksFromRows(values.links),
  }
}

/**
 * A stored instant as a datetime-local value in the browser's time zone. Minutes, or seconds
 * when the instant has some (so saving does not round a stored time); '' for none.
 */
export function localInputFromIso(iso: string | null | undefined): string {
  const date = iso ? new Date(iso) : undefined
  if (!date || Number.isNaN(date.getTime())) return ''
  const pad = (value: number, width = 2): string => String(value).padStart(width, '0')
  const minutes = `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`
  return date.getSeconds() === 0 ? minutes : `${minutes}:${pad(date.getSeconds())}`
}

/** A datetime-local value (local time, no offset) as an ISO instant; '' → null. */
export function isoFromLocalInput(value: string): string | null {
  if (value.trim() === '') return null
  // Without an offset, ECMAScript reads a date-time string as local time: what the person picked.
  const date = new Date(value)
  // Not a date the browser's picker would produce: sent as typed, the API's error names the field.
  return Number.isNaN(date.getTime()) ? value : date.toISOString()
}

function idString(id: number | string | undefined): string {
  return id === undefined ? '' : String(id)
}

/** Ids travel as numbers when they are numbers (integer primary keys on both databases). */
function toId(id: string): number | string {
  return /^\d+$/.test(id) ? Number(id) : id
}
