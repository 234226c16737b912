// The post's fields. Validation is the API's (the collection config is the one source of
// truth for required fields and lengths): its field errors appear next to each field.
import { useEffect, useRef, useState, type FormEvent } from 'react'
import { fieldErrorsOf } from '../../api/errors.ts'
import { ErrorMessage } from '../../components/error-message.tsx'
import { SelectField } from '../../components/select-field.tsx'
import { TextField } from '../../components/text-field.tsx'
import type { PostFormValues } from '../../content/post-form-values.ts'
import { useCategories } from '../../content/use-categories.ts'
import { HeroImageField } from './hero-image-field.tsx'
import { TagsPicker } from './tags-picker.tsx'

interface Props {
  initial: PostFormValues
  onSave: (values: PostFormValues) => void
  saving: boolean
  error: unknown
  isNew: boolean
}

export function PostForm({ initial, onSave, saving, error, isNew }: Props) {
  const [values, setValues] = useState(initial)
  const set = (patch: Partial<PostFormValues>): void => setValues((current) => ({ ...current, ...patch }))
  const { categories } = useCategories()
  const errors = fieldErrorsOf(error)
  const summary = useRef<HTMLDivElement>(null)

  // After a refused save, move focus to the summary so keyboard users hear what went wrong.
  useEffect(() => {
    if (error) summary.current?.focus()
  }, [error])

  const onSubmit = (event: FormEvent): void => {
    event.preventDefault()
    onSave(values)
  }

  return (
    <form className="post-form" onSubmit={onSubmit} noValidate>
      <div ref={summary} tabIndex={-1} className="form-summary">
        <ErrorMessage error={error} />
        {errors.heroImage && <p className="field-error">Hero image: {errors.heroImage}</p>}
      </div>
      <div className="form-columns">
        <div className="form-main">
          <TextField label="Title" name="title" required value={values.title} onChange={(event) => set({ title: event.target.value })} error={errors.title} />
          <TextField label="Slug" name="slug" hint="The post's address on the site, e.g. my-first-post." value={values.slug} onChange={(event) => set({ slug: event.target.value })} error={errors.slug} />
          <TextField label="Excerpt" name="excerpt" multiline rows={3} value={values.excerpt} onChange={(event) => set({ excerpt: event.target.value })} error={errors.excerpt} />
          <TextField label="Body" name="body" multiline rows={10} hint="Separate paragraphs with a blank line." value={values.body} onChange={(event) => set({ body: event.target.value })} error={errors.content} />
          <fieldset className="fieldset">
            <legend>Search engines</legend>
            <TextField label="Meta title" name="metaTitle" value={values.metaTitle} onChange={(event) => set({ metaTitle: event.target.value })} error={errors['meta.title']} />
            <TextField label="Meta description" name="metaDescription" multiline rows={2} value={values.metaDescription} onChange={(event) => set({ metaDescription: event.target.value })} error={errors['meta.description']} />
          </fieldset>
        </div>
        <div className="form-side">
          <SelectField
            label="Status"
            value={values.status}
            options={[
              { value: 'draft', label: 'Draft' },
              { value: 'published', label: 'Published' },
            ]}
            onChange={(event) => set({ status: event.target.value === 'published' ? 'published' : 'draft' })}
            error={errors.status}
          />
          <SelectField
            label="Category"
            value={values.category}
            options={[{ value: '', label: 'No category' }, ...categories.map((category) => ({ value: String(category.id), label: category.name }))]}
            onChange={(event) => set({ category: event.target.value })}
            error={errors.category}
          />
          <TagsPicker categories={categories} selected={values.tags} onChange={(tags) => set({ tags })} error={errors.tags} />
          <label className="checkbox">
            <input type="checkbox" checked={values.featured} onChange={(event) => set({ featured: event.target.checked })} />
            Featured post
          </label>
          <HeroImageField value={values.heroImage} altFallback={values.title} onChange={(heroImage) => set({ heroImage })} />
        </div>
      </div>
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={saving}>
          {saving ? 'Saving…' : isNew ? 'Create post' : 'Save changes'}
        </button>
      </div>
    </form>
  )
}
