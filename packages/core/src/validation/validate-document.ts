// Validates incoming data against the fields and returns it normalised (dates as Date,
// relationship ids as numbers) together with every failing { path, message }.
//   create: every field is checked; missing required fields fail; custom `validate` always runs.
//   update: only fields present in `data` are checked (absent ones keep their stored value);
//           a present group is checked field by field; a present array is checked as a whole.
// A hasMany text or number value is a list: its count is checked at the field, its items at
// `field.index` (value-list.ts); `required` means at least one item.
import type { Field } from '../config/fields.ts'
import { isRelationField } from '../config/fields.ts'
import type { DocumentData } from '../config/hooks-and-access.ts'
import type { FieldError } from '../errors/api-error.ts'
import { checkRelationship, type RelationReference } from './relationship-values.ts'
import { checkScalar } from './scalar-validators.ts'
import { checkValueList } from './value-list.ts'

export interface ValidationInput {
  fields: Field[]
  data: DocumentData
  originalDoc?: DocumentData
  operation: 'create' | 'update'
}

export interface ValidationOutput {
  data: DocumentData
  errors: FieldError[]
  references: RelationReference[]
}

/** Types whose empty string is a value worth keeping when the field is optional. */
const TEXT_LIKE = new Set(['text', 'textarea', 'code'])

interface Walk {
  input: ValidationInput
  errors: FieldError[]
  references: RelationReference[]
  pending: Promise<void>[]
}

export async function validateDocument(input: ValidationInput): Promise<ValidationOutput> {
  const walk: Walk = { input, errors: [], references: [], pending: [] }
  const data = validateFields(walk, input.fields, input.data, '', input.operation === 'create')
  await Promise.all(walk.pending)
  return { data, errors: walk.errors, references: walk.references }
}

function validateFields(walk: Walk, fields: Field[], sibling: DocumentData, prefix: string, complete: boolean): DocumentData {
  const out: DocumentData = {}
  for (const field of fields) {
    const present = Object.prototype.hasOwnProperty.call(sibling, field.name)
    if (!present && !complete) continue
    const path = `${prefix}${field.name}`
    const value = sibling[field.name]
    const normalised = validateField(walk, field, value, path)
    if (present) out[field.name] = normalised
    runCustomValidate(walk, field, value, path, sibling)
  }
  return out
}

function validateField(walk: Walk, field: Field, value: unknown, path: string): unknown {
  if (field.type === 'group') {
    if (value === null || value === undefined) return value === null ? null : undefined
    if (!isRecord(value)) return fail(walk, path, 'This field must be an object.')
    return validateFields(walk, field.fields, value, `${path}.`, walk.input.operation === 'create')
  }
  if (isEmpty(value, field)) {
    if (field.required) fail(walk, path, 'This field is required.')
    if (field.type === 'array' || field.hasMany) return []
    return value === '' && TEXT_LIKE.has(field.type) ? '' : null
  }
  if (field.type === 'array') return validateRows(walk, field, value, path)
  if (isRelationField(field)) return settle(walk, path, checkRelationship(field, value, path, walk.references))
  if ((field.type === 'text' || field.type === 'number') && field.hasMany) {
    const checked = checkValueList(field, value, path)
    walk.errors.push(...checked.errors)
    return checked.value
  }
  return settle(walk, path, checkScalar(field, value))
}

function validateRows(walk: Walk, field: Extract<Field, { type: 'array' }>, value: unknown, path: string): unknown {
  if (!Array.isArray(value)) return fail(walk, path, 'This field must be a list of rows.')
  if (field.minRows !== undefined && value.length < field.minRows) fail(walk, path, `This field requires at least ${field.minRows} row(s).`)
  if (field.maxRows !== undefined && value.length > field.maxRows) fail(walk, path, `This field requires no more than ${field.maxRows} row(s).`)
  return value.map((row, index) => {
    if (!isRecord(row)) return fail(walk, `${path}.${index}`, 'Each row must be an object.')
    const normalised = validateFields(walk, field.fields, row, `${path}.${index}.`, true)
    return typeof row.id === 'string' ? { id: row.id, ...normalised } : normalised
  })
}

function runCustomValidate(walk: Walk, field: Field, value: unknown, path: string, sibling: DocumentData): void {
  if (!('validate' in field) || typeof field.validate !== 'function') return
  const { input } = walk
  const validate = field.validate as (value: unknown, context: object) => true | string | Promise<true | string>
  walk.pending.push(
    Promise.resolve(validate(value, { data: { ...input.originalDoc, ...input.data }, siblingData: sibling, originalDoc: input.originalDoc, operation: input.operation, path })).then((result) => {
      if (result !== true) fail(walk, path, typeof result === 'string' && result !== '' ? result : 'This field is invalid.')
    }),
  )
}

function settle(walk: Walk, path: string, checked: { value: unknown } | { error: string }): unknown {
  return 'error' in checked ? fail(walk, path, checked.error) : checked.value
}

function fail(walk: Walk, path: string, message: string): undefined {
  walk.errors.push({ path, message })
  return undefined
}

function isEmpty(value: unknown, field: Field): boolean {
  if (value === undefined || value === null) return true
  if (value === '' && field.type !== 'json' && field.type !== 'richText') return true
  return Array.isArray(value) && value.length === 0 && (field.type === 'array' || field.hasMany === true)
}

function isRecord(value: unknown): value is DocumentData {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
