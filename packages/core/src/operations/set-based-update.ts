// The set-based path of update by where: when nothing needs the documents one by one (no
// collection or field hooks, no field access, no custom validate) and only columns change,
// the data is validated once and one UPDATE … RETURNING id updates every match. It runs in a
// savepoint: if the database refuses it (a unique conflict), the caller falls back to the
// per-document path, which reports each document's own outcome.
import type { DocumentData } from '../config/hooks-and-access.ts'
import { withSavepoint } from '../database/savepoint.ts'
import { delegateFor, type QueryClient } from '../database/types.ts'
import { ValidationError } from '../errors/api-error.ts'
import type { RequestState } from '../request/create-request.ts'
import type { CollectionStorage } from '../storage/storage-model.ts'
import type { QuireInternals } from './context.ts'
import { needsOriginalDoc } from './needs-original.ts'
import { beforeChange } from './stages/before-change.ts'

interface Match {
  where: object
  orderBy: object[]
  take: number | undefined
  data: DocumentData
}

/** The ids updated, or undefined when the per-document path must run instead. */
export async function updateInOneStatement(quire: QuireInternals, client: QueryClient, collection: CollectionStorage, state: RequestState, match: Match): Promise<number[] | undefined> {
  if (needsOriginalDoc(collection)) return undefined
  let prisma
  try {
    prisma = (await beforeChange(quire, client, collection, state, { data: structuredClone(match.data), operation: 'update' })).prisma
  } catch (error) {
    if (error instanceof ValidationError) return undefined
    throw error
  }
  // Child-table writes (replace, or upsert for rows holding other locales) need one document at a time.
  if (Object.values(prisma).some((value) => typeof value === 'object' && value !== null && ('create' in value || 'upsert' in value || 'deleteMany' in value))) return undefined
  const delegate = delegateFor(client, collection.model.delegate)
  try {
    return await withSavepoint(client, async () => {
      // With a limit, the matching ids come first (in sort order); otherwise the where itself.
      const where = match.take === undefined ? match.where : { id: { in: (await delegate.findMany({ where: match.where, orderBy: match.orderBy, take: match.take, select: { id: true } })).map((row) => row.id) } }
      const rows = await delegate.updateManyAndReturn({ where, data: prisma, select: { id: true } })
      return rows.map((row) => row.id as number)
    })
  } catch {
    return undefined
  }
}
