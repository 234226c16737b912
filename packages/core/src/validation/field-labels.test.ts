import { describe, expect, it } from 'vitest'
import type { Field } from '../config/fields.ts'
import { inWords, labelForPath } from './field-labels.ts'

const fields: Field[] = [
  { name: 'positiveNumber', type: 'number' },
  { name: 'title', type: 'text', label: 'Title within a row' },
  { name: 'scores', type: 'number', hasMany: true },
  { name: 'meta', type: 'group', fields: [{ name: 'seoTitle', type: 'text' }] },
  { name: 'items', type: 'array', fields: [{ name: 'text', type: 'text' }, { name: 'sub', type: 'array', fields: [{ name: 'note', type: 'text' }] }] },
]

describe('labelForPath', () => {
  it("names fields as Payload's messages do: the label, else the name in words", () => {
    expect(inWords('positiveNumber')).toBe('Positive Number')
    expect(inWords('min')).toBe('Min')
    expect(labelForPath(fields, 'positiveNumber')).toBe('Positive Number')
    expect(labelForPath(fields, 'title')).toBe('Title within a row')
  })

  it('joins parents with " > ", numbers array rows, and names a list item by its list', () => {
    expect(labelForPath(fields, 'meta.seoTitle')).toBe('Meta > Seo Title')
    expect(labelForPath(fields, 'items.0.text')).toBe('Items 1 > Text')
    expect(labelForPath(fields, 'items.1.sub.2.note')).toBe('Items 2 > Sub 3 > Note')
    expect(labelForPath(fields, 'scores.1')).toBe('Scores')
    expect(labelForPath(fields, 'unknown')).toBe('unknown')
  })
})
