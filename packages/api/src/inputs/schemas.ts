// The zod pieces every procedure input is built from. Procedure inputs are strict objects made
// of these, so a key the procedure does not name (overrideAccess, showHiddenFields, user,
// disableErrors, req, context…) is refused before any code runs.
import type { DocumentData, DocumentID, SelectType, Sort, Where } from '@quire/core'
import { z } from 'zod'
import { findJsonProblem, isPlainObject, type JsonLimits, type JsonProblem } from './json-limits.ts'
import { INPUT_LIMITS } from './limits.ts'
import { findWhereProblem } from './where-limits.ts'

function report(ctx: z.RefinementCtx, problem: JsonProblem | undefined): void {
  if (problem) ctx.addIssue({ code: 'custom', message: problem.message, path: problem.path })
}

/** A JSON value of type T, checked against `limits` (and `extra`, when given). */
function boundedJson<T>(what: string, limits: JsonLimits, extra?: (value: unknown) => JsonProblem | undefined) {
  return z
    .custom<T>((value) => isPlainObject(value), { message: `${what} must be an object` })
    .superRefine((value, ctx) => report(ctx, findJsonProblem(value, limits) ?? extra?.(value)))
}

export { slugSchema } from './slug-schema.ts'

export const idSchema: z.ZodType<DocumentID> = z.union([
  z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER),
  z.string().min(1).max(INPUT_LIMITS.idLength),
])

export const depthSchema = z.number().int().min(0).max(INPUT_LIMITS.maxDepth)
export const limitSchema = z.number().int().min(1).max(INPUT_LIMITS.maxLimit)
export const pageSchema = z.number().int().min(1).max(INPUT_LIMITS.maxPage)

const sortField = z
  .string()
  .min(1)
  .max(INPUT_LIMITS.pathLength)
  .regex(/^-?[A-Za-z0-9_.]+$/, 'A sort is a field path, optionally prefixed with "-"')
export const sortSchema: z.ZodType<Sort> = z.union([sortField, z.array(sortField).min(1).max(INPUT_LIMITS.sortFields)])

export const whereSchema = boundedJson<Where>('where', INPUT_LIMITS.whereJson, (value) => findWhereProblem(value, INPUT_LIMITS.where))

export const dataSchema = boundedJson<DocumentData>('data', INPUT_LIMITS.dataJson)

export const selectSchema = boundedJson<SelectType>('select', INPUT_LIMITS.selectJson, findSelectProblem)

/** `{ title: true, meta: { description: true } }`: only booleans and nested selects. */
function findSelectProblem(value: unknown, path: (string | number)[] = []): JsonProblem | undefined {
  if (!isPlainObject(value)) return { path, message: 'A select must be an object' }
  for (const [key, item] of Object.entries(value)) {
    if (typeof item === 'boolean') continue
    const problem = isPlainObject(item) ? findSelectProblem(item, [...path, key]) : { path: [...path, key], message: 'A select entry must be true, false or a nested select' }
    if (problem) return problem
  }
  return undefined
}

/**
 * A locale code (`en`, `zh`, or `all` to read every locale). Only its form is checked here:
 * the Local API refuses codes the config does not declare (400, "Unknown locale").
 */
export const localeSchema = z
  .string()
  .min(1)
  .max(INPUT_LIMITS.slugLength)
  .regex(/^(\*|[A-Za-z][A-Za-z0-9_-]*)$/, 'Not a locale code')

/** Where empty localized fields are read from: a locale code, or false for none. */
export const fallbackLocaleSchema = z.union([localeSchema, z.literal(false)])

/** Options every read accepts: how deep to populate, which fields to return, in which locale. */
export const readShape = {
  depth: depthSchema.optional(),
  select: selectSchema.optional(),
  locale: localeSchema.optional(),
  fallbackLocale: fallbackLocaleSchema.optional(),
}
