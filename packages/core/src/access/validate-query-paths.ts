// When access is enforced, a where or sort may not touch a field the user cannot read
// (field read access, or hidden): answering such queries would leak the field's value one
// bit at a time. The error is the same QueryError as an unknown path (reference §3), and
// the access rules' own Where constraints are not checked (they may use hidden fields).
import type { Field } from '../config/fields.ts'
import { isRelationField } from '../config/fields.ts'
import type { QuireRequest } from '../config/hooks-and-access.ts'
import type { SanitizedConfig } from '../config/types.ts'
import { QueryError } from '../errors/api-error.ts'
import type { Sort, Where } from '../query/where-types.ts'
import { canReadField } from './field-access.ts'
import { localizationSettings } from '../localization/settings.ts'

const SYSTEM_PATHS = new Set(['id', 'createdAt', 'updatedAt'])

export async function assertReadablePaths(config: SanitizedConfig, collection: string, where: Where | undefined, sort: Sort | undefined, req: QuireRequest): Promise<void> {
  const paths = [...wherePaths(where), ...sortPaths(sort)]
  const denied: string[] = []
  for (const path of new Set(paths)) {
    if (!(await isReadable(config, collection, path.split('.'), req))) denied.push(path)
  }
  if (denied.length > 0) throw new QueryError(`The following path(s) cannot be queried: ${denied.join(', ')}`, denied)
}

function wherePaths(where: Where | undefined): string[] {
  if (!where || typeof where !== 'object') return []
  return Object.entries(where).flatMap(([key, value]) => {
    const lower = key.toLowerCase()
    if ((lower === 'and' || lower === 'or') && Array.isArray(value)) return value.flatMap((branch) => wherePaths(branch as Where))
    return [key]
  })
}

function sortPaths(sort: Sort | undefined): string[] {
  const list = Array.isArray(sort) ? sort : typeof sort === 'string' ? sort.split(',') : []
  return list.map((entry) => entry.trim().replace(/^-/, '')).filter(Boolean)
}

/** Walks the path through the config; unknown segments are left to the translator to reject. */
async function isReadable(config: SanitizedConfig, collection: string, path: string[], req: QuireRequest): Promise<boolean> {
  let fields: readonly Field[] | undefined = config.collections.find((candidate) => candidate.slug === collection)?.fields
  const segments = withoutLocaleSegments(config, fields, path)
  for (const [index, segment] of segments.entries()) {
    if (!fields) return true
    if (SYSTEM_PATHS.has(segment)) return true
    const field: Field | undefined = fields.find((candidate) => candidate.name === segment)
    if (!field) return true
    if (!(await canReadField(field, req))) return false
    if (field.type === 'group' || field.type === 'array') fields = field.fields
    else if (isRelationField(field) && !Array.isArray(field.relationTo) && index < segments.length - 1) {
      const target = field.relationTo
      fields = config.collections.find((candidate) => candidate.slug === target)?.fields
    } else fields = undefined
  }
  return true
}

/**
 * `title.es` / `meta.es.title` (locale 'all') name a locale after a localized field; the locale
 * is not a field, so it is dropped before the walk (otherwise the walk would stop at it and
 * never check `meta.title`).
 */
function withoutLocaleSegments(config: SanitizedConfig, fields: readonly Field[] | undefined, path: string[]): string[] {
  const codes = localizationSettings(config.localization)?.codes
  if (!codes) return path
  const segments: string[] = []
  let current = fields
  for (let index = 0; index < path.length; index += 1) {
    const segment = path[index]!
    segments.push(segment)
    const field = current?.find((candidate) => candidate.name === segment)
    if (field?.localized && codes.includes(path[index + 1] ?? '')) index += 1
    if (field && (field.type === 'group' || field.type === 'array')) current = field.fields
    else if (field && isRelationField(field) && !Array.isArray(field.relationTo)) current = config.collections.find((candidate) => candidate.slug === field.relationTo)?.fields
    else current = undefined
  }
  return segments
}
