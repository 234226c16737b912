// The paths of the where property test, what each reaches in a document read back at depth 0,
// and random `where` trees over them: every operator, null operands, `in` with nulls and as a
// comma-separated string, and/or in any case, several keys per object, vacuous branches.
// Ids are placeholders (`{ $ref, index }`) until a database has created the documents.
import fc from 'fast-check'
import { COLOURS, DATES, NUMBERS, REFS, STATUSES, text } from './where-world.ts'

export type Kind = 'text' | 'number' | 'boolean' | 'date' | 'id'
export type Ref = 'people' | 'topics' | 'things'

export interface PathSpec {
  path: string
  kind: Kind
  /** scalar: one value (possibly through to-one/to-many steps); list: value/link rows; rows: the array itself. */
  shape: 'scalar' | 'list' | 'rows'
  refTo?: Ref
}

export const PATHS: readonly PathSpec[] = [
  { path: 'title', kind: 'text', shape: 'scalar' },
  { path: 'status', kind: 'text', shape: 'scalar' },
  { path: 'meta.note', kind: 'text', shape: 'scalar' },
  { path: 'rows.label', kind: 'text', shape: 'scalar' },
  { path: 'owner.name', kind: 'text', shape: 'scalar' },
  { path: 'topics.name', kind: 'text', shape: 'scalar' },
  { path: 'score', kind: 'number', shape: 'scalar' },
  { path: 'meta.level', kind: 'number', shape: 'scalar' },
  { path: 'rows.qty', kind: 'number', shape: 'scalar' },
  { path: 'owner.rank', kind: 'number', shape: 'scalar' },
  { path: 'active', kind: 'boolean', shape: 'scalar' },
  { path: 'when', kind: 'date', shape: 'scalar' },
  { path: 'createdAt', kind: 'date', shape: 'scalar' },
  { path: 'id', kind: 'id', shape: 'scalar', refTo: 'things' },
  { path: 'owner', kind: 'id', shape: 'scalar', refTo: 'people' },
  { path: 'colours', kind: 'text', shape: 'list' },
  { path: 'topics', kind: 'id', shape: 'list', refTo: 'topics' },
  { path: 'rows', kind: 'text', shape: 'rows' },
]

export interface RefPlaceholder {
  $ref: Ref
  index: number
}
/** `in` as a comma-separated string, joined once refs are ids. */
export interface JoinPlaceholder {
  $join: unknown[]
}

function operand(spec: PathSpec): fc.Arbitrary<unknown> {
  switch (spec.kind) {
    case 'text':
      return spec.path === 'status' || spec.path === 'colours' ? fc.oneof(fc.constantFrom(...STATUSES, ...COLOURS), text) : text
    case 'number':
      return fc.oneof(fc.constantFrom(...NUMBERS), fc.constantFrom(...NUMBERS).map(String))
    case 'boolean':
      return fc.constantFrom(true, false, 'true', 'false')
    case 'date':
      return fc.constantFrom(...DATES, '2024-06-15', '2000-01-01T00:00:00.000Z', '2100-01-01T00:00:00.000Z')
    case 'id':
      return fc.nat(spec.refTo === 'things' ? 12 : REFS).map((index): RefPlaceholder => ({ $ref: spec.refTo!, index }))
  }
}

function condition(spec: PathSpec): fc.Arbitrary<Record<string, unknown>> {
  const existsOperand = fc.constantFrom(true, false, 'true', 'false')
  if (spec.shape === 'rows') return existsOperand.map((value) => ({ exists: value }))
  const value = operand(spec)
  const nullable = fc.oneof({ weight: 4, arbitrary: value }, { weight: 1, arbitrary: spec.kind === 'id' ? fc.constantFrom(null, 'null') : fc.constant(null) })
  const list = fc.oneof(
    fc.array(nullable, { maxLength: 3 }),
    fc.array(value, { minLength: 1, maxLength: 3 }).map((items): JoinPlaceholder => ({ $join: items })),
  )
  const pairs: Array<fc.Arbitrary<[string, unknown]>> = [
    nullable.map((v) => ['equals', v]),
    nullable.map((v) => ['not_equals', v]),
    existsOperand.map((v) => ['exists', v]),
    value.map((v) => ['like', v]),
    value.map((v) => ['not_like', v]),
    (spec.shape === 'list' ? fc.oneof(value, fc.array(value, { minLength: 1, maxLength: 2 })) : value).map((v) => ['contains', v]),
  ]
  pairs.push(list.map((v) => ['in', v]), list.map((v) => ['not_in', v]))
  // Checkboxes cannot be ordered (a QueryError, by design).
  if (spec.kind !== 'boolean') for (const op of ['greater_than', 'greater_than_equal', 'less_than', 'less_than_equal']) pairs.push(value.map((v) => [op, v]))
  return fc.array(fc.oneof(...pairs), { minLength: 1, maxLength: 2 }).map((entries) => Object.fromEntries(entries))
}

// Paths that can never be null (id, createdAt) get more weight: their `exists` filters nothing,
// which is where a translator is tempted to drop a branch it must keep.
const leaf = fc
  .oneof(...PATHS.map((spec) => ({ weight: spec.path === 'id' || spec.path === 'createdAt' ? 4 : 1, arbitrary: fc.constant(spec) })))
  .chain((spec) => condition(spec).map((cond) => ({ [spec.path]: cond })))

export const whereTree: fc.Arbitrary<Record<string, unknown>> = fc.letrec<{ where: Record<string, unknown> }>((tie) => ({
  where: fc.oneof(
    { depthSize: 'small', maxDepth: 3, withCrossShrink: true },
    { weight: 5, arbitrary: leaf },
    { weight: 4, arbitrary: fc.tuple(fc.constantFrom('and', 'or', 'AND', 'Or'), fc.array(tie('where'), { maxLength: 3 })).map(([junction, branches]) => ({ [junction]: branches })) },
    { weight: 1, arbitrary: fc.tuple(leaf, leaf).map(([a, b]) => ({ ...a, ...b })) },
    { weight: 1, arbitrary: fc.constant({}) },
  ),
})).where

/** Replaces placeholders with the ids one database gave (an index past the end is a missing id). */
export function materialize(value: unknown, ids: Record<Ref, number[]>): unknown {
  if (Array.isArray(value)) return value.map((item) => materialize(item, ids))
  if (value === null || typeof value !== 'object') return value
  if ('$ref' in value) {
    const { $ref, index } = value as RefPlaceholder
    return ids[$ref][index] ?? 999_999
  }
  if ('$join' in value) return ((value as JoinPlaceholder).$join.map((item) => materialize(item, ids)) as unknown[]).map(String).join(',')
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, materialize(item, ids)]))
}
