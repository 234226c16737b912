// Builds the storage model (storage-model.ts) from a sanitized config: walks each collection's
// and global's fields, flattening groups and creating child models for arrays, links, values
// and per-locale storage, then appends Quire's system models.
import type { Field } from '../config/fields.ts'
import { isHasManyValueField, isRelationField } from '../config/fields.ts'
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
import { locksModel, sessionsModel, uploadPendingModel } from './system-models.ts'
import { localeColumns, type LocaleColumn } from './localized-storage.ts'
import { localizationSettings, type LocalizationSettings } from '../localization/settings.ts'
import type {
  ColumnStorage,
  FieldStorage,
  ForeignKeyStorage,
  ModelKind,
  ModelStorage,
  StorageSchema,
  CollectionStorage,
  GlobalStorage,
} from './storage-model.ts'
import { scalarKindOf } from './storage-model.ts'

interface Build {
  /** Every model so far, in printing order. */
  models: ModelStorage[]
  localization: LocalizationSettings | undefined
  /** Inside a localized group: these fields get columns (and tables) per locale. */
  perLocale: boolean
  /** Inside a localized subtree: a nested `localized` changes nothing (docs/localization.md). */
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
  const scalar = scalarKindOf(field)
  if (!scalar) throw new Error(`No storage for field type "${field.type}"`)
  if (isHasManyValueField(field)) {
    const values = makeModel('values', childModelName(model.name, path), childTableName(model.table, path), 'int', model, false, localization)
    models.push(values)
    return { kind: 'values', field, path, relation: columnNameForPath(path), model: values, scalar, localized }
  }
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
  const uploadPending = uploadPendingModel()
  models.push(locks, sessions, uploadPending)
  const schema: StorageSchema = { collections, globals, models, locks, sessions, uploadPending }
  if (localization) schema.localization = localization
  return schema
}
