// update by where → { docs, errors }.
// Stages: matching ids (in `sort` order, up to `limit`) → validation (once, or per document
// when a custom validate needs each original) → documents that fail validation go to
// `errors` untouched → the rest are written together: one UPDATE … WHERE id IN (…) when
// only columns change, one update per document when child tables change → one read back.
// Fast path: when nothing needs the documents one by one (no limit, no per-document
// validation, only columns change), a single UPDATE … WHERE <where> RETURNING id replaces
// the id query and the IN-list update.
// The database write is all or nothing: if it fails (say, a unique conflict), the call
// throws and no document is changed. Payload instead commits partial writes (reference §14.2).
import type { DocumentData } from '../config/hooks-and-access.ts'
import { inTransaction } from '../database/transactions.ts'
import { mapPrismaError } from '../database/map-prisma-error.ts'
import { delegateFor, type QueryClient } from '../database/types.ts'
import { APIError, ValidationError } from '../errors/api-error.ts'
import type { BulkOperationResult, UntypedQuireTypes, UpdateManyOptions } from '../local-api-types.ts'
import { rowToDocument } from '../documents/row-to-document.ts'
import { sortToPrisma } from '../query/sort-to-prisma.ts'
import { whereToPrisma } from '../query/where-to-prisma.ts'
import type { CollectionStorage } from '../storage/storage-model.ts'
import { collectionOf, effectiveDepth, readPlanFor, type QuireInternals } from './context.ts'
import { needsOriginalDoc } from './needs-original.ts'
import { copyData, prepareWrite, type PreparedWrite } from './prepare-write.ts'

type BulkErrors = BulkOperationResult<DocumentData>['errors']

export async function updateMany(quire: QuireInternals, options: UpdateManyOptions<UntypedQuireTypes, string>): Promise<BulkOperationResult<DocumentData>> {
  const collection = collectionOf(quire, options.collection)
  const { model } = collection
  if (!options.where || typeof options.where !== 'object') throw new APIError("Missing 'where' query of documents to update.", 400)
  effectiveDepth(quire, options.depth)
  const where = whereToPrisma({ schema: quire.schema, collection: collection.slug, where: options.where, provider: quire.db.provider })
  const orderBy = sortToPrisma({ schema: quire.schema, collection: collection.slug, sort: options.sort ?? collection.config.defaultSort, provider: quire.db.provider })
  const plan = readPlanFor(model, options)
  const data = copyData(options.data)

  return inTransaction(
    quire.db,
    async (client) => {
      const delegate = delegateFor(client, model.delegate)
      const fast = await updateInOneStatement(quire, client, collection, { where, data, limit: options.limit, user: options.user, locale: options.locale })
      if (fast) {
        const rows = fast.ids.length > 0 ? await delegate.findMany({ where: { id: { in: fast.ids } }, orderBy, select: plan.select }) : []
        return { docs: rows.map((row) => rowToDocument(model, row, plan.projection)), errors: [] }
      }
      const take = options.limit && options.limit > 0 ? options.limit : undefined
      const matches = await delegate.findMany({ where, orderBy, take, select: { id: true } })
      const ids = matches.map((row) => row.id as number)
      const errors: BulkErrors = []
      const writes = await prepareEach(quire, client, collection, ids, data, errors, options)
      const validIds = ids.filter((id) => writes.has(id))
      if (validIds.length === 0) return { docs: [], errors }
      try {
        await writeAll(client, collection, writes, validIds)
      } catch (error) {
        throw mapPrismaError(error, model, collection.slug)
      }
      const rows = await delegate.findMany({ where: { id: { in: validIds } }, orderBy, select: plan.select })
      return { docs: rows.map((row) => rowToDocument(model, row, plan.projection)), errors }
    },
    options.disableTransaction,
  )
}

/**
 * The set-based path: validates the data once and updates every match in one statement.
 * Returns undefined when the call needs the per-document path. A validation failure is
 * left to that path too, so it is reported per document as usual.
 */
async function updateInOneStatement(
  quire: QuireInternals,
  client: QueryClient,
  collection: CollectionStorage,
  args: { where: object; data: DocumentData; limit?: number; user?: unknown; locale?: string },
): Promise<{ ids: number[] } | undefined> {
  if ((args.limit !== undefined && args.limit > 0) || needsOriginalDoc(collection)) return undefined
  let prepared: PreparedWrite
  try {
    prepared = await prepareWrite(quire, client, collection, { data: args.data, operation: 'update', user: args.user, locale: args.locale })
  } catch (error) {
    if (error instanceof ValidationError) return undefined
    throw error
  }
  if (touchesChildTables(prepared.data)) return undefined
  try {
    const rows = await delegateFor(client, collection.model.delegate).updateManyAndReturn({ where: args.where, data: prepared.data, select: { id: true } })
    return { ids: rows.map((row) => row.id as number) }
  } catch (error) {
    throw mapPrismaError(error, collection.model, collection.slug)
  }
}

/** One prepared write per valid id; failures are recorded in `errors`. */
async function prepareEach(
  quire: QuireInternals,
  client: QueryClient,
  collection: CollectionStorage,
  ids: number[],
  data: DocumentData,
  errors: BulkErrors,
  options: { user?: unknown; locale?: string },
): Promise<Map<number, PreparedWrite>> {
  const writes = new Map<number, PreparedWrite>()
  const attempt = async (id: number, originalDoc?: DocumentData): Promise<PreparedWrite | undefined> => {
    try {
      return await prepareWrite(quire, client, collection, { data, operation: 'update', originalDoc, user: options.user, locale: options.locale })
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error
      errors.push({ id, message: error.message, isPublic: true })
      return undefined
    }
  }
  if (!needsOriginalDoc(collection)) {
    // The same data validates the same way for every document: check it once.
    const shared = ids.length > 0 ? await attempt(ids[0]!) : undefined
    if (shared) for (const id of ids) writes.set(id, shared)
    else for (const id of ids.slice(1)) errors.push({ ...errors[0]!, id })
    return writes
  }
  const full = readPlanFor(collection.model, { showHiddenFields: true })
  const rows = await delegateFor(client, collection.model.delegate).findMany({ where: { id: { in: ids } }, select: full.select })
  for (const row of rows) {
    const prepared = await attempt(row.id as number, rowToDocument(collection.model, row, full.projection))
    if (prepared) writes.set(row.id as number, prepared)
  }
  return writes
}

async function writeAll(client: QueryClient, collection: CollectionStorage, writes: Map<number, PreparedWrite>, ids: number[]): Promise<void> {
  const delegate = delegateFor(client, collection.model.delegate)
  const first = writes.get(ids[0]!)!
  const sameForAll = ids.every((id) => writes.get(id) === first)
  if (sameForAll && !touchesChildTables(first.data)) {
    await delegate.updateMany({ where: { id: { in: ids } }, data: first.data })
    return
  }
  for (const id of ids) await delegate.update({ where: { id }, data: writes.get(id)!.data, select: { id: true } })
}

/** Nested writes (`{ deleteMany, create }`) replace child rows and need one update per document. */
function touchesChildTables(data: Record<string, unknown>): boolean {
  return Object.values(data).some((value) => typeof value === 'object' && value !== null && 'create' in value)
}
