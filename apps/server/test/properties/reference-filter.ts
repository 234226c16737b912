// The reference the database translations are compared with: Quire's documented `where`
// semantics (query/where-to-prisma.ts header, docs/queries.md#the-where-language) evaluated in memory on documents
// read back at depth 0. Written from the rules, not from the translator:
//   - and/or in any case; several keys AND; a branch that names no condition at all (`{}`,
//     `{ and: [] }`) is dropped, as Payload does;
//   - a positive condition holds when SOME value the path reaches passes (a to-one step
//     reaches 0 or 1 values, a to-many step one per row, null values reach nothing);
//   - every negated operator is the exact complement of its positive form;
//   - equals null = not exists; not_equals null = exists; a null in `in` adds "or not exists";
//     on id paths the string 'null' is null; `in` also takes a comma-separated string;
//   - like: every whitespace-separated word is a case-insensitive substring (no words: any
//     value); contains: the whole value as a substring; not_like: not contains. On non-text
//     values they mean equals; on select and relationship lists, contains is element equality
//     (an array: any of them) — on a hasMany text list it would be a substring of an item.
import type { Kind, PathSpec } from './where-paths.ts'
import { PATHS } from './where-paths.ts'

export type Doc = Record<string, unknown>

export interface Lookup {
  people: Map<number, Doc>
  topics: Map<number, Doc>
}

const SPECS = new Map(PATHS.map((spec) => [spec.path, spec]))

export function matches(where: unknown, doc: Doc, lookup: Lookup): boolean {
  const where_ = where as Record<string, unknown>
  for (const [key, value] of Object.entries(where_)) {
    if (value === undefined) continue
    const junction = key.toLowerCase()
    if (junction === 'and' || junction === 'or') {
      const branches = (value as unknown[]).filter((branch) => !isVacuous(branch))
      if (branches.length === 0) continue
      const results = branches.map((branch) => matches(branch, doc, lookup))
      if (junction === 'and' ? !results.every(Boolean) : !results.some(Boolean)) return false
      continue
    }
    for (const [operator, operand] of Object.entries(value as Record<string, unknown>)) {
      if (operand === undefined) continue
      if (!condition(SPECS.get(key)!, operator, operand, doc, lookup)) return false
    }
  }
  return true
}

export function isVacuous(where: unknown): boolean {
  return Object.entries(where as Record<string, unknown>).every(([key, value]) => value === undefined || (['and', 'or'].includes(key.toLowerCase()) && (value as unknown[]).every(isVacuous)))
}

/** Non-null values the path reaches in the document. */
function reach(spec: PathSpec, doc: Doc, lookup: Lookup): unknown[] {
  const owner = typeof doc.owner === 'number' ? lookup.people.get(doc.owner) : undefined
  const topics = ((doc.topics as number[] | undefined) ?? []).map((id) => lookup.topics.get(id)!)
  const rows = (doc.rows as Doc[] | undefined) ?? []
  const meta = (doc.meta as Doc | undefined) ?? {}
  const reached: Record<string, unknown[]> = {
    'meta.note': [meta.note],
    'meta.level': [meta.level],
    'rows.label': rows.map((row) => row.label),
    'rows.qty': rows.map((row) => row.qty),
    'owner.name': owner ? [owner.name] : [],
    'owner.rank': owner ? [owner.rank] : [],
    'topics.name': topics.map((topic) => topic.name),
    topics: topics.map((topic) => topic.id),
    colours: (doc.colours as unknown[] | undefined) ?? [],
    rows,
  }
  return (reached[spec.path] ?? [doc[spec.path]]).filter((value) => value !== null && value !== undefined)
}

function condition(spec: PathSpec, operator: string, operand: unknown, doc: Doc, lookup: Lookup): boolean {
  const values = reach(spec, doc, lookup)
  const isNull = (value: unknown) => value === null || (spec.kind === 'id' && value === 'null')
  const some = (test: (value: unknown) => boolean) => values.some(test)
  const exists = values.length > 0
  const equals = (wanted: unknown) => some((value) => same(spec.kind, value, wanted))
  const contains = (wanted: unknown) => (spec.shape === 'list' ? (Array.isArray(wanted) ? wanted.some(equals) : equals(wanted)) : spec.kind === 'text' ? some((value) => includes(value, wanted)) : equals(wanted))
  switch (operator) {
    case 'equals':
      return isNull(operand) ? !exists : equals(operand)
    case 'not_equals':
      return isNull(operand) ? exists : !equals(operand)
    case 'exists':
      return (operand === true || operand === 'true') === exists
    case 'in':
    case 'not_in': {
      const items = Array.isArray(operand) ? operand : typeof operand === 'string' ? operand.split(',') : [operand]
      const listed = items.filter((item) => !isNull(item))
      const positive = listed.some(equals) || (listed.length < items.length && !exists)
      return operator === 'in' ? positive : !positive
    }
    case 'like':
      if (spec.kind !== 'text') return equals(operand)
      return some((value) => words(String(operand)).every((word) => includes(value, word)))
    case 'not_like':
      return spec.kind !== 'text' ? !equals(operand) : !some((value) => includes(value, operand))
    case 'contains':
      return contains(operand)
    default:
      return some((value) => compare(spec.kind, value, operand, operator))
  }
}

function words(value: string): string[] {
  const split = value.split(/\s+/).filter((word) => word !== '')
  return split.length > 0 ? split : ['']
}

function includes(value: unknown, part: unknown): boolean {
  return String(value).toLowerCase().includes(String(part).toLowerCase())
}

function coerce(kind: Kind, value: unknown): string | number | boolean {
  switch (kind) {
    case 'text':
      return String(value)
    case 'number':
    case 'id':
      return Number(value)
    case 'boolean':
      return value === true || value === 'true'
    case 'date':
      return new Date(value as string).getTime()
  }
}

function same(kind: Kind, stored: unknown, wanted: unknown): boolean {
  return coerce(kind, stored) === coerce(kind, wanted)
}

function compare(kind: Kind, stored: unknown, wanted: unknown, operator: string): boolean {
  const a = coerce(kind, stored)
  const b = coerce(kind, wanted)
  if (operator === 'greater_than') return a > b
  if (operator === 'greater_than_equal') return a >= b
  if (operator === 'less_than') return a < b
  return a <= b
}
