// The stages between "the caller sent data" and "the data is valid" (docs/operations.md#lifecycles-the-order-of-stages):
// field write access → Payload's lenient input (coerce-input.ts) → defaults (create) → field
// beforeValidate → collection beforeValidate
// → collection beforeChange → field beforeChange → validation → Prisma data. Nothing is written
// until all of them have passed. Relationship ids are checked by the database: every reference
// is a foreign key, so the write itself fails on a missing document and write-error.ts turns
// that into the same ValidationError; they are only queried here when the document is invalid
// anyway, so that one error lists every problem.
import type { DocumentData } from '../../config/hooks-and-access.ts'
import type { QueryClient } from '../../database/types.ts'
import { dropUnwritableFields } from '../../access/field-access.ts'
import { applyDefaults } from '../../documents/apply-defaults.ts'
import { dataToPrisma, type PrismaData } from '../../documents/data-to-prisma.ts'
import { ValidationError, type FieldError } from '../../errors/api-error.ts'
import { runFieldHooks } from '../../hooks/field-hooks.ts'
import { reduceHooks } from '../../hooks/reduce-hooks.ts'
import type { RequestState } from '../../request/create-request.ts'
import type { CollectionStorage } from '../../storage/storage-model.ts'
import { coerceInput } from '../../validation/coerce-input.ts'
import { labelForPath } from '../../validation/field-labels.ts'
import { validateDocument } from '../../validation/validate-document.ts'
import type { RelationReference } from '../../validation/relationship-values.ts'
import { checkReferences } from '../check-references.ts'
import type { QuireInternals } from '../context.ts'
import { writeLocaleOf } from '../../localization/locale-mode.ts'
import { renewForeignRowIds } from '../../documents/renew-row-ids.ts'

export interface ChangeInput {
  data: DocumentData
  operation: 'create' | 'update'
  id?: number
  originalDoc?: DocumentData
}

export interface PreparedChange {
  /** The data after hooks (what afterChange hooks receive as `data`). */
  data: DocumentData
  prisma: PrismaData
  /** The relationship ids the write stores; what a foreign-key failure of the write is about. */
  references: RelationReference[]
}

export async function beforeChange(quire: QuireInternals, client: QueryClient, collection: CollectionStorage, state: RequestState, input: ChangeInput): Promise<PreparedChange> {
  const { config } = collection
  const { req, overrideAccess } = state
  const { operation, originalDoc } = input
  // Before any hook runs: a write goes to one locale, never to 'all' (400).
  const locale = writeLocaleOf(state.locale)
  let data = input.data
  if (!overrideAccess) await dropUnwritableFields(config.fields, data, operation, { req, id: input.id, data, doc: originalDoc })
  coerceInput(config.fields, data)
  if (operation === 'create') data = await applyDefaults(config.fields, data, { user: req.user ?? undefined, locale: req.locale, req })
  const run = { operation, req, overrideAccess, collection: config, originalDoc }
  await runFieldHooks('beforeValidate', config.fields, data, run)
  const hookArgs = (current: DocumentData) => ({ data: current, operation, originalDoc, collection: config, req, context: req.context, overrideAccess })
  data = await reduceHooks(config.hooks?.beforeValidate, data, hookArgs)
  data = await reduceHooks(config.hooks?.beforeChange, data, hookArgs)
  await runFieldHooks('beforeChange', config.fields, data, run)
  return { data, ...(await validateAndMap(quire, client, collection, data, operation, originalDoc, locale, overrideAccess)) }
}

async function validateAndMap(
  quire: QuireInternals,
  client: QueryClient,
  collection: CollectionStorage,
  data: DocumentData,
  operation: 'create' | 'update',
  originalDoc: DocumentData | undefined,
  locale: string | undefined,
  trusted: boolean,
): Promise<Omit<PreparedChange, 'data'>> {
  const validated = await validateDocument({ fields: collection.config.fields, data, originalDoc, operation })
  if (validated.errors.length > 0) {
    if (validated.references.length > 0) await checkReferences(quire, client, validated.references, validated.errors)
    throw validationError(collection, validated.errors)
  }
  if (operation === 'update' && locale !== undefined) await renewForeignRowIds(client, collection.model.fields, validated.data, locale)
  const prisma = dataToPrisma(collection.model.fields, validated.data, operation, locale)
  const now = new Date()
  if (collection.model.timestamps) {
    // As in Payload, trusted code may give a create its own timestamps (imports keep their
    // dates); a call with access enforced (every network call) cannot: no mass assignment.
    const given = (value: unknown) => (trusted && operation === 'create' ? givenDate(value) : undefined)
    if (operation === 'create') prisma.createdAt = given(data.createdAt) ?? now
    prisma.updatedAt = given(data.updatedAt) ?? now
  }
  return { prisma, references: validated.references }
}

export function validationError(collection: CollectionStorage, errors: FieldError[]): ValidationError {
  return new ValidationError(errors, collection.slug, errors.map((error) => labelForPath(collection.config.fields, error.path)))
}

function givenDate(value: unknown): Date | undefined {
  if (!(value instanceof Date) && typeof value !== 'string') return undefined
  const date = new Date(value)
  return Number.isNaN(date.getTime()) ? undefined : date
}
