// Maps validated, normalised document data onto Prisma write arguments for one model.
// Only keys present in `data` are written, so an update touches exactly what it was given.
// Child tables (array rows, links, the values of a hasMany select/text/number) are replaced as a
// whole, like Payload does: sending an array means "this is the array now".
// Localized fields are written in one locale only (docs/localization.md): their columns of that locale,
// and of a localized child table only the rows of that locale are replaced, so every other
// locale's values stay as they are. Rows of a non-localized array that hold localized fields
// keep their other locales too: on update such rows are matched by id and updated (upsert)
// instead of replaced, and only rows no longer listed are deleted.
import { randomBytes } from 'node:crypto'
import { DbNull } from '@prisma/client/runtime/client'
import type { DocumentData } from '../config/hooks-and-access.ts'
import { LOCALE_COLUMN, ORDER_COLUMN, VALUE_COLUMN } from '../storage/names.ts'
import type { ArrayStorage, FieldStorage, LinksStorage, ValuesStorage } from '../storage/storage-model.ts'
import { columnIn, holdsLocalizedData } from '../storage/localized-storage.ts'

export type PrismaData = Record<string, unknown>
type WriteMode = 'create' | 'update'

/** Prisma stores SQL NULL in a Json column only when told so explicitly. */
const DB_NULL = DbNull

/** `locale`: the locale localized fields are written in (required when the fields have any). */
export function dataToPrisma(fields: FieldStorage[], data: DocumentData, mode: WriteMode, locale?: string): PrismaData {
  const out: PrismaData = {}
  addFields(out, fields, data, mode, locale)
  return out
}

function addFields(out: PrismaData, fields: FieldStorage[], data: DocumentData, mode: WriteMode, locale: string | undefined): void {
  for (const storage of fields) {
    const name = storage.field.name
    if (!Object.prototype.hasOwnProperty.call(data, name)) continue
    const value = data[name]
    switch (storage.kind) {
      case 'column':
        out[columnIn(storage, locale)] = columnValue(storage.scalar, value)
        break
      case 'foreignKey':
        out[columnIn(storage, locale)] = value ?? null
        break
      case 'group':
        addFields(out, storage.fields, isRecord(value) ? value : {}, mode, locale)
        // A group set to null clears every column inside it.
        if (!isRecord(value) && mode === 'update') clearGroup(out, storage.fields, locale)
        break
      case 'array':
        out[storage.relation] = writeArray(mode, storage, locale, asArray(value))
        break
      case 'links':
        out[storage.relation] = replaceRows(mode, storage, locale, linkRows(storage, value))
        break
      case 'values':
        out[storage.relation] = replaceRows(mode, storage, locale, asArray(value).map((item, index) => ({ [ORDER_COLUMN]: index, [VALUE_COLUMN]: item })))
        break
    }
  }
}

function columnValue(scalar: string, value: unknown): unknown {
  if (value === undefined || value === null) return scalar === 'json' ? DB_NULL : null
  if (scalar === 'datetime') return value instanceof Date ? value : new Date(String(value))
  return value
}

function writeArray(mode: WriteMode, storage: ArrayStorage, locale: string | undefined, rows: unknown[]): PrismaData {
  const records = rows.map((row) => {
    const record = isRecord(row) ? row : {}
    return { record, id: typeof record.id === 'string' && record.id !== '' ? record.id : newRowId() }
  })
  const fields = storage.model.fields
  if (mode === 'update' && !storage.localized && holdsLocalizedData(storage.model)) {
    return {
      deleteMany: { id: { notIn: records.map(({ id }) => id) } },
      upsert: records.map(({ record, id }, index) => {
        const update: PrismaData = { [ORDER_COLUMN]: index }
        addFields(update, fields, record, 'update', locale)
        return { where: { id }, create: arrayRow(fields, record, id, index, locale), update }
      }),
    }
  }
  return replaceRows(mode, storage, locale, records.map(({ record, id }, index) => arrayRow(fields, record, id, index, locale)))
}

function arrayRow(fields: FieldStorage[], record: DocumentData, id: string, index: number, locale: string | undefined): PrismaData {
  const out: PrismaData = { id, [ORDER_COLUMN]: index }
  addFields(out, fields, record, 'create', locale)
  return out
}

function linkRows(storage: LinksStorage, value: unknown): PrismaData[] {
  const items = storage.hasMany ? asArray(value) : value === null || value === undefined ? [] : [value]
  return items.map((item, index) => {
    if (storage.polymorphic && isRecord(item)) {
      const target = storage.targets.find((candidate) => candidate.slug === item.relationTo)
      return { [ORDER_COLUMN]: index, [target!.column]: item.value }
    }
    return { [ORDER_COLUMN]: index, [storage.targets[0]!.column]: item }
  })
}

type ChildStorage = ArrayStorage | LinksStorage | ValuesStorage

/** Of a localized table, only the rows of `locale` are replaced; they are created tagged with it. */
function replaceRows(mode: WriteMode, storage: ChildStorage, locale: string | undefined, rows: PrismaData[]): PrismaData {
  const ofLocale = ownRows(storage, locale)
  const create = storage.localized ? rows.map((row) => ({ ...row, [LOCALE_COLUMN]: locale })) : rows
  return mode === 'create' ? { create } : { deleteMany: ofLocale, create }
}

function ownRows(storage: ChildStorage, locale: string | undefined): PrismaData {
  if (!storage.localized) return {}
  if (locale === undefined) throw new Error(`${storage.path.join('.')}: a localized field written without a locale`)
  return { [LOCALE_COLUMN]: locale }
}

function clearGroup(out: PrismaData, fields: FieldStorage[], locale: string | undefined): void {
  for (const storage of fields) {
    if (storage.kind === 'column') out[columnIn(storage, locale)] = columnValue(storage.scalar, null)
    else if (storage.kind === 'foreignKey') out[columnIn(storage, locale)] = null
    else if (storage.kind === 'group') clearGroup(out, storage.fields, locale)
    else out[storage.relation] = { deleteMany: ownRows(storage, locale) }
  }
}

/** Array row ids look like Payload's: 24 hex characters, unique without a round trip. */
export function newRowId(): string {
  return randomBytes(12).toString('hex')
}

function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : []
}

function isRecord(value: unknown): value is DocumentData {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
