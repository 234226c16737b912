// Maps validated, normalised document data onto Prisma write arguments for one model.
// Only keys present in `data` are written, so an update touches exactly what it was given.
// Child tables (array rows, links, values) are replaced as a whole, like Payload does:
// sending an array means "this is the array now".
import { randomBytes } from 'node:crypto'
import { objectEnumValues } from '@prisma/client/runtime/client'
import type { DocumentData } from '../config/hooks-and-access.ts'
import { ORDER_COLUMN } from '../storage/names.ts'
import type { FieldStorage, LinksStorage } from '../storage/storage-model.ts'

export type PrismaData = Record<string, unknown>
type WriteMode = 'create' | 'update'

/** Prisma stores SQL NULL in a Json column only when told so explicitly. */
const DB_NULL = objectEnumValues.instances.DbNull

export function dataToPrisma(fields: FieldStorage[], data: DocumentData, mode: WriteMode): PrismaData {
  const out: PrismaData = {}
  addFields(out, fields, data, mode)
  return out
}

function addFields(out: PrismaData, fields: FieldStorage[], data: DocumentData, mode: WriteMode): void {
  for (const storage of fields) {
    const name = storage.field.name
    if (!Object.prototype.hasOwnProperty.call(data, name)) continue
    const value = data[name]
    switch (storage.kind) {
      case 'column':
        out[storage.column] = columnValue(storage.scalar, value)
        break
      case 'foreignKey':
        out[storage.column] = value ?? null
        break
      case 'group':
        addFields(out, storage.fields, isRecord(value) ? value : {}, mode)
        // A group set to null clears every column inside it.
        if (!isRecord(value) && mode === 'update') clearGroup(out, storage.fields)
        break
      case 'array':
        out[storage.relation] = replaceRows(mode, asArray(value).map((row, index) => arrayRow(storage.model.fields, row, index)))
        break
      case 'links':
        out[storage.relation] = replaceRows(mode, linkRows(storage, value))
        break
      case 'values':
        out[storage.relation] = replaceRows(mode, asArray(value).map((item, index) => ({ [ORDER_COLUMN]: index, value: item })))
        break
    }
  }
}

function columnValue(scalar: string, value: unknown): unknown {
  if (value === undefined || value === null) return scalar === 'json' ? DB_NULL : null
  if (scalar === 'datetime') return value instanceof Date ? value : new Date(String(value))
  return value
}

function arrayRow(fields: FieldStorage[], row: unknown, index: number): PrismaData {
  const record = isRecord(row) ? row : {}
  const id = typeof record.id === 'string' && record.id !== '' ? record.id : newRowId()
  const out: PrismaData = { id, [ORDER_COLUMN]: index }
  addFields(out, fields, record, 'create')
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

function replaceRows(mode: WriteMode, rows: PrismaData[]): PrismaData {
  return mode === 'create' ? { create: rows } : { deleteMany: {}, create: rows }
}

function clearGroup(out: PrismaData, fields: FieldStorage[]): void {
  for (const storage of fields) {
    if (storage.kind === 'column') out[storage.column] = columnValue(storage.scalar, null)
    else if (storage.kind === 'foreignKey') out[storage.column] = null
    else if (storage.kind === 'group') clearGroup(out, storage.fields)
    else out[storage.relation] = { deleteMany: {} }
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
