// Maps a row read with `prismaSelectFor` back into Payload's document shape: groups nested,
// arrays as row objects with their `id`, relationships as ids (population happens later, on
// the document), polymorphic links as `{ relationTo, value }`, dates as ISO strings.
import type { DocumentData } from '../config/hooks-and-access.ts'
import type { Row } from '../database/types.ts'
import type { LinksStorage, ModelStorage } from '../storage/storage-model.ts'
import type { ProjectedField } from './projection.ts'

export function rowToDocument(model: ModelStorage, row: Row, projection: ProjectedField[]): DocumentData {
  const doc: DocumentData = { id: row.id }
  addFields(doc, row, projection)
  // Present in the row only when the read plan selected them.
  if (model.timestamps) {
    if ('createdAt' in row) doc.createdAt = toIso(row.createdAt)
    if ('updatedAt' in row) doc.updatedAt = toIso(row.updatedAt)
  }
  return doc
}

function addFields(target: DocumentData, row: Row, projection: ProjectedField[]): void {
  for (const { storage, children } of projection) {
    const name = storage.field.name
    switch (storage.kind) {
      case 'column':
        target[name] = storage.scalar === 'datetime' ? toIso(row[storage.column]) : (row[storage.column] ?? null)
        break
      case 'foreignKey':
        target[name] = row[storage.column] ?? null
        break
      case 'group': {
        const group: DocumentData = {}
        addFields(group, row, children ?? [])
        target[name] = group
        break
      }
      case 'array':
        target[name] = rowsOf(row, storage.relation).map((child) => {
          const item: DocumentData = { id: child.id }
          addFields(item, child, children ?? [])
          return item
        })
        break
      case 'links':
        target[name] = linksToValue(storage, rowsOf(row, storage.relation))
        break
      case 'values':
        target[name] = rowsOf(row, storage.relation).map((child) => child.value)
        break
    }
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

function rowsOf(row: Row, relation: string): Row[] {
  const rows = row[relation]
  return Array.isArray(rows) ? (rows as Row[]) : []
}

function toIso(value: unknown): string | null {
  if (value instanceof Date) return value.toISOString()
  if (typeof value === 'string') return new Date(value).toISOString()
  return null
}
