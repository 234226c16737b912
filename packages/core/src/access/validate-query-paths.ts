// When access is enforced, a where or sort may not touch a field the user cannot read
// (field read access, or hidden): answering such queries would leak the field's value one
// bit at a time. The error is the same QueryError as an unknown path (docs/queries.md#the-where-language), and
// the access rules' own Where constraints are not checked (they may use hidden fields).
// Callers pass the sort that will really run (the collection's `defaultSort` when the call
// has none), so a default order cannot leak what an explicit sort may not. As in Payload, a
// refused path is named from the collection its field belongs to: `author.secret` is reported
// as `secret` (the field of the related collection), `meta.secret` as `meta.secret`.
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
    const unreadable = await unreadableField(config, collection, path.split('.'), req)
    if (unreadable !== undefined) denied.push(unreadable)
  }
  if (denied.length > 0) throw QueryError.forPaths(denied)
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

/**
 * Walks the path through the config and returns the name of the first field the user cannot
 * read (relative to the collection it belongs to), or undefined. Unknown segments are left to
 * the translator to reject.
 */
async function unreadableField(config: SanitizedConfig, collection: string, path: string[], req: QuireRequest): Promise<string | undefined> {
  let fields: readonly Field[] | undefined = config.collections.find((candidate) => candidate.slug === collection)?.fields
  const segments = withoutLocaleSegments(config, fields, path)
  let collectionStart = 0
  for (const [index, segment] of segments.entries()) {
    if (!fields) return undefined
    if (SYSTEM_PATHS.has(segment)) return undefined
    const field: Field | undefined = fields.find((candidate) => candidate.name === segment)
    if (!field) return undefined
    if (!(await canReadField(field, req))) return segments.slice(collectionStart, index + 1).join('.')
    if (field.type === 'group' || field.type === 'array') fields = field.fields
    else if (isRelationField(field) && !Array.isArray(field.relationTo) && index < segments.length - 1) {
      const target = field.relationTo
      fields = config.collections.find((candidate) => candidate.slug === target)?.fields
      collectionStart = index + 1
    } else fields = undefined
  }
  return undefined
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
