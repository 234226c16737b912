// Lists of links as an editor holds them (the header's navigation, a post's links): each row
// with a key that survives reordering (React needs it to keep focus and input state on the
// right row) and the stored row id, which tells the API "this row", so labels in other
// languages stay attached. What the editor does not show (a post link's `attributes`) rides
// along in `extra` and is sent back untouched: the API replaces an array as a whole, so
// anything left out of a row would be deleted.
export interface LinkRow {
  key: string
  id?: string
  label: string
  url: string
  extra: Readonly<Record<string, unknown>>
}

interface StoredLink {
  id?: string | null
  label?: string | null
  url?: string | null
}

let nextKey = 0
const newKey = (): string => `row-${(nextKey += 1)}`

export function rowsFromLinks<T extends StoredLink>(links: ReadonlyArray<T> | null | undefined): LinkRow[] {
  return (links ?? []).map(({ id, label, url, ...extra }) => ({ key: newKey(), ...(id ? { id } : {}), label: label ?? '', url: url ?? '', extra }))
}

export function linksFromRows(rows: LinkRow[]): ({ id?: string; label: string; url: string } & Record<string, unknown>)[] {
  return rows.map((row) => ({ ...row.extra, ...(row.id ? { id: row.id } : {}), label: row.label.trim(), url: row.url.trim() }))
}

export function addRow(rows: LinkRow[]): LinkRow[] {
  return [...rows, { key: newKey(), label: '', url: '', extra: {} }]
}

export function removeRow(rows: LinkRow[], key: string): LinkRow[] {
  return rows.filter((row) => row.key !== key)
}

export function updateRow(rows: LinkRow[], key: string, change: Partial<Pick<LinkRow, 'label' | 'url'>>): LinkRow[] {
  return rows.map((row) => (row.key === key ? { ...row, ...change } : row))
}

/** Moves a row up (-1) or down (+1); at either end nothing changes. */
export function moveRow(rows: LinkRow[], key: string, delta: -1 | 1): LinkRow[] {
  const from = rows.findIndex((row) => row.key === key)
  const to = from + delta
  if (from < 0 || to < 0 || to >= rows.length) return rows
  const next = [...rows]
  const [row] = next.splice(from, 1)
  if (row) next.splice(to, 0, row)
  return next
}
