// Which storage keys documents of an upload collection name, as their original or as one of
// their sizes: to pick free names and to never delete a file a document still names. Read
// straight from the database (inside the open transaction, if any; committed data otherwise),
// so no user hook or access rule runs for these internal lookups.
import { readerFor } from '../database/transactions.ts'
import { delegateFor } from '../database/types.ts'
import { rowToDocument } from '../documents/row-to-document.ts'
import { readPlanFor } from '../operations/context.ts'
import { whereToPrisma } from '../query/where-to-prisma.ts'
import type { Where } from '../query/where-types.ts'
import type { Quire } from '../quire.ts'
import { fileKeysOf, pickFileFields } from './file-fields.ts'

export function whereNamesAny(sizeNames: readonly string[], keys: readonly string[]): Where {
  return { or: [{ filename: { in: [...keys] } }, ...sizeNames.map((name): Where => ({ [`sizes.${name}.filename`]: { in: [...keys] } }))] }
}

/** The keys among `keys` some document (other than `exceptId`) names. */
export async function referencedKeys(quire: Quire, slug: string, sizeNames: readonly string[], keys: readonly string[], exceptId?: number): Promise<Set<string>> {
  if (keys.length === 0) return new Set()
  const collection = quire.schema.collections.get(slug)
  if (!collection) throw new Error(`uploads: unknown collection "${slug}"`)
  const { model } = collection
  const plan = readPlanFor(model, { select: sizeNames.length > 0 ? { filename: true, sizes: true } : { filename: true }, showHiddenFields: true })
  const naming = whereNamesAny(sizeNames, keys)
  const where = whereToPrisma({ schema: quire.schema, collection: slug, where: exceptId === undefined ? naming : { and: [naming, { id: { not_equals: exceptId } }] }, provider: quire.db.provider })
  const rows = await delegateFor(readerFor(quire.db), model.delegate).findMany({ where, select: plan.select })
  const wanted = new Set(keys)
  return new Set(rows.flatMap((row) => fileKeysOf(pickFileFields(rowToDocument(model, row, plan.projection)))).filter((key) => wanted.has(key)))
}
