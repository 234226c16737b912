import { describe, expect, it } from 'vitest'
import { addRow, moveRow, rowsFromLinks, updateRow } from '../content/link-rows.ts'
import { EMPTY_POST } from '../content/post-form-values.ts'
import { isDirty } from './is-dirty.ts'

const loaded = { ...EMPTY_POST, title: 'Hello', tags: ['1', '2'], links: rowsFromLinks([{ id: 'a', label: 'Docs', url: '/docs', attributes: [{ name: 'rel', value: 'me' }] }]) }

describe('isDirty', () => {
  it('is clean for the loaded values and for equal copies of them', () => {
    expect(isDirty(loaded, loaded)).toBe(false)
    expect(isDirty(loaded, structuredClone(loaded))).toBe(false)
  })

  it('sees a change in any field, nested rows included', () => {
    expect(isDirty(loaded, { ...loaded, title: 'Hello!' })).toBe(true)
    expect(isDirty(loaded, { ...loaded, featured: true })).toBe(true)
    expect(isDirty(loaded, { ...loaded, tags: ['2', '1'] })).toBe(true)
    expect(isDirty(loaded, { ...loaded, tags: ['1'] })).toBe(true)
    expect(isDirty(loaded, { ...loaded, links: updateRow(loaded.links, loaded.links[0]!.key, { url: '/doc' }) })).toBe(true)
    expect(isDirty(loaded, { ...loaded, links: addRow(loaded.links) })).toBe(true)
  })

  it('tells empty text, null, a missing key and an empty list apart', () => {
    expect(isDirty({ a: '' }, { a: null })).toBe(true)
    expect(isDirty({ a: null }, {})).toBe(true)
    expect(isDirty({ a: [] }, { a: {} })).toBe(true)
    expect(isDirty({ a: 0 }, { a: '0' })).toBe(true)
  })

  it('is clean again when an edit is undone', () => {
    const typed = { ...loaded, title: 'Hello there' }
    expect(isDirty(loaded, { ...typed, title: 'Hello' })).toBe(false)
    const withTwo = { ...loaded, links: rowsFromLinks([{ label: 'A', url: '/a' }, { label: 'B', url: '/b' }]) }
    const [first] = withTwo.links
    const movedBack = moveRow(moveRow(withTwo.links, first!.key, 1), first!.key, -1)
    expect(isDirty(withTwo, { ...withTwo, links: movedBack })).toBe(false)
  })
})
