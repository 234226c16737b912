import type { Media } from '../../content/content-types.ts'
import { MediaCard } from './media-card.tsx'

export function MediaGrid({ items, canDelete }: { items: Media[]; canDelete: boolean }) {
  return (
    <ul className="media-grid" aria-label="Media files">
      {items.map((item) => (
        <MediaCard key={item.id} media={item} canDelete={canDelete} />
      ))}
    </ul>
  )
}
