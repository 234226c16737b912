// The post editor's form state and its translation from and to the `posts` document. Only the
// fields the editor shows are sent, so fields it does not know (links, location, settings…)
// keep their stored values on update.
import { relationId, type Media, type Post } from './content-types.ts'
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
  }
}

function idString(id: number | string | undefined): string {
  return id === undefined ? '' : String(id)
}

/** Ids travel as numbers when they are numbers (integer primary keys on both databases). */
function toId(id: string): number | string {
  return /^\d+$/.test(id) ? Number(id) : id
}
