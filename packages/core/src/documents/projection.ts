// Turns a Payload `select` into the list of fields to read, so the database query itself
// asks only for those columns and child tables (docs/population.md#select). Hidden fields are dropped
// here too, unless the caller asked for them: what is never read can never leak.
import { QueryError } from '../errors/api-error.ts'
import type { SelectType } from '../local-api-types.ts'
import type { FieldStorage } from '../storage/storage-model.ts'

export interface ProjectedField {
  storage: FieldStorage
  /** Projection of a group's or array row's own fields; undefined = all of them. */
  children?: ProjectedField[]
}

export interface ProjectionOptions {
  select?: SelectType
  showHiddenFields?: boolean
}

type Mode = 'include' | 'exclude'

export function projectFields(fields: FieldStorage[], options: ProjectionOptions): ProjectedField[] {
  const mode = options.select ? selectMode(options.select) : undefined
  return project(fields, options.select, mode, options.showHiddenFields ?? false)
}

function project(fields: FieldStorage[], select: SelectType | undefined, mode: Mode | undefined, showHidden: boolean): ProjectedField[] {
  const projected: ProjectedField[] = []
  for (const storage of fields) {
    if (storage.field.hidden && !showHidden) continue
    const entry = select?.[storage.field.name]
    if (select && mode === 'include' && (entry === undefined || entry === false)) continue
    if (select && mode === 'exclude' && entry === false) continue
    const nested = typeof entry === 'object' ? entry : undefined
    if (storage.kind === 'group') {
      projected.push({ storage, children: project(storage.fields, nested, nested ? mode : undefined, showHidden) })
    } else if (storage.kind === 'array') {
      projected.push({ storage, children: project(storage.model.fields, nested, nested ? mode : undefined, showHidden) })
    } else {
      projected.push({ storage })
    }
  }
  return projected
}

/** Include mode as soon as any leaf is `true`; `{}` is include mode with nothing (only `id`). */
function selectMode(select: SelectType): Mode {
  const leaves: boolean[] = []
  const collect = (node: SelectType): void => {
    for (const value of Object.values(node)) {
      if (typeof value === 'boolean') leaves.push(value)
      else if (value && typeof value === 'object') collect(value)
      else throw new QueryError('select values must be true, false or a nested select object')
    }
  }
  collect(select)
  if (leaves.length === 0) return 'include'
  const includes = leaves.some(Boolean)
  if (includes && leaves.some((leaf) => !leaf)) {
    throw new QueryError('select cannot mix included (true) and excluded (false) fields')
  }
  return includes ? 'include' : 'exclude'
}

/** Timestamps are not fields, but `select` reaches them by name like fields. */
export function projectTimestamps(select: SelectType | undefined): { createdAt: boolean; updatedAt: boolean } {
  if (!select) return { createdAt: true, updatedAt: true }
  const include = selectMode(select) === 'include'
  const wanted = (name: string): boolean => (include ? select[name] === true : select[name] !== false)
  return { createdAt: wanted('createdAt'), updatedAt: wanted('updatedAt') }
}
