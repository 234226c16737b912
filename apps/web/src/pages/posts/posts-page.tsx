import { keepPreviousData } from '@tanstack/react-query'
import { Link, useSearchParams } from 'react-router'
import { trpc } from '../../api/trpc.ts'
import { EmptyState } from '../../components/empty-state.tsx'
import { ErrorMessage } from '../../components/error-message.tsx'
import { Loading } from '../../components/loading.tsx'
import { Pagination } from '../../components/pagination.tsx'
import { useDocumentTitle } from '../../components/use-document-title.ts'
import { asPage, type Post } from '../../content/content-types.ts'
import { useCategories } from '../../content/use-categories.ts'
import { parsePostsQuery, postsFindInput, postsQueryToParams, type PostsQuery } from '../../content/posts-query.ts'
import { useContentLocale } from '../../locale/content-locale.ts'
import { usePermissions } from '../../session/use-permissions.ts'
import { PostsFilters } from './posts-filters.tsx'
import { PostsTable } from './posts-table.tsx'

export function PostsPage() {
  useDocumentTitle('Posts')
  const [params, setParams] = useSearchParams()
  const query = parsePostsQuery(params)
  const { locale } = useContentLocale()
  const posts = trpc.collections.find.useQuery(postsFindInput(query, locale), { placeholderData: keepPreviousData })
  const page = posts.data ? asPage<Post>(posts.data) : undefined
  const { categories } = useCategories()
  const categoryNames = new Map(categories.map((category) => [category.id as number, category.name]))
  const filtered = query.q !== '' || query.category !== '' || query.status !== ''
  // Offered once the server says so (it arrives with the list, in the same batch).
  const canCreate = usePermissions().collection('posts').create

  const change = (next: Partial<PostsQuery>): void => {
    // Any new filter or sort starts again on page 1; only paging keeps the rest.
    const page = next.page ?? 1
    setParams(postsQueryToParams({ ...query, ...next, page }), { replace: next.q !== undefined })
  }

  return (
    <section className="page">
      <div className="page-header">
        <h1>Posts</h1>
        {canCreate && (
          <Link to="/posts/new" className="button-primary">
            New post
          </Link>
        )}
      </div>
      <PostsFilters query={query} onChange={change} />
      <ErrorMessage error={posts.error} retry={() => void posts.refetch()} />
      {posts.isPending && <Loading label="Loading posts…" />}
      {page && page.totalDocs === 0 && (
        <EmptyState title={filtered ? 'No posts match these filters.' : 'There are no posts yet.'}>
          {filtered ? (
            <button type="button" className="button-secondary" onClick={() => setParams(new URLSearchParams())}>
              Clear filters
            </button>
          ) : (
            canCreate && <Link to="/posts/new">Write the first one</Link>
          )}
        </EmptyState>
      )}
      {page && page.totalDocs > 0 && (
        <>
          <PostsTable posts={page.docs} locale={locale} busy={posts.isFetching} categoryNames={categoryNames} />
          <Pagination info={page} noun="posts" onPage={(next) => change({ page: next })} />
        </>
      )}
    </section>
  )
}
