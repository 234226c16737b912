export function StatusBadge({ status }: { status: 'draft' | 'published' | null | undefined }) {
  const published = status === 'published'
  return <span className={published ? 'badge badge-published' : 'badge badge-draft'}>{published ? 'Published' : 'Draft'}</span>
}
