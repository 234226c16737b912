import { Link } from 'react-router'
import type { Post } from '../../content/content-types.ts'
import type { ContentLocale } from '../../locale/content-locale.ts'
import { StatusBadge } from './status-badge.tsx'

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' })

/** Rows carry the category's id (the list selects no more); the name comes from `categoryNames`. */
function categoryLabel(category: Post['category'], categoryNames: ReadonlyMap<number, string>): string {
  if (typeof category === 'number') return categoryNames.get(category) ?? '—'
  return typeof category === 'object' && category ? category.name : '—'
}

export function PostsTable({ posts, locale, busy, categoryNames }: { posts: Post[]; locale: ContentLocale; busy: boolean; categoryNames: ReadonlyMap<number, string> }) {
  return (
    <div className="table-wrap" aria-busy={busy}>
      <table className="posts-table">
        <caption className="visually-hidden">Posts</caption>
        <thead>
          <tr>
            <th scope="col">Title</th>
            <th scope="col">Status</th>
            <th scope="col" className="hide-narrow">
              Category
            </th>
            <th scope="col" className="hide-narrow">
              Updated
            </th>
          </tr>
        </thead>
        <tbody>
          {posts.map((post) => (
            <tr key={post.id}>
              <td>
                <Link to={`/posts/${post.id}`} lang={locale}>
                  {post.title || 'Untitled'}
                </Link>
              </td>
              <td>
                <StatusBadge status={post.status} />
              </td>
              <td className="hide-narrow">{categoryLabel(post.category, categoryNames)}</td>
              <td className="hide-narrow">{dateFormat.format(new Date(post.updatedAt))}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
