// Maps a row read with `prismaSelectFor` back into Payload's document shape: groups nested,
// arrays as row objects with their `id`, relationships as ids (population happens later, on
// the document), polymorphic links as `{ relationTo, value }`, dates as ISO strings.
// Localized fields are read in the call's locale at their topmost localized field, where
// pick-locale.ts applies the fallback rules (or keys the value by locale for 'all'); below
// that field every column and child row is read in the locale chosen there.
import type { DocumentData } from '../config/hooks-and-access.ts'
import type { Row } from '../database/types.ts'
import { defaultLocaleMode, type LocaleMode } from '../localization/locale-mode.ts'
import { columnIn, isLocalizedStorage } from '../storage/localized-storage.ts'
import { LOCALE_COLUMN, VALUE_COLUMN } from '../storage/names.ts'
import type { FieldStorage, LinksStorage, ModelStorage } from '../storage/storage-model.ts'
import { pickLocalized } from './pick-locale.ts'
import type { ProjectedField } from './projection.ts'

export function rowToDocument(model: ModelStorage, row: Row, projection: ProjectedField[], locale?: LocaleMode): DocumentData {
  const doc: DocumentData = { id: row.id }
  addFields(doc, row, projection, locale ?? defaultLocaleMode(model.localization), undefined)
  // Present in the row only when the read plan selected them.
  if (model.timestamps) {
    if ('createdAt' in row) doc.createdAt = toIso(row.createdAt)
    if ('updatedAt' in row) doc.updatedAt = toIso(row.updatedAt)
  }
  return doc
}

/** `locale` is set below a localized field: the locale every value there is read in. */
function addFields(target: DocumentData, row: Row, projection: ProjectedField[], mode: LocaleMode | undefined, locale: string | undefined): void {
  for (const entry of projection) {
    const name = entry.storage.field.name
    if (locale === undefined && isLocalizedStorage(entry.storage)) {
      if (!mode) throw new Error(`${entry.storage.path.join('.')}: a localized field read without localization settings`)
      const value = pickLocalized(entry, mode, (code) => valueOf(entry, row, mode, code))
      if (value !== undefined) target[name] = value
    } else {
      target[name] = valueOf(entry, row, mode, locale)
    }
  }
}

function valueOf({ storage, children }: ProjectedField, row: Row, mode: LocaleMode | undefined, locale: string | undefined): unknown {
  switch (storage.kind) {
    case 'column': {
      const value = row[columnIn(storage, locale)]
      return storage.scalar === 'datetime' ? toIso(value) : (value ?? null)
    }
    case 'foreignKey':
      return row[columnIn(storage, locale)] ?? null
    case 'group': {
      const group: DocumentData = {}
      addFields(group, row, children ?? [], mode, locale)
      return group
    }
    case 'array':
      return rowsOf(row, storage, locale).map((child) => {
        const item: DocumentData = { id: child.id }
        addFields(item, child, children ?? [], mode, locale)
        return item
      })
    case 'links':
      return linksToValue(storage, rowsOf(row, storage, locale))
    case 'values':
      return rowsOf(row, storage, locale).map((child) => child[VALUE_COLUMN])
  }
}

function linksToValue(storage: LinksStorage, links: Row[]): unknown {
  const values = links.flatMap((link) => {
    const target = storage.targets.find((candidate) => link[candidate.column] !== null && link[candidate.column] !== undefined)
    if (!target) return []
    const id = link[target.column]
    return [storage.polymorphic ? { relationTo: target.slug, value: id } : id]
  })
  return storage.hasMany ? values : (values[0] ?? null)
}

/** A child table's rows; of a localized table, those of `locale` only. */
function rowsOf(row: Row, storage: Extract<FieldStorage, { relation: string; localized: boolean }>, locale: string | undefined): Row[] {
  const rows = row[storage.relation]
  if (!Array.isArray(rows)) return []
  return storage.localized ? (rows as Row[]).filter((child) => child[LOCALE_COLUMN] === locale) : (rows as Row[])
}

function toIso(value: unknown): string | null {
  if (value instanceof Date) return value.toISOString()
  if (typeof value === 'string') return new Date(value).toISOString()
  return null
}
