import { useState, type FormEvent } from 'react'
import { fieldErrorsOf } from '../../api/errors.ts'
import { ErrorMessage } from '../../components/error-message.tsx'
import { TextField } from '../../components/text-field.tsx'
import type { Header } from '../../content/content-types.ts'
import { addRow, moveRow, navFromRows, removeRow, rowsFromNav, updateRow, type NavRow } from '../../content/nav-links.ts'
import { NavLinkRow } from './nav-link-row.tsx'

// A type alias, not an interface: the API's `data` is an index-signature object.
export type HeaderValues = {
  nav: ReturnType<typeof navFromRows>
  tagline: string
}

interface Props {
  header: Header
  onSave: (values: HeaderValues) => void
  saving: boolean
  error: unknown
}

export function HeaderForm({ header, onSave, saving, error }: Props) {
  const [rows, setRows] = useState<NavRow[]>(() => rowsFromNav(header.nav))
  const [tagline, setTagline] = useState(header.tagline ?? '')
  const [focusKey, setFocusKey] = useState<string | null>(null)
  const errors = fieldErrorsOf(error)

  const onSubmit = (event: FormEvent): void => {
    event.preventDefault()
    onSave({ nav: navFromRows(rows), tagline })
  }

  const onAdd = (): void => {
    const next = addRow(rows)
    setRows(next)
    setFocusKey(next[next.length - 1]?.key ?? null)
  }

  return (
    <form className="header-form" onSubmit={onSubmit} noValidate>
      <ErrorMessage error={error} />
      <fieldset className="fieldset">
        <legend>Navigation links</legend>
        {rows.length === 0 && <p className="field-hint">No links yet.</p>}
        <ol className="nav-rows">
          {rows.map((row, index) => (
            <NavLinkRow
              key={row.key}
              row={row}
              index={index}
              count={rows.length}
              autoFocus={row.key === focusKey}
              errors={{ label: errors[`nav.${index}.label`], url: errors[`nav.${index}.url`] }}
              onChange={(change) => setRows(updateRow(rows, row.key, change))}
              onMove={(delta) => setRows(moveRow(rows, row.key, delta))}
              onRemove={() => setRows(removeRow(rows, row.key))}
            />
          ))}
        </ol>
        <button type="button" className="button-secondary" onClick={onAdd}>
          Add link
        </button>
      </fieldset>
      <TextField label="Tagline" name="tagline" value={tagline} onChange={(event) => setTagline(event.target.value)} error={errors.tagline} />
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={saving}>
          {saving ? 'Saving…' : 'Save header'}
        </button>
      </div>
    </form>
  )
}
