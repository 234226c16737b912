// Search as you type (one request per pause), category, status and sort. Every change lands
// in the URL through `onChange`.
import { useEffect, useId, useState } from 'react'
import { SelectField } from '../../components/select-field.tsx'
import { POST_SORTS, POST_STATUSES, type PostsQuery } from '../../content/posts-query.ts'
import { useCategories } from '../../content/use-categories.ts'
import { useDebouncedValue } from '../../content/use-debounced-value.ts'

export function PostsFilters({ query, onChange }: { query: PostsQuery; onChange: (next: Partial<PostsQuery>) => void }) {
  const searchId = useId()
  const [search, setSearch] = useState(query.q)
  const settled = useDebouncedValue(search, 300)
  const { categories } = useCategories()

  useEffect(() => {
    if (settled !== query.q) onChange({ q: settled })
    // Only a settled search triggers: the query changing under it (Back, a cleared filter) must not loop.
  }, [settled])

  return (
    <form className="filters" role="search" onSubmit={(event) => event.preventDefault()}>
      <div className="field">
        <label htmlFor={searchId}>Search titles</label>
        <input id={searchId} type="search" value={search} onChange={(event) => setSearch(event.target.value)} placeholder="Search…" />
      </div>
      <SelectField
        label="Category"
        value={query.category}
        options={[{ value: '', label: 'Any category' }, ...categories.map((category) => ({ value: String(category.id), label: category.name }))]}
        onChange={(event) => onChange({ category: event.target.value })}
      />
      <SelectField label="Status" value={query.status} options={POST_STATUSES} onChange={(event) => onChange({ status: POST_STATUSES.find((option) => option.value === event.target.value)?.value ?? '' })} />
      <SelectField label="Sort by" value={query.sort} options={POST_SORTS} onChange={(event) => onChange({ sort: POST_SORTS.find((option) => option.value === event.target.value)?.value ?? '-createdAt' })} />
    </form>
  )
}
