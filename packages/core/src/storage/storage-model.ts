// The storage model: how a sanitized config maps onto Prisma models, tables and columns.
// This is the one contract shared by the schema printer, the `where` translator and the
// document readers/writers, so none of them re-derives names on its own.
//
//   scalar fields            → one nullable column each (validation, not the DB, enforces `required`)
//   group                    → its fields flattened into the owner's columns (`meta_title`)
//   relationship (one, single target) → a foreign-key column + navigation field
//   relationship hasMany or polymorphic → a link table (`parent__id`, `order__index`, one FK per target)
//   select, text, number hasMany → a values table (`parent__id`, `order__index`, `value` typed like
//                              the single field's column: text, or a double for numbers)
//   array                    → a row table (`id` string, `parent__id`, `order__index`, the row's fields)
//   localized (`localized: true`) → one column per locale, or child rows carrying `locale__code`
//                              (localized-storage.ts)
//
// Besides the config's models, every schema has Quire's system models (`kind: 'system'`),
// whose columns are fixed (system-models.ts) rather than derived from fields: document locks,
// login sessions and pending upload files.
import type { ArrayField, Field, GroupField, HasManyValueField, RelationField } from '../config/fields.ts'
import type { GlobalConfig, SanitizedCollectionConfig } from '../config/types.ts'
import type { LocaleColumn } from './localized-storage.ts'
import type { LocalizationSettings } from '../localization/settings.ts'

export type ScalarKind = 'string' | 'float' | 'boolean' | 'datetime' | 'json'

interface StorageBase<TField extends Field> {
  /** The config field this node stores. */
  field: TField
  /** Path of the field relative to the row of its model (`['meta', 'title']`). */
  path: string[]
}

export interface ColumnStorage extends StorageBase<Field> {
  kind: 'column'
  /** The column; when `locales` is set, only the base of the per-locale names (no such column exists). */
  column: string
  scalar: ScalarKind
  /** Localized: one column per locale. */
  locales?: LocaleColumn[]
}

export interface GroupStorage extends StorageBase<GroupField> {
  kind: 'group'
  fields: FieldStorage[]
  /** Localized: every column inside has `locales`, every child table is localized. */
  localized: boolean
}

export interface ForeignKeyStorage extends StorageBase<RelationField> {
  kind: 'foreignKey'
  column: string
  /** Navigation field on the owner model, used for dot-path queries and sorts. */
  relation: string
  target: string
  /** Localized: one foreign-key column (with its own relation field) per locale. */
  locales?: LocaleColumn[]
}

export interface ArrayStorage extends StorageBase<ArrayField> {
  kind: 'array'
  /** Owner-side relation field listing the rows. */
  relation: string
  model: ModelStorage
  /** Rows carry `locale__code` (a localized array, or one inside a localized group). */
  localized: boolean
}

export interface LinkTarget {
  slug: string
  column: string
  relation: string
}

export interface LinksStorage extends StorageBase<RelationField> {
  kind: 'links'
  relation: string
  model: ModelStorage
  targets: LinkTarget[]
  polymorphic: boolean
  hasMany: boolean
  /** Rows carry `locale__code`. */
  localized: boolean
}

export interface ValuesStorage extends StorageBase<HasManyValueField> {
  kind: 'values'
  relation: string
  model: ModelStorage
  /** The type of the `value` column: what one item would be stored as in a column of its own. */
  scalar: ScalarKind
  /** Rows carry `locale__code`. */
  localized: boolean
}

export type FieldStorage =
  | ColumnStorage
  | GroupStorage
  | ForeignKeyStorage
  | ArrayStorage
  | LinksStorage
  | ValuesStorage

export type ModelKind = 'collection' | 'global' | 'array' | 'links' | 'values' | 'system'

/** A fixed column of a system model (`Int` autoincrement `id` and timestamps are implied). */
export interface SystemColumn {
  name: string
  scalar: ScalarKind
  optional: boolean
}

export interface SystemTable {
  columns: SystemColumn[]
  /** Each entry is one index over these columns, in order. */
  indexes: string[][]
  /** Each entry is one unique constraint over these columns. */
  uniques?: string[][]
}

export interface ModelStorage {
  kind: ModelKind
  name: string
  table: string
  delegate: string
  idType: 'int' | 'string'
  /** For child tables: the model whose rows own these rows (`parent__id`). */
  parent?: ModelStorage
  /** Data fields stored in this model (collections, globals and array rows). */
  fields: FieldStorage[]
  timestamps: boolean
  /** Only for `kind: 'system'`: the model's fixed columns. */
  system?: SystemTable
  /** The config's locales, on every model of a localized config (readers default to its `defaultLocale`). */
  localization?: LocalizationSettings
}

export interface CollectionStorage {
  slug: string
  config: SanitizedCollectionConfig
  model: ModelStorage
}

export interface GlobalStorage {
  slug: string
  config: GlobalConfig
  model: ModelStorage
}

export interface StorageSchema {
  collections: Map<string, CollectionStorage>
  globals: Map<string, GlobalStorage>
  /** Every model in config order, each parent before its children, then the system models (printing order). */
  models: ModelStorage[]
  /** Document locks (`locking/`): one row per lock, keyed by strings, no foreign keys. */
  locks: ModelStorage
  /** Login sessions (`auth/sessions.ts`): one row per token, keyed by the hash of its id. */
  sessions: ModelStorage
  /** Upload files written but not yet owned (`uploads/pending-files.ts`), keyed by collection and file name. */
  uploadPending: ModelStorage
  /** The config's locales, when it has `localization`. */
  localization?: LocalizationSettings
}

export function scalarKindOf(field: Field): ScalarKind | undefined {
  switch (field.type) {
    case 'text':
    case 'textarea':
    case 'email':
    case 'code':
    case 'radio':
      return 'string'
    case 'select':
      return 'string'
    case 'number':
      return 'float'
    case 'checkbox':
      return 'boolean'
    case 'date':
      return 'datetime'
    case 'json':
    case 'richText':
    case 'point':
      return 'json'
    default:
      return undefined
  }
}

export { buildStorageSchema } from './build-storage-schema.ts'

/** Walks every field storage of a model tree, depth first, groups included. */
export function* walkStorage(fields: FieldStorage[]): Generator<FieldStorage> {
  for (const storage of fields) {
    yield storage
    if (storage.kind === 'group') yield* walkStorage(storage.fields)
  }
}
