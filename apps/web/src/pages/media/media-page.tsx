// The media library: upload (for those who may add files) and the files, with Delete only for
// those who may delete them. Authors add files to illustrate their posts but cannot remove what
// other posts may use; a line says so instead of leaving them to wonder where Delete went.
import { keepPreviousData } from '@tanstack/react-query'
import { useState } from 'react'
import { trpc } from '../../api/trpc.ts'
import { EmptyState } from '../../components/empty-state.tsx'
import { ErrorMessage } from '../../components/error-message.tsx'
import { Loading } from '../../components/loading.tsx'
import { Pagination } from '../../components/pagination.tsx'
import { useDocumentTitle } from '../../components/use-document-title.ts'
import { asPage, type Media } from '../../content/content-types.ts'
import { usePermissions } from '../../session/use-permissions.ts'
import { MediaGrid } from './media-grid.tsx'
import { MediaUploader } from './media-uploader.tsx'

const PER_PAGE = 24
/** What a card shows, and nothing else: a list never carries fields it does not display (caption, focal point). */
export const MEDIA_CARD_SELECT = { alt: true, filename: true, mimeType: true, filesize: true, url: true, sizes: true } as const

export function MediaPage() {
  useDocumentTitle('Media')
  const [page, setPage] = useState(1)
  const media = trpc.collections.find.useQuery({ collection: 'media', limit: PER_PAGE, page, sort: '-createdAt', depth: 0, select: MEDIA_CARD_SELECT }, { placeholderData: keepPreviousData })
  const result = media.data ? asPage<Media>(media.data) : undefined
  const permissions = usePermissions()
  const may = permissions.collection('media')

  return (
    <section className="page">
      <div className="page-header">
        <h1>Media</h1>
      </div>
      {!permissions.pending && !permissions.error && !may.delete && <p className="page-intro">{may.create ? 'You can upload files here; only an editor can delete them.' : 'Only an editor can upload or delete files.'}</p>}
      <ErrorMessage error={permissions.error} retry={permissions.retry} />
      {may.create && <MediaUploader />}
      <ErrorMessage error={media.error} retry={() => void media.refetch()} />
      {media.isPending && <Loading label="Loading media…" />}
      {result && result.totalDocs === 0 && <EmptyState title="The media library is empty.">{may.create && 'Upload images or PDF files above.'}</EmptyState>}
      {result && result.totalDocs > 0 && (
        <>
          <MediaGrid items={result.docs} canDelete={may.delete} />
          <Pagination info={result} noun="files" onPage={setPage} />
        </>
      )}
    </section>
  )
}
