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

export const slugSchema = z
  .string()
  .min(1)
  .max(INPUT_LIMITS.slugLength)
  .regex(/^[A-Za-z0-9_-]+$/, 'Not a valid slug')

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

/** Options every read accepts: how deep to populate and which fields to return. */
export const readShape = {
  depth: depthSchema.optional(),
  select: selectSchema.optional(),
}
