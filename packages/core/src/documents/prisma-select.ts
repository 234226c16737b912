// Builds the Prisma `select` that reads a projected document in one query: own columns plus
// every child table (array rows, link rows, values), each ordered by position. Localized
// fields read only the columns (and rows) of the locales the call needs: the requested locale
// and its fallbacks, or every locale for `locale: 'all'`.
import { LOCALE_COLUMN, ORDER_COLUMN, VALUE_COLUMN } from '../storage/names.ts'
import type { FieldStorage, ModelStorage } from '../storage/storage-model.ts'
import { defaultLocaleMode, localesToRead, type LocaleMode } from '../localization/locale-mode.ts'
import type { ProjectedField } from './projection.ts'

export type PrismaSelect = Record<string, unknown>

const BY_POSITION = { [ORDER_COLUMN]: 'asc' }

export function prismaSelectFor(
  model: ModelStorage,
  projection: ProjectedField[],
  timestamps = { createdAt: true, updatedAt: true },
  locale?: LocaleMode,
): PrismaSelect {
  const select: PrismaSelect = { id: true }
  if (model.timestamps) {
    if (timestamps.createdAt) select.createdAt = true
    if (timestamps.updatedAt) select.updatedAt = true
  }
  const mode = locale ?? defaultLocaleMode(model.localization)
  addProjected(select, projection, mode ? localesToRead(mode) : [])
  return select
}

function addProjected(select: PrismaSelect, projection: ProjectedField[], locales: string[]): void {
  for (const { storage, children } of projection) {
    switch (storage.kind) {
      case 'column':
      case 'foreignKey':
        if (!storage.locales) select[storage.column] = true
        else for (const column of storage.locales) if (locales.includes(column.locale)) select[column.column] = true
        break
      case 'group':
        addProjected(select, children ?? [], locales)
        break
      case 'array': {
        const rows: PrismaSelect = { id: true }
        addProjected(rows, children ?? [], locales)
        select[storage.relation] = childRows(storage, rows, locales)
        break
      }
      case 'links': {
        const link: PrismaSelect = {}
        for (const target of storage.targets) link[target.column] = true
        select[storage.relation] = childRows(storage, link, locales)
        break
      }
      case 'values':
        select[storage.relation] = childRows(storage, { [VALUE_COLUMN]: true }, locales)
        break
    }
  }
}

/** A child table's rows in order; of a localized table only the needed locales' rows, tagged. */
function childRows(storage: Extract<FieldStorage, { localized: boolean }>, select: PrismaSelect, locales: string[]): PrismaSelect {
  if (!storage.localized) return { select, orderBy: BY_POSITION }
  return { select: { ...select, [LOCALE_COLUMN]: true }, where: { [LOCALE_COLUMN]: { in: locales } }, orderBy: BY_POSITION }
}
