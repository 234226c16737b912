// Resolves a `where`/`sort` dot path against the storage model: the chain of Prisma
// navigation steps it crosses, and what it ends on. Driven only by storage-model.ts, so the
// translator never guesses a column name.
//
// A path ends on either one column of the last model (`ColumnLeaf`) or a list stored in a child
// table (`ListLeaf`: hasMany/polymorphic relationship links, hasMany select/text/number values,
// array rows), which `where` matches row by row.
//
// Localized fields (docs/queries.md#the-where-language, docs/localization.md): at the topmost localized field of the path the locale
// is chosen — the call's locale; with `locale: 'all'` the segment after the field when it is a
// locale code (`title.es`, `meta.es.title`), else the default locale. Below it, columns are that
// locale's columns and rows of localized child tables are that locale's rows (`locale` on the
// to-many step or list leaf). Crossing a relationship starts over in the related model.
import type { FieldStorage, LinkTarget, ModelStorage, ScalarKind, StorageSchema } from '../storage/storage-model.ts'
import { VALUE_COLUMN } from '../storage/names.ts'
import { APIError } from '../errors/api-error.ts'
import { defaultLocaleMode, type LocaleMode } from '../localization/locale-mode.ts'
import { columnIn, isLocalizedStorage, relationIn } from '../storage/localized-storage.ts'

/** How a value compared against a column is coerced and which operators make sense on it. */
export type ValueKind = 'text' | 'number' | 'boolean' | 'date' | 'json' | 'id' | 'rowId'

export type PathStep =
  /** A single foreign key: `{ [relation]: { is: … } }`; `column` is the nullable FK column. */
  | { kind: 'toOne'; relation: string; column: string; model: ModelStorage }
  /** Rows of a child table (array rows, link rows): `{ [relation]: { some | none: … } }`; of a localized table, the rows of `locale`. */
  | { kind: 'toMany'; relation: string; model: ModelStorage; locale?: string }

export interface ColumnLeaf {
  kind: 'column'
  column: string
  value: ValueKind
  /** False for `id` and timestamps; decides whether a sort may carry `nulls`. */
  nullable: boolean
}

/** What each row of a list is compared on. */
export type ListElement =
  /** `partial`: `contains` matches part of an item (hasMany text, as in Payload), not a whole one. */
  | { kind: 'column'; column: string; value: ValueKind; partial?: boolean }
  /** A polymorphic relationship itself: `{ relationTo, value }` or a bare id of any target. */
  | { kind: 'polymorphic'; targets: LinkTarget[] }
  /** `rel.value`: the id, whichever target it points to. */
  | { kind: 'polymorphicValue'; targets: LinkTarget[] }
  /** `rel.relationTo`: which target column of the link row is set. */
  | { kind: 'relationTo'; targets: LinkTarget[] }
  /** An array field itself: only its existence can be asked. */
  | { kind: 'rows' }

export interface ListLeaf {
  kind: 'list'
  relation: string
  model: ModelStorage
  element: ListElement
  /** A localized table: only rows of this locale count. */
  locale?: string
}

export type PathLeaf = ColumnLeaf | ListLeaf

export interface ResolvedPath {
  steps: PathStep[]
  leaf: PathLeaf
}

const VALUE_KIND_OF_SCALAR: Record<ScalarKind, ValueKind> = {
  string: 'text',
  float: 'number',
  boolean: 'boolean',
  datetime: 'date',
  json: 'json',
}

export function collectionModel(schema: StorageSchema, collection: string): ModelStorage {
  const storage = schema.collections.get(collection)
  if (!storage) throw new APIError(`The collection with slug ${collection} can't be found.`, 400)
  return storage.model
}

/** Where a path stands with respect to locales. */
interface Locating {
  mode: LocaleMode | undefined
  /** Set below the topmost localized field: the locale chosen there. */
  current?: string
}

/** `undefined` when the path names nothing queryable; the caller reports it. `locale`: default locale when absent. */
export function resolvePath(schema: StorageSchema, model: ModelStorage, path: string, locale?: LocaleMode): ResolvedPath | undefined {
  const segments = path.split('.')
  if (segments.some((segment) => segment === '')) return undefined
  return resolveInModel(schema, model, segments, [], { mode: locale ?? defaultLocaleMode(schema.localization) })
}

function resolveInModel(
  schema: StorageSchema,
  model: ModelStorage,
  segments: string[],
  steps: PathStep[],
  at: Locating,
): ResolvedPath | undefined {
  const [head, ...rest] = segments
  if (head === 'id' && rest.length === 0) {
    return { steps, leaf: { kind: 'column', column: 'id', value: model.idType === 'int' ? 'id' : 'rowId', nullable: false } }
  }
  if (model.timestamps && (head === 'createdAt' || head === 'updatedAt') && rest.length === 0) {
    return { steps, leaf: { kind: 'column', column: head, value: 'date', nullable: false } }
  }
  return resolveInFields(schema, model.fields, segments, steps, at)
}

function resolveInFields(
  schema: StorageSchema,
  fields: FieldStorage[],
  segments: string[],
  steps: PathStep[],
  outer: Locating,
): ResolvedPath | undefined {
  const [head, ...after] = segments
  const node = fields.find((storage) => storage.field.name === head)
  if (!node) return undefined
  let rest = after
  let at = outer
  if (at.current === undefined && isLocalizedStorage(node)) {
    const chosen = chooseLocale(at.mode, rest)
    if (!chosen) return undefined
    rest = rest.slice(chosen.consumed)
    at = { ...at, current: chosen.locale }
  }
  const rowsLocale = 'localized' in node && node.localized ? { locale: at.current } : {}
  const fresh: Locating = { mode: at.mode }
  switch (node.kind) {
    case 'column':
      return rest.length === 0 ? { steps, leaf: { kind: 'column', column: columnIn(node, at.current), value: VALUE_KIND_OF_SCALAR[node.scalar], nullable: true } } : undefined
    case 'group':
      return rest.length === 0 ? undefined : resolveInFields(schema, node.fields, rest, steps, at)
    case 'foreignKey': {
      const column = columnIn(node, at.current)
      // `rel.id` means the relationship itself (Payload normalises it the same way).
      if (rest.length === 0 || (rest.length === 1 && rest[0] === 'id')) return { steps, leaf: { kind: 'column', column, value: 'id', nullable: true } }
      const target = schema.collections.get(node.target)
      if (!target) return undefined
      return resolveInModel(schema, target.model, rest, [...steps, { kind: 'toOne', relation: relationIn(node, at.current), column, model: target.model }], fresh)
    }
    case 'array': {
      if (rest.length === 0) return { steps, leaf: { kind: 'list', relation: node.relation, model: node.model, element: { kind: 'rows' }, ...rowsLocale } }
      return resolveInModel(schema, node.model, rest, [...steps, { kind: 'toMany', relation: node.relation, model: node.model, ...rowsLocale }], at)
    }
    case 'values':
      return rest.length === 0
        ? { steps, leaf: { kind: 'list', relation: node.relation, model: node.model, element: { kind: 'column', column: VALUE_COLUMN, value: VALUE_KIND_OF_SCALAR[node.scalar], ...(node.field.type === 'text' ? { partial: true } : {}) }, ...rowsLocale } }
        : undefined
    case 'links':
      return node.polymorphic ? resolvePolymorphic(node, rest, steps, rowsLocale) : resolveLinks(schema, node, rest, steps, rowsLocale, fresh)
  }
}

/** The locale of a path's topmost localized field, and how many segments named it (`title.es`). */
function chooseLocale(mode: LocaleMode | undefined, rest: string[]): { locale: string; consumed: number } | undefined {
  if (!mode) return undefined
  if (mode.kind === 'one') return { locale: mode.locale, consumed: 0 }
  const named = rest[0]
  return named !== undefined && mode.locales.includes(named) ? { locale: named, consumed: 1 } : { locale: mode.defaultLocale, consumed: 0 }
}

type LinksNode = Extract<FieldStorage, { kind: 'links' }>
type RowsLocale = { locale?: string }

function resolveLinks(schema: StorageSchema, node: LinksNode, rest: string[], steps: PathStep[], rowsLocale: RowsLocale, fresh: Locating): ResolvedPath | undefined {
  const target = node.targets[0]!
  if (rest.length === 0 || (rest.length === 1 && rest[0] === 'id')) {
    return { steps, leaf: { kind: 'list', relation: node.relation, model: node.model, element: { kind: 'column', column: target.column, value: 'id' }, ...rowsLocale } }
  }
  const targetModel = schema.collections.get(target.slug)?.model
  if (!targetModel) return undefined
  return resolveInModel(
    schema,
    targetModel,
    rest,
    [...steps, { kind: 'toMany', relation: node.relation, model: node.model, ...rowsLocale }, { kind: 'toOne', relation: target.relation, column: target.column, model: targetModel }],
    fresh,
  )
}

/** Fields inside polymorphic targets cannot be queried (as in Payload). */
function resolvePolymorphic(node: LinksNode, rest: string[], steps: PathStep[], rowsLocale: RowsLocale): ResolvedPath | undefined {
  const list = (element: ListElement): ResolvedPath => ({ steps, leaf: { kind: 'list', relation: node.relation, model: node.model, element, ...rowsLocale } })
  if (rest.length === 0) return list({ kind: 'polymorphic', targets: node.targets })
  if (rest.length === 1 && rest[0] === 'value') return list({ kind: 'polymorphicValue', targets: node.targets })
  if (rest.length === 1 && rest[0] === 'relationTo') return list({ kind: 'relationTo', targets: node.targets })
  return undefined
}
