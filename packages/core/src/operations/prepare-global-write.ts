// The middle of an updateGlobal, as prepareWrite is for collections: (first save: defaults) →
// validation → relationship ids exist → Prisma data with timestamps. A first save validates
// as a create, so required fields are enforced before the global ever exists.
import type { DocumentData, QuireRequest } from '../config/hooks-and-access.ts'
import type { QueryClient } from '../database/types.ts'
import { ValidationError } from '../errors/api-error.ts'
import { applyDefaults } from '../documents/apply-defaults.ts'
import { dataToPrisma, type PrismaData } from '../documents/data-to-prisma.ts'
import type { GlobalStorage } from '../storage/storage-model.ts'
import { labelForPath } from '../validation/field-labels.ts'
import { validateDocument } from '../validation/validate-document.ts'
import { checkReferences } from './check-references.ts'
import { renewForeignRowIds } from '../documents/renew-row-ids.ts'
import type { QuireInternals } from './context.ts'

export interface GlobalWriteInput {
  data: DocumentData
  /** 'create' for the first save, 'update' once the row exists. */
  operation: 'create' | 'update'
  originalDoc?: DocumentData
  user?: unknown
  /** The one locale written (also handed to default-value functions). */
  locale?: string
  req?: QuireRequest
}

export async function prepareGlobalWrite(quire: QuireInternals, client: QueryClient, global: GlobalStorage, input: GlobalWriteInput): Promise<PrismaData> {
  const fields = global.config.fields
  const data = input.operation === 'create' ? await applyDefaults(fields, input.data, { user: input.user, locale: input.locale, req: input.req }) : input.data
  const validated = await validateDocument({ fields, data, originalDoc: input.originalDoc, operation: input.operation })
  if (validated.references.length > 0) await checkReferences(quire, client, validated.references, validated.errors)
  if (validated.errors.length > 0) throw new ValidationError(validated.errors, undefined, validated.errors.map((error) => labelForPath(fields, error.path)))
  if (input.operation === 'update' && input.locale !== undefined) await renewForeignRowIds(client, global.model.fields, validated.data, input.locale)
  const prismaData = dataToPrisma(global.model.fields, validated.data, input.operation, input.locale)
  const now = new Date()
  // The claimed row got column-default timestamps; the first real save sets both explicitly.
  if (input.operation === 'create') prismaData.createdAt = now
  prismaData.updatedAt = now
  return prismaData
}
