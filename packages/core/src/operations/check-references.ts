// Relationship ids must name existing documents. One query per target collection, whatever
// the number of references, and the failure lands on the field that holds the bad id.
import type { QueryClient } from '../database/types.ts'
import { delegateFor } from '../database/types.ts'
import type { FieldError } from '../errors/api-error.ts'
import type { RelationReference } from '../validation/relationship-values.ts'
import type { QuireInternals } from './context.ts'

export async function checkReferences(quire: QuireInternals, client: QueryClient, references: RelationReference[], errors: FieldError[]): Promise<void> {
  const byCollection = new Map<string, RelationReference[]>()
  for (const reference of references) {
    const list = byCollection.get(reference.collection) ?? []
    list.push(reference)
    byCollection.set(reference.collection, list)
  }
  // Sequential on purpose: inside a transaction every query shares one connection, and the
  // pg driver does not allow overlapping queries on a connection.
  for (const [slug, refs] of byCollection) {
    const model = quire.schema.collections.get(slug)!.model
    const ids = [...new Set(refs.map((ref) => ref.id))]
    const found = await delegateFor(client, model.delegate).findMany({ where: { id: { in: ids } }, select: { id: true } })
    const existing = new Set(found.map((row) => row.id))
    const missingByPath = new Map<string, number[]>()
    for (const ref of refs) {
      if (existing.has(ref.id)) continue
      missingByPath.set(ref.path, [...(missingByPath.get(ref.path) ?? []), ref.id])
    }
    for (const [path, missing] of missingByPath) {
      errors.push({ path, message: `This relationship field has the following invalid relationships: ${missing.join(', ')}` })
    }
  }
}
