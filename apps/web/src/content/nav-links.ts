// The header's navigation rows as the editor holds them: each with a key that survives
// reordering (React needs it to keep focus and input state on the right row) and the stored
// row id, which tells the API "this row", so labels in other languages stay attached.
export interface NavRow {
  key: string
  id?: string
  label: string
  url: string
}

let nextKey = 0
const newKey = (): string => `row-${(nextKey += 1)}`

export function rowsFromNav(nav: ReadonlyArray<{ id?: string | null; label?: string | null; url?: string | null }> | null | undefined): NavRow[] {
  return (nav ?? []).map((item) => ({ key: newKey(), ...(item.id ? { id: item.id } : {}), label: item.label ?? '', url: item.url ?? '' }))
}

export function navFromRows(rows: NavRow[]): { id?: string; label: string; url: string }[] {
  return rows.map((row) => ({ ...(row.id ? { id: row.id } : {}), label: row.label.trim(), url: row.url.trim() }))
}

export function addRow(rows: NavRow[]): NavRow[] {
  return [...rows, { key: newKey(), label: '', url: '' }]
}

export function removeRow(rows: NavRow[], key: string): NavRow[] {
  return rows.filter((row) => row.key !== key)
}

export function updateRow(rows: NavRow[], key: string, change: Partial<Pick<NavRow, 'label' | 'url'>>): NavRow[] {
  return rows.map((row) => (row.key === key ? { ...row, ...change } : row))
}

/** Moves a row up (-1) or down (+1); at either end nothing changes. */
export function moveRow(rows: NavRow[], key: string, delta: -1 | 1): NavRow[] {
  const from = rows.findIndex((row) => row.key === key)
  const to = from + delta
  if (from < 0 || to < 0 || to >= rows.length) return rows
  const next = [...rows]
  const [row] = next.splice(from, 1)
  if (row) next.splice(to, 0, row)
  return next
}
