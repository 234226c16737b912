// Field-level checks of the config sanitizer. Each problem names its exact path and the fix;
// the caller collects them all so one run reports every mistake.
import type { Field } from './fields.ts'
import { isRelationField, optionValues } from './fields.ts'
import { checkHasMany } from './sanitize-has-many.ts'
import { checkHooks } from './check-hooks.ts'

const FIELD_NAME = /^[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)*$/
const KNOWN_TYPES = new Set([
  'text', 'textarea', 'email', 'code', 'number', 'checkbox', 'date', 'select', 'radio',
  'json', 'richText', 'point', 'group', 'array', 'relationship', 'upload',
])
/** Names the storage, the query language or Prisma's filter operators already use. */
const RESERVED_EVERYWHERE = new Set(['and', 'or', 'AND', 'OR', 'NOT', 'salt', 'hash', '__v', 'file'])
const RESERVED_TOP_LEVEL = new Set(['id', 'createdAt', 'updatedAt'])

export interface FieldScope {
  /** Slugs a relationship may point at. */
  collectionSlugs: string[]
  /** Whether these fields sit inside an array row (unique cannot be enforced per document there). */
  insideArray: boolean
  topLevel: boolean
  /** Whether the config has `localization` (without it, `localized: true` has no locales to store). */
  localization?: boolean
}

export function checkFields(fields: unknown, path: string, scope: FieldScope, problems: string[]): void {
  if (!Array.isArray(fields)) {
    problems.push(`${path}: must be an array of fields`)
    return
  }
  const seen = new Set<string>()
  fields.forEach((candidate: Field, index) => {
    const name = typeof candidate?.name === 'string' ? candidate.name : `[${index}]`
    const at = `${path}.${name}`
    if (typeof candidate?.name !== 'string' || !FIELD_NAME.test(candidate.name)) {
      problems.push(`${at}.name: must start with a letter and use letters, digits and single underscores (got ${JSON.stringify(candidate?.name)})`)
      return
    }
    if (seen.has(name)) problems.push(`${at}: duplicate field name "${name}"; each field in one list needs its own name`)
    seen.add(name)
    if (RESERVED_EVERYWHERE.has(name) || (scope.topLevel && RESERVED_TOP_LEVEL.has(name)) || (scope.insideArray && name === 'id')) {
      problems.push(`${at}: "${name}" is reserved by Quire; rename the field`)
    }
    if (!KNOWN_TYPES.has(candidate.type)) {
      problems.push(`${at}.type: unknown field type ${JSON.stringify(candidate.type)} (known: ${[...KNOWN_TYPES].join(', ')})`)
      return
    }
    checkField(candidate, at, scope, problems)
  })
}

function checkField(field: Field, at: string, scope: FieldScope, problems: string[]): void {
  if (field.localized && !scope.localization) {
    problems.push(`${at}.localized: the config has no \`localization\`; add localization: { locales: ['en', 'zh'], defaultLocale: 'en' } to the config, or remove "localized"`)
  }
  if ('unique' in field && field.unique && scope.insideArray) {
    problems.push(`${at}.unique: unique cannot be enforced inside an array; remove it or move the field out of the array`)
  }
  checkRange(field, 'min', 'max', at, problems)
  checkRange(field, 'minLength', 'maxLength', at, problems)
  checkRange(field, 'minRows', 'maxRows', at, problems)
  checkHasMany(field, at, problems)
  for (const hook of ['validate'] as const) {
    if (hook in field && field[hook] !== undefined && typeof field[hook] !== 'function') {
      problems.push(`${at}.${hook}: must be a function returning true or an error message`)
    }
  }
  checkHooks(field.hooks, `${at}.hooks`, 'field', problems)
  switch (field.type) {
    case 'select':
    case 'radio':
      checkOptions(field, at, problems)
      break
    case 'group':
      checkFields(field.fields, `${at}.fields`, { ...scope, topLevel: false }, problems)
      if (Array.isArray(field.fields) && field.fields.length === 0) problems.push(`${at}.fields: a group needs at least one field`)
      break
    case 'array':
      checkFields(field.fields, `${at}.fields`, { ...scope, topLevel: false, insideArray: true }, problems)
      if (Array.isArray(field.fields) && field.fields.length === 0) problems.push(`${at}.fields: an array needs at least one field`)
      break
    case 'relationship':
    case 'upload':
      checkRelation(field, at, scope, problems)
      break
  }
}

function checkRange(field: Field, low: string, high: string, at: string, problems: string[]): void {
  const record = field as unknown as Record<string, unknown>
  for (const key of [low, high]) {
    const value = record[key]
    if (value !== undefined && (typeof value !== 'number' || !Number.isFinite(value))) {
      problems.push(`${at}.${key}: must be a finite number`)
    }
  }
  const min = record[low]
  const max = record[high]
  if (typeof min === 'number' && typeof max === 'number' && min > max) {
    problems.push(`${at}: ${low} (${min}) is greater than ${high} (${max})`)
  }
}

function checkOptions(field: Extract<Field, { type: 'select' | 'radio' }>, at: string, problems: string[]): void {
  if (!Array.isArray(field.options) || field.options.length === 0) {
    problems.push(`${at}.options: list at least one option`)
    return
  }
  const values = optionValues(field)
  if (values.some((value) => typeof value !== 'string' || value === '')) {
    problems.push(`${at}.options: every option value must be a non-empty string`)
  }
  const duplicate = values.find((value, index) => values.indexOf(value) !== index)
  if (duplicate !== undefined) problems.push(`${at}.options: duplicate option value "${duplicate}"`)
  const defaults = field.defaultValue
  if (defaults !== undefined && typeof defaults !== 'function') {
    const list = Array.isArray(defaults) ? defaults : [defaults]
    const unknown = list.find((value) => !values.includes(String(value)))
    if (unknown !== undefined) problems.push(`${at}.defaultValue: "${String(unknown)}" is not one of the options (${values.join(', ')})`)
  }
}

function checkRelation(field: Extract<Field, { type: 'relationship' | 'upload' }>, at: string, scope: FieldScope, problems: string[]): void {
  if (!isRelationField(field)) return
  const targets = Array.isArray(field.relationTo) ? field.relationTo : [field.relationTo]
  if (targets.length === 0) problems.push(`${at}.relationTo: name at least one collection`)
  for (const target of targets) {
    if (!scope.collectionSlugs.includes(target)) {
      problems.push(`${at}.relationTo: unknown collection ${JSON.stringify(target)} (known: ${scope.collectionSlugs.join(', ')})`)
    }
  }
  if (new Set(targets).size !== targets.length) problems.push(`${at}.relationTo: lists a collection twice`)
  if (field.unique && (field.hasMany || Array.isArray(field.relationTo))) {
    problems.push(`${at}.unique: unique is only supported on single, one-collection relationships`)
  }
  if (field.maxDepth !== undefined && (!Number.isInteger(field.maxDepth) || field.maxDepth < 0)) {
    problems.push(`${at}.maxDepth: must be a whole number ≥ 0`)
  }
}

/**
 * Defaults Payload's sanitizer fills in: a required checkbox without a default gets `false`, so
 * a document created without it is valid (Payload's sanitizeFields does the same). Lists without
 * such a field are returned as they are.
 */
export function withFieldDefaults(fields: Field[]): Field[] {
  let changed = false
  const next = fields.map((field): Field => {
    let result: Field = field
    if (field.type === 'checkbox' && field.required && field.defaultValue === undefined) result = { ...field, defaultValue: false }
    else if (field.type === 'group' || field.type === 'array') {
      const children = withFieldDefaults(field.fields)
      if (children !== field.fields) result = { ...field, fields: children }
    }
    changed ||= result !== field
    return result
  })
  return changed ? next : fields
}
