// Tags are categories (posts.tags → categories, hasMany): a group of checkboxes, which every
// keyboard and screen reader already knows how to use.
import type { Category } from '../../content/content-types.ts'

interface Props {
  categories: Category[]
  selected: string[]
  onChange: (tags: string[]) => void
  error?: string | undefined
}

export function TagsPicker({ categories, selected, onChange, error }: Props) {
  const toggle = (id: string, on: boolean): void => onChange(on ? [...selected, id] : selected.filter((tag) => tag !== id))
  return (
    <fieldset className="fieldset tags-picker" aria-describedby={error ? 'tags-error' : undefined}>
      <legend>Tags</legend>
      {categories.length === 0 && <p className="field-hint">No categories yet.</p>}
      {categories.map((category) => {
        const id = String(category.id)
        return (
          <label key={id} className="checkbox">
            <input type="checkbox" checked={selected.includes(id)} onChange={(event) => toggle(id, event.target.checked)} />
            {category.name}
          </label>
        )
      })}
      {error && (
        <p id="tags-error" className="field-error">
          {error}
        </p>
      )}
    </fieldset>
  )
}
