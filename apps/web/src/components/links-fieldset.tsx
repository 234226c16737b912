// A list of links to edit (the header's navigation, a post's links): add, edit, reorder and
// remove rows. The API's errors for a row arrive keyed by path (`nav.1.label`) and appear next
// to that row's field; `path` is the array's name in those keys.
import { useState } from 'react'
import { addRow, moveRow, removeRow, updateRow, type LinkRow } from '../content/link-rows.ts'
import { LinkRowEditor } from './link-row-editor.tsx'

interface Props {
  legend: string
  path: string
  rows: LinkRow[]
  errors: Record<string, string>
  onChange: (rows: LinkRow[]) => void
}

export function LinksFieldset({ legend, path, rows, errors, onChange }: Props) {
  const [focusKey, setFocusKey] = useState<string | null>(null)

  const onAdd = (): void => {
    const next = addRow(rows)
    onChange(next)
    // Focus goes to the new row's label, so a keyboard user can type right away.
    setFocusKey(next[next.length - 1]?.key ?? null)
  }

  return (
    <fieldset className="fieldset">
      <legend>{legend}</legend>
      {rows.length === 0 && <p className="field-hint">No links yet.</p>}
      {errors[path] && <p className="field-error">{errors[path]}</p>}
      <ol className="nav-rows">
        {rows.map((row, index) => (
          <LinkRowEditor
            key={row.key}
            row={row}
            index={index}
            count={rows.length}
            autoFocus={row.key === focusKey}
            errors={{ label: errors[`${path}.${index}.label`], url: errors[`${path}.${index}.url`] }}
            onChange={(change) => onChange(updateRow(rows, row.key, change))}
            onMove={(delta) => onChange(moveRow(rows, row.key, delta))}
            onRemove={() => onChange(removeRow(rows, row.key))}
          />
        ))}
      </ol>
      <button type="button" className="button-secondary" onClick={onAdd}>
        Add link
      </button>
    </fieldset>
  )
}
