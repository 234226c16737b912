// Prisma errors never leave core as they are: a unique violation becomes a ValidationError on
// the field that owns the column; everything else is rethrown for the caller to treat as an
// unexpected failure (whose message the API layer hides).
import { ValidationError } from '../errors/api-error.ts'
import type { FieldStorage, ModelStorage } from '../storage/storage-model.ts'
import { walkStorage } from '../storage/storage-model.ts'
import { physicalColumns } from '../storage/localized-storage.ts'
import { postgresConstraintName } from '../schema/print-prisma-schema.ts'

interface PrismaKnownError {
  code: string
  meta?: {
    target?: string | string[]
    driverAdapterError?: { cause?: { constraint?: { fields?: string[]; index?: string }; table?: string } }
  }
}

function isKnownError(error: unknown): error is PrismaKnownError {
  return typeof error === 'object' && error !== null && typeof (error as { code?: unknown }).code === 'string'
}

/** Returns the error to throw in place of `error`. */
export function mapPrismaError(error: unknown, model: ModelStorage, collection?: string): unknown {
  if (!isKnownError(error) || error.code !== 'P2002') return error
  const columns = uniqueColumns(error, model)
  const paths = columns.map((column) => pathOfColumn(model.fields, column) ?? column)
  return new ValidationError(
    (paths.length > 0 ? paths : ['unknown']).map((path) => ({ path, message: 'Value must be unique' })),
    collection,
  )
}

function uniqueColumns(error: PrismaKnownError, model: ModelStorage): string[] {
  const constraint = error.meta?.driverAdapterError?.cause?.constraint
  if (constraint?.fields?.length) return constraint.fields.map(stripQuotes)
  // PostgreSQL through Prisma 7's adapter names only the constraint (`posts_slug_key`).
  if (constraint?.index) return columnsOfUniqueConstraint(model, stripQuotes(constraint.index))
  const target = error.meta?.target
  if (Array.isArray(target)) return target.map(stripQuotes)
  return typeof target === 'string' ? [stripQuotes(target)] : []
}

function columnsOfUniqueConstraint(model: ModelStorage, name: string): string[] {
  for (const storage of walkStorage(model.fields)) {
    if (storage.kind !== 'column' && storage.kind !== 'foreignKey') continue
    for (const { column } of physicalColumns(storage)) if (postgresConstraintName(model.table, [column], 'key') === name) return [column]
  }
  return []
}

function pathOfColumn(fields: FieldStorage[], column: string): string | undefined {
  for (const storage of walkStorage(fields)) {
    // A localized field's error names the field, not its locale's column (unique per locale).
    if ((storage.kind === 'column' || storage.kind === 'foreignKey') && physicalColumns(storage).some((candidate) => candidate.column === column)) return storage.path.join('.')
  }
  return undefined
}

function stripQuotes(name: string): string {
  return name.replace(/^["`]|["`]$/g, '')
}
