import { describe, expect, it } from 'vitest'
import { addRow, linksFromRows, moveRow, removeRow, rowsFromLinks, updateRow } from './link-rows.ts'

const rows = rowsFromLinks([
  { id: 'a', label: 'Home', url: '/' },
  { id: 'b', label: 'Blog', url: '/blog' },
  { id: null, label: 'About', url: '/about' },
])
const labels = (list: { label: string }[]): string[] => list.map((row) => row.label)

describe('link rows', () => {
  it('reorders within bounds', () => {
    expect(labels(moveRow(rows, rows[2]!.key, -1))).toEqual(['Home', 'About', 'Blog'])
    expect(labels(moveRow(rows, rows[0]!.key, 1))).toEqual(['Blog', 'Home', 'About'])
    expect(moveRow(rows, rows[0]!.key, -1)).toBe(rows)
    expect(moveRow(rows, rows[2]!.key, 1)).toBe(rows)
  })

  it('adds, edits and removes rows', () => {
    const added = addRow(rows)
    const last = added[3]!
    expect(labels(updateRow(added, last.key, { label: 'Contact' }))).toEqual(['Home', 'Blog', 'About', 'Contact'])
    expect(labels(removeRow(rows, rows[1]!.key))).toEqual(['Home', 'About'])
  })

  it('gives every row its own key and sends stored ids back', () => {
    expect(new Set(addRow(rows).map((row) => row.key)).size).toBe(4)
    expect(linksFromRows(updateRow(rows, rows[0]!.key, { label: ' Start ' }))).toEqual([
      { id: 'a', label: 'Start', url: '/' },
      { id: 'b', label: 'Blog', url: '/blog' },
      { label: 'About', url: '/about' },
    ])
  })

  it('keeps the fields the editor does not show, through edits and moves', () => {
    const attributes = [{ id: 'x', name: 'rel', value: 'nofollow' }]
    const stored = rowsFromLinks([
      { id: 'a', label: 'Docs', url: '/docs', attributes },
      { id: 'b', label: 'Shop', url: '/shop', attributes: null },
    ])
    const edited = moveRow(updateRow(stored, stored[0]!.key, { url: ' /manual ' }), stored[0]!.key, 1)
    expect(linksFromRows(addRow(edited))).toEqual([
      { id: 'b', label: 'Shop', url: '/shop', attributes: null },
      { id: 'a', label: 'Docs', url: '/manual', attributes },
      { label: '', url: '' },
    ])
  })
})
