// Validates the value of a hasMany text or number field: a list whose length `minRows`/`maxRows`
// bound (reported at the field, `scores`) and whose items each pass the single field's own rules
// (`minLength`, `min`, …), reported at the item (`scores.1`) so a form can mark the exact entry.
// Order is kept and duplicates are allowed, as in Payload; a hasMany select has its own rules
// (options, no duplicates) in scalar-validators.ts.
import type { HasManyValueField } from '../config/fields.ts'
import type { FieldError } from '../errors/api-error.ts'
import { checkRowCount } from './row-count.ts'
import { checkScalar } from './scalar-validators.ts'

export interface CheckedList {
  value: unknown[] | undefined
  errors: FieldError[]
}

type ValueListField = Exclude<HasManyValueField, { type: 'select' }>

/** `value` is not empty: the caller has already handled null, undefined and `[]` (and `required`). */
export function checkValueList(field: ValueListField, value: unknown, path: string): CheckedList {
  if (!Array.isArray(value)) return { value: undefined, errors: [{ path, message: 'This field must be a list.' }] }
  const errors: FieldError[] = []
  const count = checkRowCount(value.length, field.minRows, field.maxRows)
  if (count) errors.push({ path, message: count })
  const items = value.map((item: unknown, index) => {
    // The per-item rules of text and number do not depend on hasMany, so the single-value check applies as is.
    const checked = checkScalar(field, item)
    if ('error' in checked) errors.push({ path: `${path}.${index}`, message: checked.error })
    return 'value' in checked ? checked.value : item
  })
  return { value: errors.length === 0 ? items : undefined, errors }
}
