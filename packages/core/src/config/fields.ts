// Field configs, shaped like Payload's. Only data-bearing fields exist in Quire's core:
// layout-only containers (row, collapsible, tabs) can be added later as sugar over `group`.
import type { FieldHooks, FieldAccess, QuireRequest } from './hooks-and-access.ts'

export interface SelectOption {
  label: string
  value: string
}

/** Context handed to a custom `validate` function. */
export interface ValidateContext {
  /** The whole incoming document (merged over the stored one on update). */
  data: Record<string, unknown>
  /** The object the field sits in (a group, an array row, or the document). */
  siblingData: Record<string, unknown>
  /** The stored document, on update. */
  originalDoc?: Record<string, unknown>
  operation: 'create' | 'update'
  path: string
}

/** `true` when valid, otherwise the message to show next to the field. */
export type Validate<TValue = unknown> = (
  value: TValue | null | undefined,
  context: ValidateContext,
) => true | string | Promise<true | string>

/** A static default, or a function of the request (Payload passes `req` too: `req.context`, `req.user`…). */
export type DefaultValue<TValue> =
  | TValue
  | ((args: { user?: unknown; locale?: string; req?: QuireRequest }) => TValue | Promise<TValue>)

interface FieldOptions<TValue> {
  name: string
  label?: string
  required?: boolean
  unique?: boolean
  index?: boolean
  defaultValue?: DefaultValue<TValue>
  validate?: Validate<TValue>
  /** Never returned unless the caller passes `showHiddenFields`. */
  hidden?: boolean
  localized?: boolean
  hooks?: FieldHooks
  access?: FieldAccess
  admin?: { description?: string; [key: string]: unknown }
}

/**
 * A field that holds one value. `hasMany` is declared (as never set) on every field, not only on
 * those that take it: TypeScript tells `{ type: 'text' }` from `{ type: 'text', hasMany: true }`
 * (and so types a `validate` or `defaultValue` written inline) only by a property all fields share.
 */
interface BaseField<TValue> extends FieldOptions<TValue> {
  hasMany?: undefined
}

/**
 * `hasMany: true` turns a text or number field's value into an ordered list (Payload's shape):
 * `minRows`/`maxRows` bound the count and the field's own rules (`minLength`, `min`, …) apply to
 * each item. Without it, `minRows`/`maxRows` mean nothing, so the types forbid them. A list has
 * no column a unique constraint could sit on, so `unique` is refused (here and by the sanitizer).
 */
interface HasManyOptions {
  hasMany: true
  minRows?: number
  maxRows?: number
  unique?: false
}
interface SingleOptions {
  hasMany?: false
  minRows?: undefined
  maxRows?: undefined
}

interface TextOptions<TValue> extends FieldOptions<TValue> {
  type: 'text'
  minLength?: number
  maxLength?: number
}
export type TextField = (TextOptions<string> & SingleOptions) | (TextOptions<string[]> & HasManyOptions)
export interface TextareaField extends BaseField<string> {
  type: 'textarea'
  minLength?: number
  maxLength?: number
}
export interface EmailField extends BaseField<string> {
  type: 'email'
}
export interface CodeField extends BaseField<string> {
  type: 'code'
  minLength?: number
  maxLength?: number
}
interface NumberOptions<TValue> extends FieldOptions<TValue> {
  type: 'number'
  min?: number
  max?: number
}
export type NumberField = (NumberOptions<number> & SingleOptions) | (NumberOptions<number[]> & HasManyOptions)
export interface CheckboxField extends BaseField<boolean> {
  type: 'checkbox'
}
export interface DateField extends BaseField<string | Date> {
  type: 'date'
}
export interface SelectField extends FieldOptions<string | string[]> {
  type: 'select'
  options: ReadonlyArray<string | SelectOption>
  hasMany?: boolean
}
export interface RadioField extends BaseField<string> {
  type: 'radio'
  options: ReadonlyArray<string | SelectOption>
}
export interface JSONField extends BaseField<unknown> {
  type: 'json'
  /** Most characters of the value written as JSON; default 100 000 (validation/scalar-validators.ts). */
  maxLength?: number
}
export interface RichTextField extends BaseField<unknown> {
  type: 'richText'
  /** Most characters of the document written as JSON; default 1 000 000 (validation/scalar-validators.ts). */
  maxLength?: number
}
/** Stored and returned as `[longitude, latitude]`. */
export interface PointField extends BaseField<[number, number]> {
  type: 'point'
}
export interface GroupField extends Omit<BaseField<Record<string, unknown>>, 'unique' | 'index' | 'validate'> {
  type: 'group'
  fields: Field[]
}
export interface ArrayField extends Omit<BaseField<unknown[]>, 'unique' | 'index'> {
  type: 'array'
  fields: Field[]
  minRows?: number
  maxRows?: number
}
export interface RelationshipField extends FieldOptions<unknown> {
  type: 'relationship'
  relationTo: string | string[]
  hasMany?: boolean
  minRows?: number
  maxRows?: number
  /** Caps population depth for this field only. */
  maxDepth?: number
}
export interface UploadField extends Omit<RelationshipField, 'type'> {
  type: 'upload'
}

export type Field =
  | TextField
  | TextareaField
  | EmailField
  | CodeField
  | NumberField
  | CheckboxField
  | DateField
  | SelectField
  | RadioField
  | JSONField
  | RichTextField
  | PointField
  | GroupField
  | ArrayField
  | RelationshipField
  | UploadField

export type FieldType = Field['type']
export type RelationField = RelationshipField | UploadField

export function isRelationField(field: Field): field is RelationField {
  return field.type === 'relationship' || field.type === 'upload'
}

/** A field whose value is a list of plain values (a select only with `hasMany: true`), one per row of a values table. */
export type HasManyValueField = SelectField | Extract<TextField | NumberField, { hasMany: true }>

export function isHasManyValueField(field: Field): field is HasManyValueField {
  return (field.type === 'select' || field.type === 'text' || field.type === 'number') && field.hasMany === true
}

/** Normalised `{ label, value }` options of a select or radio field. */
export function optionValues(field: SelectField | RadioField): string[] {
  return field.options.map((option) => (typeof option === 'string' ? option : option.value))
}
