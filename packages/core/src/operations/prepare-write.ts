// The shared middle of every write: defaults (create only) → validation → relationship ids
// exist → Prisma data. Nothing is written until this has passed for the whole document.
import type { DocumentData } from '../config/hooks-and-access.ts'
import type { QueryClient } from '../database/types.ts'
import { ValidationError } from '../errors/api-error.ts'
import { applyDefaults } from '../documents/apply-defaults.ts'
import { dataToPrisma, type PrismaData } from '../documents/data-to-prisma.ts'
import type { CollectionStorage } from '../storage/storage-model.ts'
import { validateDocument } from '../validation/validate-document.ts'
import { checkReferences } from './check-references.ts'
import type { QuireInternals } from './context.ts'

export interface PreparedWrite {
  data: PrismaData
}

export async function prepareWrite(
  quire: QuireInternals,
  client: QueryClient,
  collection: CollectionStorage,
  input: { data: DocumentData; operation: 'create' | 'update'; originalDoc?: DocumentData; user?: unknown; locale?: string },
): Promise<PreparedWrite> {
  const fields = collection.config.fields
  const withDefaults = input.operation === 'create' ? await applyDefaults(fields, input.data, { user: input.user, locale: input.locale }) : input.data
  const validated = await validateDocument({ fields, data: withDefaults, originalDoc: input.originalDoc, operation: input.operation })
  if (validated.references.length > 0) await checkReferences(quire, client, validated.references, validated.errors)
  if (validated.errors.length > 0) throw new ValidationError(validated.errors, collection.slug)
  const data = dataToPrisma(collection.model.fields, validated.data, input.operation)
  const now = new Date()
  if (collection.model.timestamps) {
    if (input.operation === 'create') data.createdAt = now
    data.updatedAt = now
  }
  return { data }
}

/** A copy of caller data that hooks and defaults can change without touching the caller's object. */
export function copyData(data: unknown): DocumentData {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new ValidationError([{ path: 'data', message: 'data must be an object' }])
  }
  return structuredClone(data) as DocumentData
}
