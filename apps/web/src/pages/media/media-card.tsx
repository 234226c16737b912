// One file of the library: its thumbnail (or a PDF tile), its alternative text and size, and
// delete, for those allowed to (`canDelete`). Deleting asks first: posts using the image lose
// their hero image.
import { trpc } from '../../api/trpc.ts'
import { ErrorMessage } from '../../components/error-message.tsx'
import { SafeLink } from '../../components/safe-link.tsx'
import { isImage, thumbnailUrl, type Media } from '../../content/content-types.ts'
import { formatBytes } from '../../content/upload-check.ts'

export function MediaCard({ media, canDelete }: { media: Media; canDelete: boolean }) {
  const utils = trpc.useUtils()
  const remove = trpc.collections.delete.useMutation({ onSuccess: () => void utils.collections.find.invalidate({ collection: 'media' }) })
  const thumbnail = thumbnailUrl(media)
  const name = media.alt || media.filename || 'file'

  const onDelete = (): void => {
    if (window.confirm(`Delete “${name}”? Posts that use it will no longer show it.`)) remove.mutate({ collection: 'media', id: media.id, depth: 0 })
  }

  return (
    <li className="media-card">
      {isImage(media) && thumbnail ? (
        <img src={thumbnail} alt={media.alt} loading="lazy" width={150} height={150} />
      ) : (
        <SafeLink className="media-file-tile" href={media.url} target="_blank" rel="noreferrer">
          {media.mimeType === 'application/pdf' ? 'PDF' : 'File'}
        </SafeLink>
      )}
      <div className="media-card-body">
        <p className="media-card-title">{media.alt}</p>
        <p className="media-card-meta">
          {media.filename} {typeof media.filesize === 'number' && `· ${formatBytes(media.filesize)}`}
        </p>
        {canDelete && (
          <>
            <ErrorMessage error={remove.error} />
            <button type="button" className="button-danger" onClick={onDelete} disabled={remove.isPending} aria-label={`Delete ${name}`}>
              {remove.isPending ? 'Deleting…' : 'Delete'}
            </button>
          </>
        )}
      </div>
    </li>
  )
}
