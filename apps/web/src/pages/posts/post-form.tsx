// The post's fields. Validation is the API's (the collection config is the one source of
// truth for required fields and lengths): its field errors appear next to each field.
// Read-only (the person may not change this post): every field sits in one disabled
// <fieldset>, so all of it stays visible but nothing can be edited, and there is no Save.
import { useEffect, useRef, useState, type FormEvent } from 'react'
import { fieldErrorsOf } from '../../api/errors.ts'
import { ErrorMessage } from '../../components/error-message.tsx'
import { LinksFieldset } from '../../components/links-fieldset.tsx'
import { TextField } from '../../components/text-field.tsx'
import { UnsavedChangesDialog } from '../../components/unsaved-changes-dialog.tsx'
import type { PostFormValues } from '../../content/post-form-values.ts'
import { useUnsavedChanges } from '../../forms/use-unsaved-changes.ts'
import { PostSideFields } from './post-side-fields.tsx'

interface Props {
  /** The values as loaded; the form starts clean with them. */
  initial: PostFormValues
  /** Resolves with the stored post; rejects when refused (the page shows `error`). */
  onSave: (values: PostFormValues) => Promise<{ id: number | string }>
  /** After a save, once the form is clean. */
  onSaved: (stored: { id: number | string }) => void
  saving: boolean
  error: unknown
  isNew: boolean
  readOnly: boolean
}

export function PostForm({ initial, onSave, onSaved, saving, error, isNew, readOnly }: Props) {
  const [values, setValues] = useState(initial)
  const set = (patch: Partial<PostFormValues>): void => setValues((current) => ({ ...current, ...patch }))
  const guard = useUnsavedChanges(values, { enabled: !readOnly })
  const errors = fieldErrorsOf(error)
  const summary = useRef<HTMLDivElement>(null)

  // After a refused save, move focus to the summary so keyboard users hear what went wrong.
  useEffect(() => {
    if (error) summary.current?.focus()
  }, [error])

  const onSubmit = (event: FormEvent): void => {
    event.preventDefault()
    if (readOnly) return
    const submitted = values
    onSave(submitted).then(
      (stored) => {
        guard.markSaved(submitted)
        onSaved(stored)
      },
      () => undefined,
    )
  }

  return (
    <form className="post-form" onSubmit={onSubmit} noValidate>
      <div ref={summary} tabIndex={-1} className="form-summary">
        <ErrorMessage error={error} />
        {errors.heroImage && <p className="field-error">Hero image: {errors.heroImage}</p>}
      </div>
      <fieldset className="form-body" disabled={readOnly}>
        <div className="form-columns">
          <div className="form-main">
            <TextField label="Title" name="title" required value={values.title} onChange={(event) => set({ title: event.target.value })} error={errors.title} />
            <TextField label="Slug" name="slug" hint="The post's address on the site, e.g. my-first-post." value={values.slug} onChange={(event) => set({ slug: event.target.value })} error={errors.slug} />
            <TextField label="Excerpt" name="excerpt" multiline rows={3} value={values.excerpt} onChange={(event) => set({ excerpt: event.target.value })} error={errors.excerpt} />
            <TextField label="Body" name="body" multiline rows={10} hint="Separate paragraphs with a blank line." value={values.body} onChange={(event) => set({ body: event.target.value })} error={errors.content} />
            <LinksFieldset legend="Links" path="links" rows={values.links} errors={errors} onChange={(links) => set({ links })} />
            <fieldset className="fieldset">
              <legend>Search engines</legend>
              <TextField label="Meta title" name="metaTitle" value={values.metaTitle} onChange={(event) => set({ metaTitle: event.target.value })} error={errors['meta.title']} />
              <TextField label="Meta description" name="metaDescription" multiline rows={2} value={values.metaDescription} onChange={(event) => set({ metaDescription: event.target.value })} error={errors['meta.description']} />
            </fieldset>
          </div>
          <PostSideFields values={values} errors={errors} onChange={set} />
        </div>
      </fieldset>
      {!readOnly && (
        <div className="form-actions">
          <button type="submit" className="button-primary" disabled={saving}>
            {saving ? 'Saving…' : isNew ? 'Create post' : 'Save changes'}
          </button>
        </div>
      )}
      <UnsavedChangesDialog {...guard.dialog} />
    </form>
  )
}
