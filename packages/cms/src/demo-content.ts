// Demo content for `pnpm start`, written through the Local API (so it is validated like any
// other write). Idempotent: it only runs on a database without users.
import type { Quire } from '@quire/core'
import type { QuireTypes } from './quire-types.ts'

export interface DemoSummary {
  seeded: boolean
  users: number
  categories: number
  posts: number
  editorEmail: string
  /** The demo password the seed gave the editor (DEMO ONLY; still right unless someone changed it). */
  editorPassword: string
}

export const DEMO_EDITOR_EMAIL = 'editor@quire.test'
/**
 * DEMO ONLY: the password both demo users get on a fresh database, printed by `pnpm start`
 * (apps/server/src/main.ts).
 * Anyone who reads this file knows it — never seed a database that faces the internet.
 */
export const DEMO_PASSWORD = 'quire-demo-password'

export async function seedDemoContent(quire: Quire<QuireTypes>): Promise<DemoSummary> {
  const counts = async (): Promise<Omit<DemoSummary, 'seeded' | 'editorEmail' | 'editorPassword'>> => ({
    users: (await quire.count({ collection: 'users' })).totalDocs,
    categories: (await quire.count({ collection: 'categories' })).totalDocs,
    posts: (await quire.count({ collection: 'posts' })).totalDocs,
  })
  const before = await counts()
  if (before.users > 0) return { seeded: false, ...before, editorEmail: DEMO_EDITOR_EMAIL, editorPassword: DEMO_PASSWORD }

  const editor = await quire.create({ collection: 'users', data: { name: 'Edith Editor', email: DEMO_EDITOR_EMAIL, role: 'editor', password: DEMO_PASSWORD } })
  const author = await quire.create({ collection: 'users', data: { name: 'Arthur Author', email: 'author@quire.test', role: 'author', password: DEMO_PASSWORD } })
  // An admin, so the People screen can be tried from the demo (same demo-only password).
  await quire.create({ collection: 'users', data: { name: 'Ada Admin', email: 'admin@quire.test', role: 'admin', password: DEMO_PASSWORD } })
  const news = await quire.create({ collection: 'categories', data: { name: 'News', slug: 'news', description: 'What happened' } })
  const guides = await quire.create({ collection: 'categories', data: { name: 'Guides', slug: 'guides', description: 'How to do things' } })
  const posts = [
    { title: 'Welcome to Quire', slug: 'welcome', status: 'published', author: editor.id, category: news.id, tags: [news.id], featured: true },
    { title: 'Writing your first collection', slug: 'first-collection', status: 'published', author: author.id, category: guides.id, tags: [guides.id, news.id] },
    { title: 'Drafts stay private', slug: 'drafts', status: 'draft', author: author.id, category: guides.id },
  ] as const
  for (const [index, post] of posts.entries()) {
    await quire.create({
      collection: 'posts',
      data: {
        ...post,
        tags: 'tags' in post ? [...post.tags] : [],
        excerpt: `Demo post ${index + 1}.`,
        publishedAt: new Date(Date.UTC(2026, 0, 1 + index)).toISOString(),
        meta: { title: post.title, description: `About: ${post.title}` },
        links: [{ label: 'Quire on GitHub', url: 'https://example.com/quire' }],
      },
    })
  }
  return { seeded: true, ...(await counts()), editorEmail: editor.email, editorPassword: DEMO_PASSWORD }
}
