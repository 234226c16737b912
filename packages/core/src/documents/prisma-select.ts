// Builds the Prisma `select` that reads a projected document in one query: own columns plus
// every child table (array rows, link rows, values), each ordered by position.
import { ORDER_COLUMN } from '../storage/names.ts'
import type { ModelStorage } from '../storage/storage-model.ts'
import type { ProjectedField } from './projection.ts'

export type PrismaSelect = Record<string, unknown>

const BY_POSITION = { [ORDER_COLUMN]: 'asc' }

export function prismaSelectFor(
  model: ModelStorage,
  projection: ProjectedField[],
  timestamps = { createdAt: true, updatedAt: true },
): PrismaSelect {
  const select: PrismaSelect = { id: true }
  if (model.timestamps) {
    if (timestamps.createdAt) select.createdAt = true
    if (timestamps.updatedAt) select.updatedAt = true
  }
  addProjected(select, projection)
  return select
}

function addProjected(select: PrismaSelect, projection: ProjectedField[]): void {
  for (const { storage, children } of projection) {
    switch (storage.kind) {
      case 'column':
      case 'foreignKey':
        select[storage.column] = true
        break
      case 'group':
        addProjected(select, children ?? [])
        break
      case 'array': {
        const rows: PrismaSelect = { id: true }
        addProjected(rows, children ?? [])
        select[storage.relation] = { select: rows, orderBy: BY_POSITION }
        break
      }
      case 'links': {
        const link: PrismaSelect = {}
        for (const target of storage.targets) link[target.column] = true
        select[storage.relation] = { select: link, orderBy: BY_POSITION }
        break
      }
      case 'values':
        select[storage.relation] = { select: { value: true }, orderBy: BY_POSITION }
        break
    }
  }
}
