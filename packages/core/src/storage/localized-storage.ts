// How localized fields sit in the storage model (one column per locale, see names.ts):
//   localized scalar / single relationship → one column (and relation field) per locale
//   localized group → every column inside it × locales
//   localized array, hasMany/polymorphic relationship, hasMany select/text/number → its child
//     table's rows carry `locale__code`; tables below a localized array's rows need no locale of
//     their own (their parent row has one)
// A node "is localized" when its values are stored per locale. The topmost localized node on a
// path is where a document is keyed by locale (`locale: 'all'`); nodes below it are read and
// written in the locale chosen there.
import { localizedColumn, relationFieldForColumn } from './names.ts'
import type { ColumnStorage, FieldStorage, ForeignKeyStorage, ModelStorage } from './storage-model.ts'
import { walkStorage } from './storage-model.ts'

export interface LocaleColumn {
  locale: string
  column: string
  /** Foreign keys: the navigation field of this locale's column. */
  relation?: string
}

export function localeColumns(column: string, locales: readonly string[], withRelation: boolean): LocaleColumn[] {
  return locales.map((locale) => {
    const name = localizedColumn(column, locale)
    return withRelation ? { locale, column: name, relation: relationFieldForColumn(name) } : { locale, column: name }
  })
}

/** Whether the node's values are stored per locale (columns per locale, or rows carrying one). */
export function isLocalizedStorage(storage: FieldStorage): boolean {
  switch (storage.kind) {
    case 'column':
    case 'foreignKey':
      return storage.locales !== undefined
    default:
      return storage.localized
  }
}

function localeColumn(storage: ColumnStorage | ForeignKeyStorage, locale: string | undefined): LocaleColumn | undefined {
  if (!storage.locales) return undefined
  const found = storage.locales.find((candidate) => candidate.locale === locale)
  // Callers resolve the locale first (locale-mode.ts), so this is a bug, not bad input.
  if (!found) throw new Error(`${storage.path.join('.')}: no column for locale ${JSON.stringify(locale)}`)
  return found
}

/** The column holding the node's value in `locale`; its only column when it is not localized. */
export function columnIn(storage: ColumnStorage | ForeignKeyStorage, locale: string | undefined): string {
  return localeColumn(storage, locale)?.column ?? storage.column
}

/** A foreign key's navigation field in `locale`. */
export function relationIn(storage: ForeignKeyStorage, locale: string | undefined): string {
  return localeColumn(storage, locale)?.relation ?? storage.relation
}

/** Every physical column of a column or foreign-key node (with its navigation field for foreign keys). */
export function physicalColumns(storage: ColumnStorage | ForeignKeyStorage): Array<{ column: string; relation?: string }> {
  if (storage.locales) return storage.locales
  return storage.kind === 'foreignKey' ? [{ column: storage.column, relation: storage.relation }] : [{ column: storage.column }]
}

const holdsLocalized = new WeakMap<ModelStorage, boolean>()

/** Whether rows of this model (or of the tables below them) store values per locale. */
export function holdsLocalizedData(model: ModelStorage): boolean {
  let holds = holdsLocalized.get(model)
  if (holds === undefined) {
    holds = [...walkStorage(model.fields)].some((storage) => isLocalizedStorage(storage) || (storage.kind === 'array' && holdsLocalizedData(storage.model)))
    holdsLocalized.set(model, holds)
  }
  return holds
}
