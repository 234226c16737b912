export interface PageInfo {
  page: number
  totalPages: number
  totalDocs: number
  limit: number
}

/** "Showing 11–20 of 42" with previous/next; `onPage` gets the page to show. */
export function Pagination({ info, onPage, noun }: { info: PageInfo; onPage: (page: number) => void; noun: string }) {
  const { page, totalPages, totalDocs, limit } = info
  const first = totalDocs === 0 ? 0 : (page - 1) * limit + 1
  const last = Math.min(page * limit, totalDocs)
  return (
    <nav className="pagination" aria-label="Pages">
      <p aria-live="polite">
        Showing {first}–{last} of {totalDocs} {noun}
      </p>
      <div className="pagination-buttons">
        <button type="button" className="button-secondary" disabled={page <= 1} onClick={() => onPage(page - 1)}>
          Previous
        </button>
        <span>
          Page {page} of {Math.max(totalPages, 1)}
        </span>
        <button type="button" className="button-secondary" disabled={page >= totalPages} onClick={() => onPage(page + 1)}>
          Next
        </button>
      </div>
    </nav>
  )
}
