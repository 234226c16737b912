// A global is one row in its own model. That row always has id 1, so the primary key itself
// guarantees "at most one row", and two first saves racing each other cannot create two:
// the loser's claim finds the id taken and it continues as an update.
import type { Database, QueryClient } from '../database/types.ts'
import { delegateFor } from '../database/types.ts'
import { APIError } from '../errors/api-error.ts'
import type { GlobalStorage, ModelStorage } from '../storage/storage-model.ts'
import type { QuireInternals } from './context.ts'

export const GLOBAL_ROW_ID = 1

export function globalOf(quire: QuireInternals, slug: unknown): GlobalStorage {
  const global = typeof slug === 'string' ? quire.schema.globals.get(slug) : undefined
  if (!global) throw new APIError(`The global with slug ${String(slug)} can't be found.`, 404)
  return global
}

/**
 * Inserts the bare row (id only; timestamps take their column defaults) unless it exists.
 * Returns true when this call created it. The caller then writes the document with an update.
 *
 * PostgreSQL: `skipDuplicates` (INSERT … ON CONFLICT DO NOTHING) waits for a concurrent
 * uncommitted insert of the same id and then skips it; a plain failing INSERT would instead
 * abort the surrounding transaction. SQLite has no `skipDuplicates` in Prisma, but a failed
 * statement there only undoes itself, so catching the unique violation is enough.
 */
export async function claimGlobalRow(db: Database, client: QueryClient, model: ModelStorage): Promise<boolean> {
  const delegate = delegateFor(client, model.delegate)
  if (db.provider === 'postgresql') {
    const { count } = await delegate.createMany({ data: [{ id: GLOBAL_ROW_ID }], skipDuplicates: true })
    return count === 1
  }
  try {
    await delegate.create({ data: { id: GLOBAL_ROW_ID }, select: { id: true } })
    return true
  } catch (error) {
    if (isUniqueViolation(error)) return false
    throw error
  }
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'P2002'
}
