// The header's fields. Read-only (the person may not change the header): the fields sit in one
// disabled <fieldset>, still readable, and there is no Save.
import { useState, type FormEvent } from 'react'
import { fieldErrorsOf } from '../../api/errors.ts'
import { ErrorMessage } from '../../components/error-message.tsx'
import { LinksFieldset } from '../../components/links-fieldset.tsx'
import { TextField } from '../../components/text-field.tsx'
import { UnsavedChangesDialog } from '../../components/unsaved-changes-dialog.tsx'
import type { Header } from '../../content/content-types.ts'
import { linksFromRows, rowsFromLinks } from '../../content/link-rows.ts'
import { useUnsavedChanges } from '../../forms/use-unsaved-changes.ts'

// A type alias, not an interface: the API's `data` is an index-signature object.
export type HeaderValues = {
  nav: ReturnType<typeof linksFromRows>
  tagline: string
}

interface Props {
  header: Header
  /** Resolves once stored; rejects when refused (the page shows `error`). */
  onSave: (values: HeaderValues) => Promise<unknown>
  /** After a save, once the form is clean. */
  onSaved: () => void
  saving: boolean
  error: unknown
  readOnly: boolean
}

export function HeaderForm({ header, onSave, onSaved, saving, error, readOnly }: Props) {
  const [rows, setRows] = useState(() => rowsFromLinks(header.nav))
  const [tagline, setTagline] = useState(header.tagline ?? '')
  const guard = useUnsavedChanges({ rows, tagline }, { enabled: !readOnly })
  const errors = fieldErrorsOf(error)

  const onSubmit = (event: FormEvent): void => {
    event.preventDefault()
    if (readOnly) return
    const submitted = { rows, tagline }
    onSave({ nav: linksFromRows(rows), tagline }).then(
      () => {
        guard.markSaved(submitted)
        onSaved()
      },
      () => undefined,
    )
  }

  return (
    <form className="header-form" onSubmit={onSubmit} noValidate>
      <ErrorMessage error={error} />
      <fieldset className="form-body" disabled={readOnly}>
        <LinksFieldset legend="Navigation links" path="nav" rows={rows} errors={errors} onChange={setRows} />
        <TextField label="Tagline" name="tagline" value={tagline} onChange={(event) => setTagline(event.target.value)} error={errors.tagline} />
      </fieldset>
      {!readOnly && (
        <div className="form-actions">
          <button type="submit" className="button-primary" disabled={saving}>
            {saving ? 'Saving…' : 'Save header'}
          </button>
        </div>
      )}
      <UnsavedChangesDialog {...guard.dialog} />
    </form>
  )
}
