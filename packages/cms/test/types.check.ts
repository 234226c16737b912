// Type-level tests of the generated types through the Local API's signature. Checked by
// `tsc -p packages/cms`, never run. Each `@ts-expect-error` fails the typecheck as soon as the
// line under it compiles, so a loosened type (say, `data: any`) cannot slip through unnoticed.
// Needs src/quire-types.ts (written by `pnpm db:generate`) and core's `Quire`.
import type { Quire } from '@quire/core'
import type { Category, Media, Post, QuireTypes, User } from '../src/quire-types.ts'

declare const quire: Quire<QuireTypes>

export async function resultsAreTyped(): Promise<void> {
  const post = await quire.create({ collection: 'posts', data: { title: 'Hello' } })
  const id: number = post.id
  const title: string = post.title
  const createdAt: string = post.createdAt
  const status: 'draft' | 'published' | null | undefined = post.status
  const author: number | User | null | undefined = post.author
  const tags: (number | Category)[] | null | undefined = post.tags
  const hero: number | Media | null | undefined = post.heroImage
  const related: Post | Category | number | undefined = post.related?.[0]?.value
  const metaTitle: string | null | undefined = post.meta?.title
  const linkLabel: string | undefined = post.links?.[0]?.label
  const location: [number, number] | null | undefined = post.location

  const user = await quire.create({ collection: 'users', data: { name: 'Ada', email: 'ada@example.com', password: 'pass-word' } })
  const name: string = user.name
  const role: 'admin' | 'editor' | 'author' | null | undefined = user.role
  // @ts-expect-error password is write-only: documents never carry it
  void user.password
  // @ts-expect-error an auth collection needs a password on create
  await quire.create({ collection: 'users', data: { name: 'Bo', email: 'bo@example.com' } })
  // @ts-expect-error the hash is Quire's to write, not an input
  await quire.create({ collection: 'users', data: { name: 'Cy', email: 'cy@example.com', password: 'x-pass', passwordHash: 'x' } })
  const { user: signedIn, token, exp } = await quire.login({ collection: 'users', data: { email: 'ada@example.com', password: 'pass-word' } })
  const signedInRole: 'admin' | 'editor' | 'author' | null | undefined = signedIn.role
  const sessionRow: number | undefined = signedIn._sid
  void [token satisfies string, exp satisfies number, signedInRole, sessionRow]

  void [id, title, createdAt, status, author, tags, hero, related, metaTitle, linkLabel, location, name, role]

  // @ts-expect-error a document has no such field
  void post.nonexistent
  // @ts-expect-error title is a string, not a number
  const wrong: number = post.title
  void wrong
}

export async function dataIsChecked(): Promise<void> {
  // Everything `create` accepts: ids for relationships, Date objects for dates, row ids optional.
  await quire.create({
    collection: 'posts',
    data: {
      title: 'All fields',
      publishedAt: new Date(),
      status: 'published',
      author: 1,
      tags: [1, 2],
      related: [{ relationTo: 'posts', value: 3 }, { relationTo: 'categories', value: 4 }],
      heroImage: 5,
      meta: { title: 'Meta' },
      links: [{ label: 'Home', url: '/', attributes: [{ name: 'rel', value: 'home' }] }, { id: 'row-1', label: 'A', url: '/a' }],
      location: [4.9, 52.37],
      settings: { anything: true },
      flavours: ['a', 'c'],
    },
  })

  // @ts-expect-error title must be a string
  await quire.create({ collection: 'posts', data: { title: 1 } })
  // @ts-expect-error unknown collections do not compile
  await quire.create({ collection: 'comments', data: { title: 'x' } })
  // @ts-expect-error title is required
  await quire.create({ collection: 'posts', data: { slug: 'no-title' } })
  // @ts-expect-error the server assigns ids
  await quire.create({ collection: 'posts', data: { title: 'x', id: 7 } })
  // @ts-expect-error status must be one of the options
  await quire.create({ collection: 'posts', data: { title: 'x', status: 'archived' } })
  // @ts-expect-error relationships take ids, not documents
  await quire.create({ collection: 'posts', data: { title: 'x', author: { id: 1, name: 'Ada' } } })
  // @ts-expect-error a polymorphic value names one of its collections
  await quire.create({ collection: 'posts', data: { title: 'x', related: [{ relationTo: 'users', value: 1 }] } })
  // @ts-expect-error hasMany select takes an array of options
  await quire.create({ collection: 'posts', data: { title: 'x', flavours: 'a' } })
  // @ts-expect-error array rows need their required fields
  await quire.create({ collection: 'posts', data: { title: 'x', links: [{ label: 'no url' }] } })
  // @ts-expect-error users need an email
  await quire.create({ collection: 'users', data: { name: 'Ada' } })
}
