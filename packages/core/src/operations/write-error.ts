// What a failed document write becomes. A foreign-key failure means a relationship names a
// document that does not exist: before-change.ts leaves that check to the database, so a valid
// write costs no lookup. Only on this failure path are the references looked up, to give the
// same ValidationError (every bad id, on its field) that a check before the write would give.
import { mapPrismaError } from '../database/map-prisma-error.ts'
import type { QueryClient } from '../database/types.ts'
import type { FieldError } from '../errors/api-error.ts'
import type { CollectionStorage } from '../storage/storage-model.ts'
import type { RelationReference } from '../validation/relationship-values.ts'
import { checkReferences } from './check-references.ts'
import type { QuireInternals } from './context.ts'
import { validationError } from './stages/before-change.ts'

/** Returns the error to throw in place of `error`, thrown by the write of `references`. */
export async function writeError(
  quire: QuireInternals,
  client: QueryClient,
  collection: CollectionStorage,
  references: RelationReference[],
  error: unknown,
): Promise<unknown> {
  if (isForeignKeyViolation(error) && references.length > 0) {
    const errors: FieldError[] = []
    // SQLite's transaction stays usable after a failed statement and sees its own writes.
    // PostgreSQL has aborted it, so the lookup reads committed data on another connection: a
    // reference to a document created earlier in the same transaction may then be listed too,
    // next to the one that really is missing.
    await checkReferences(quire, quire.db.provider === 'sqlite' ? client : quire.db.reader, references, errors)
    if (errors.length > 0) return validationError(collection, errors)
  }
  return mapPrismaError(error, collection.model, collection.slug)
}

function isForeignKeyViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'P2003'
}
