// The post editor's side column: status and publication date, category and tags, the
// featured flag and the hero image.
import { SelectField } from '../../components/select-field.tsx'
import { TextField } from '../../components/text-field.tsx'
import type { PostFormValues } from '../../content/post-form-values.ts'
import { useCategories } from '../../content/use-categories.ts'
import { HeroImageField } from './hero-image-field.tsx'
import { TagsPicker } from './tags-picker.tsx'

interface Props {
  values: PostFormValues
  errors: Record<string, string>
  onChange: (patch: Partial<PostFormValues>) => void
}

export function PostSideFields({ values, errors, onChange }: Props) {
  const { categories } = useCategories()
  return (
    <div className="form-side">
      <SelectField
        label="Status"
        value={values.status}
        options={[
          { value: 'draft', label: 'Draft' },
          { value: 'published', label: 'Published' },
        ]}
        onChange={(event) => onChange({ status: event.target.value === 'published' ? 'published' : 'draft' })}
        error={errors.status}
      />
      <TextField label="Published on" name="publishedAt" type="datetime-local" hint="In your time zone. Leave empty for no date." value={values.publishedAt} onChange={(event) => onChange({ publishedAt: event.target.value })} error={errors.publishedAt} />
      <SelectField
        label="Category"
        value={values.category}
        options={[{ value: '', label: 'No category' }, ...categories.map((category) => ({ value: String(category.id), label: category.name }))]}
        onChange={(event) => onChange({ category: event.target.value })}
        error={errors.category}
      />
      <TagsPicker categories={categories} selected={values.tags} onChange={(tags) => onChange({ tags })} error={errors.tags} />
      <label className="checkbox">
        <input type="checkbox" checked={values.featured} onChange={(event) => onChange({ featured: event.target.checked })} />
        Featured post
      </label>
      <HeroImageField value={values.heroImage} altFallback={values.title} onChange={(heroImage) => onChange({ heroImage })} />
    </div>
  )
}
