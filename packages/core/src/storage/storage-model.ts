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
//
// Besides the config's models, every schema has Quire's system models (`kind: 'system'`),
// whose columns are fixed (system-models.ts) rather than derived from fields: today the document locks.
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
import { locksModel } from './system-models.ts'

export type ScalarKind = 'string' | 'float' | 'boolean' | 'datetime' | 'json'

interface StorageBase<TField extends Field> {
  /** The config field this node stores. */
  field: TField
  /** Path of the field relative to the row of its model (`['meta', 'title']`). */
  path: string[]
}

export interface ColumnStorage extends StorageBase<Field> {
  kind: 'column'
  column: string
  scalar: ScalarKind
}

export interface GroupStorage extends StorageBase<GroupField> {
  kind: 'group'
  fields: FieldStorage[]
}

export interface ForeignKeyStorage extends StorageBase<RelationField> {
  kind: 'foreignKey'
  column: string
  /** Navigation field on the owner model, used for dot-path queries and sorts. */
  relation: string
  target: string
}

export interface ArrayStorage extends StorageBase<ArrayField> {
  kind: 'array'
  /** Owner-side relation field listing the rows. */
  relation: string
  model: ModelStorage
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
}

export interface ValuesStorage extends StorageBase<SelectField> {
  kind: 'values'
  relation: string
  model: ModelStorage
  scalar: ScalarKind
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

function makeModel(
  kind: ModelKind,
  name: string,
  table: string,
  idType: 'int' | 'string',
  parent: ModelStorage | undefined,
  timestamps: boolean,
): ModelStorage {
  return { kind, name, table, delegate: delegateNameForModel(name), idType, parent, fields: [], timestamps }
}

/** Builds the storage of `fields` into `model`, appending child models to `models`. */
function addFields(model: ModelStorage, fields: Field[], prefix: string[], models: ModelStorage[]): FieldStorage[] {
  return fields.map((field) => storageForField(model, field, [...prefix, field.name], models))
}

function storageForField(model: ModelStorage, field: Field, path: string[], models: ModelStorage[]): FieldStorage {
  if (field.type === 'group') {
    return { kind: 'group', field, path, fields: addFields(model, field.fields, path, models) }
  }
  if (field.type === 'array') {
    const rows = makeModel('array', childModelName(model.name, path), childTableName(model.table, path), 'string', model, false)
    models.push(rows)
    rows.fields = addFields(rows, field.fields, [], models)
    return { kind: 'array', field, path, relation: columnNameForPath(path), model: rows }
  }
  if (isRelationField(field)) {
    const targets = Array.isArray(field.relationTo) ? field.relationTo : [field.relationTo]
    const polymorphic = Array.isArray(field.relationTo)
    if (!polymorphic && !field.hasMany) {
      const column = columnNameForPath(path)
      return { kind: 'foreignKey', field, path, column, relation: relationFieldForColumn(column), target: targets[0]! }
    }
    const links = makeModel('links', childModelName(model.name, path), childTableName(model.table, path), 'int', model, false)
    models.push(links)
    return {
      kind: 'links',
      field,
      path,
      relation: columnNameForPath(path),
      model: links,
      polymorphic,
      hasMany: Boolean(field.hasMany),
      targets: targets.map((slug) => {
        const column = linkColumnForTarget(slug)
        return { slug, column, relation: relationFieldForColumn(column) }
      }),
    }
  }
  if (field.type === 'select' && field.hasMany) {
    const values = makeModel('values', childModelName(model.name, path), childTableName(model.table, path), 'int', model, false)
    models.push(values)
    return { kind: 'values', field, path, relation: columnNameForPath(path), model: values, scalar: 'string' }
  }
  const scalar = scalarKindOf(field)
  if (!scalar) throw new Error(`No storage for field type "${field.type}"`)
  return { kind: 'column', field, path, column: columnNameForPath(path), scalar }
}

export function buildStorageSchema(config: Pick<SanitizedConfig, 'collections' | 'globals'>): StorageSchema {
  const models: ModelStorage[] = []
  const collections = new Map<string, CollectionStorage>()
  const globals = new Map<string, GlobalStorage>()
  for (const collection of config.collections) {
    const model = makeModel('collection', modelNameForSlug(collection.slug), tableNameForSlug(collection.slug), 'int', undefined, collection.timestamps)
    models.push(model)
    model.fields = addFields(model, collection.fields, [], models)
    collections.set(collection.slug, { slug: collection.slug, config: collection, model })
  }
  for (const global of config.globals) {
    const model = makeModel('global', modelNameForSlug(global.slug), tableNameForSlug(global.slug), 'int', undefined, true)
    models.push(model)
    model.fields = addFields(model, global.fields, [], models)
    globals.set(global.slug, { slug: global.slug, config: global, model })
  }
  const locks = locksModel()
  models.push(locks)
  return { collections, globals, models, locks }
}

/** Walks every field storage of a model tree, depth first, groups included. */
export function* walkStorage(fields: FieldStorage[]): Generator<FieldStorage> {
  for (const storage of fields) {
    yield storage
    if (storage.kind === 'group') yield* walkStorage(storage.fields)
  }
}
