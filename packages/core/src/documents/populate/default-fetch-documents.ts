// The plain FetchDocuments: one `findMany … where id in (…)` per call, read with the same
// plan (projection + Prisma select, child tables included) as any other read. It applies no
// access control; the caller wraps it when access must be enforced. Reads go where `find`'s
// go: the open transaction when there is one, else the reader connection.
import { readerFor } from '../../database/transactions.ts'
import { delegateFor } from '../../database/types.ts'
import { readPlanFor, type QuireInternals } from '../../operations/context.ts'
import { rowToDocument } from '../row-to-document.ts'
import type { FetchDocuments } from './types.ts'

/** Needs only the schema and the database, so scripts can pass a `Quire` instance itself. */
export function defaultFetchDocuments(quire: Pick<QuireInternals, 'schema' | 'db'>, options: { showHiddenFields?: boolean } = {}): FetchDocuments {
  return async (collection, ids, { select }) => {
    const storage = quire.schema.collections.get(collection)
    if (!storage) throw new Error(`defaultFetchDocuments: unknown collection "${collection}"`)
    const { model } = storage
    const plan = readPlanFor(model, { select, showHiddenFields: options.showHiddenFields })
    const rows = await delegateFor(readerFor(quire.db), model.delegate).findMany({ where: { id: { in: ids } }, select: plan.select })
    return rows.map((row) => rowToDocument(model, row, plan.projection))
  }
}
