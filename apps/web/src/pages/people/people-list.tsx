// Everyone who can sign in, a page at a time, sorted by name; the signed-in admin's own row
// is marked (see PersonRow).
import { keepPreviousData } from '@tanstack/react-query'
import { useState } from 'react'
import { trpc } from '../../api/trpc.ts'
import { EmptyState } from '../../components/empty-state.tsx'
import { ErrorMessage } from '../../components/error-message.tsx'
import { Loading } from '../../components/loading.tsx'
import { Pagination } from '../../components/pagination.tsx'
import { asPage, type User } from '../../content/content-types.ts'
import { useSession } from '../../session/session-context.ts'
import { PersonRow } from './person-row.tsx'

const PER_PAGE = 20

export function PeopleList({ onDeleted }: { onDeleted: (name: string) => void }) {
  const { user } = useSession()
  const [page, setPage] = useState(1)
  const people = trpc.collections.find.useQuery({ collection: 'users', limit: PER_PAGE, page, sort: 'name', depth: 0 }, { placeholderData: keepPreviousData })
  const result = people.data ? asPage<User>(people.data) : undefined
  // Deleting the last person of the last page leaves that page empty: show the one before.
  if (result && page > 1 && page > result.totalPages && !people.isFetching) setPage(Math.max(result.totalPages, 1))

  return (
    <section className="panel" aria-labelledby="people-heading">
      <h2 id="people-heading">People</h2>
      <ErrorMessage error={people.error} retry={() => void people.refetch()} />
      {people.isPending && <Loading label="Loading people…" />}
      {result && result.totalDocs === 0 && <EmptyState title="There is nobody here yet." />}
      {result && result.totalDocs > 0 && (
        <>
          <ul className="sessions" aria-label="People" aria-busy={people.isFetching}>
            {result.docs.map((person) => (
              <PersonRow key={person.id} person={person} isSelf={user !== null && String(user.id) === String(person.id)} onDeleted={onDeleted} />
            ))}
          </ul>
          {result.totalPages > 1 && <Pagination info={result} noun="people" onPage={setPage} />}
        </>
      )}
    </section>
  )
}
