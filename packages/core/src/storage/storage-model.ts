// The storage model: how a sanitized config maps onto Prisma models, tables and columns.
// This is the one contract shared by the schema printer, the `where` translator and the
// document readers/writers, so none of them re-derives names on its own.
//
//   scalar fields            → one nullable column each (validation, not the DB, enforces `required`)
//   group                    → its fields flattened into the owner's columns (`meta_title`)
//   relationship (one, single target) → a foreign-key column + navigation field
//   relationship hasMany or polymorphic → a link table (`parent__id`, `order__index`, one FK per target)
//   select hasMany           → a values table (`parent__id`, `order__index`, `value`)
//   array                    → a row table (`id` string, `parent__id`, `order__index`, the row's fields)
//   localized (`localized: true`) → one column per locale, or child rows carrying `locale__code`
//                              (localized-storage.ts)
//
// Besides the config's models, every schema has Quire's system models (`kind: 'system'`),
// whose columns are fixed (system-models.ts) rather than derived from fields: document locks and
// login sessions.
import type { ArrayField, Field, GroupField, RelationField, SelectField } from '../config/fields.ts'
import { isRelationField } from '../config/fields.ts'
import type { GlobalConfig, SanitizedCollectionConfig, SanitizedConfig } from '../config/types.ts'
import {
  childModelName,
  childTableName,
  columnNameForPath,
  delegateNameForModel,
  linkColumnForTarget,
  modelNameForSlug,
  relationFieldForColumn,
  tableNameForSlug,
} from './names.ts'
import { locksModel, sessionsModel } from './system-models.ts'
import { localeColumns, type LocaleColumn } from './localized-storage.ts'
import { localizationSettings, type LocalizationSettings } from '../localization/settings.ts'

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

export interface ValuesStorage extends StorageBase<SelectField> {
  kind: 'values'
  relation: string
  model: ModelStorage
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

interface Build {
  /** Every model so far, in printing order. */
  models: ModelStorage[]
  localization: LocalizationSettings | undefined
  /** Inside a localized group: these fields get columns (and tables) per locale. */
  perLocale: boolean
  /** Inside a localized subtree: a nested `localized` changes nothing (reference §5). */
  inLocalized: boolean
}

function makeModel(
  kind: ModelKind,
  name: string,
  table: string,
  idType: 'int' | 'string',
  parent: ModelStorage | undefined,
  timestamps: boolean,
  localization?: LocalizationSettings,
): ModelStorage {
  const model: ModelStorage = { kind, name, table, delegate: delegateNameForModel(name), idType, parent, fields: [], timestamps }
  if (localization) model.localization = localization
  return model
}

/** Builds the storage of `fields` into `model`, appending child models to `build.models`. */
function addFields(model: ModelStorage, fields: Field[], prefix: string[], build: Build): FieldStorage[] {
  return fields.map((field) => storageForField(model, field, [...prefix, field.name], build))
}

function storageForField(model: ModelStorage, field: Field, path: string[], build: Build): FieldStorage {
  const { models, localization } = build
  const localizesHere = Boolean(localization && field.localized && !build.inLocalized)
  const localized = build.perLocale || localizesHere
  const locales = localized && localization ? localization.codes : undefined
  const inLocalized = build.inLocalized || localized
  if (field.type === 'group') {
    return { kind: 'group', field, path, localized, fields: addFields(model, field.fields, path, { ...build, perLocale: localized, inLocalized }) }
  }
  if (field.type === 'array') {
    const rows = makeModel('array', childModelName(model.name, path), childTableName(model.table, path), 'string', model, false, localization)
    models.push(rows)
    // A row belongs to one locale already, so its own fields need no per-locale columns.
    rows.fields = addFields(rows, field.fields, [], { ...build, perLocale: false, inLocalized })
    return { kind: 'array', field, path, relation: columnNameForPath(path), model: rows, localized }
  }
  if (isRelationField(field)) {
    const targets = Array.isArray(field.relationTo) ? field.relationTo : [field.relationTo]
    const polymorphic = Array.isArray(field.relationTo)
    if (!polymorphic && !field.hasMany) {
      const column = columnNameForPath(path)
      const foreignKey: ForeignKeyStorage = { kind: 'foreignKey', field, path, column, relation: relationFieldForColumn(column), target: targets[0]! }
      if (locales) foreignKey.locales = localeColumns(column, locales, true)
      return foreignKey
    }
    const links = makeModel('links', childModelName(model.name, path), childTableName(model.table, path), 'int', model, false, localization)
    models.push(links)
    return {
      kind: 'links',
      field,
      path,
      relation: columnNameForPath(path),
      model: links,
      polymorphic,
      hasMany: Boolean(field.hasMany),
      localized,
      targets: targets.map((slug) => {
        const column = linkColumnForTarget(slug)
        return { slug, column, relation: relationFieldForColumn(column) }
      }),
    }
  }
  if (field.type === 'select' && field.hasMany) {
    const values = makeModel('values', childModelName(model.name, path), childTableName(model.table, path), 'int', model, false, localization)
    models.push(values)
    return { kind: 'values', field, path, relation: columnNameForPath(path), model: values, scalar: 'string', localized }
  }
  const scalar = scalarKindOf(field)
  if (!scalar) throw new Error(`No storage for field type "${field.type}"`)
  const column: ColumnStorage = { kind: 'column', field, path, column: columnNameForPath(path), scalar }
  if (locales) column.locales = localeColumns(column.column, locales, false)
  return column
}

export function buildStorageSchema(config: Pick<SanitizedConfig, 'collections' | 'globals' | 'localization'>): StorageSchema {
  const models: ModelStorage[] = []
  const localization = localizationSettings(config.localization)
  const build: Build = { models, localization, perLocale: false, inLocalized: false }
  const collections = new Map<string, CollectionStorage>()
  const globals = new Map<string, GlobalStorage>()
  for (const collection of config.collections) {
    const model = makeModel('collection', modelNameForSlug(collection.slug), tableNameForSlug(collection.slug), 'int', undefined, collection.timestamps, localization)
    models.push(model)
    model.fields = addFields(model, collection.fields, [], build)
    collections.set(collection.slug, { slug: collection.slug, config: collection, model })
  }
  for (const global of config.globals) {
    const model = makeModel('global', modelNameForSlug(global.slug), tableNameForSlug(global.slug), 'int', undefined, true, localization)
    models.push(model)
    model.fields = addFields(model, global.fields, [], build)
    globals.set(global.slug, { slug: global.slug, config: global, model })
  }
  const locks = locksModel()
  const sessions = sessionsModel()
  models.push(locks, sessions)
  const schema: StorageSchema = { collections, globals, models, locks, sessions }
  if (localization) schema.localization = localization
  return schema
}

/** Walks every field storage of a model tree, depth first, groups included. */
export function* walkStorage(fields: FieldStorage[]): Generator<FieldStorage> {
  for (const storage of fields) {
    yield storage
    if (storage.kind === 'group') yield* walkStorage(storage.fields)
  }
}
