import { keepPreviousData } from '@tanstack/react-query'
import { useState } from 'react'
import { trpc } from '../../api/trpc.ts'
import { EmptyState } from '../../components/empty-state.tsx'
import { ErrorMessage } from '../../components/error-message.tsx'
import { Loading } from '../../components/loading.tsx'
import { Pagination } from '../../components/pagination.tsx'
import { useDocumentTitle } from '../../components/use-document-title.ts'
import { asPage, type Media } from '../../content/content-types.ts'
import { MediaGrid } from './media-grid.tsx'
import { MediaUploader } from './media-uploader.tsx'

const PER_PAGE = 24

export function MediaPage() {
  useDocumentTitle('Media')
  const [page, setPage] = useState(1)
  const media = trpc.collections.find.useQuery({ collection: 'media', limit: PER_PAGE, page, sort: '-createdAt', depth: 0 }, { placeholderData: keepPreviousData })
  const result = media.data ? asPage<Media>(media.data) : undefined

  return (
    <section className="page">
      <div className="page-header">
        <h1>Media</h1>
      </div>
      <MediaUploader />
      <ErrorMessage error={media.error} retry={() => void media.refetch()} />
      {media.isPending && <Loading label="Loading media…" />}
      {result && result.totalDocs === 0 && <EmptyState title="The media library is empty.">Upload images or PDF files above.</EmptyState>}
      {result && result.totalDocs > 0 && (
        <>
          <MediaGrid items={result.docs} />
          <Pagination info={result} noun="files" onPage={setPage} />
        </>
      )}
    </section>
  )
}
