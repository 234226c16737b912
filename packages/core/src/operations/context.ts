// What every operation needs: the sanitized config, the storage model derived from it once,
// and the open database. Operations are plain functions over this, one per file.
import type { SanitizedConfig } from '../config/types.ts'
import type { Database } from '../database/types.ts'
import type { Quire } from '../quire.ts'
import { APIError } from '../errors/api-error.ts'
import type { SelectType } from '../local-api-types.ts'
import type { CollectionStorage, ModelStorage, StorageSchema } from '../storage/storage-model.ts'
import { prismaSelectFor, type PrismaSelect } from '../documents/prisma-select.ts'
import { projectFields, projectTimestamps, type ProjectedField } from '../documents/projection.ts'
import { localeModeKey, type LocaleMode } from '../localization/locale-mode.ts'

export interface QuireInternals {
  config: SanitizedConfig
  schema: StorageSchema
  db: Database
  /** The public Local API object, handed to hooks as `req.quire`. */
  api: Quire
}

export function collectionOf(quire: QuireInternals, slug: unknown): CollectionStorage {
  const collection = typeof slug === 'string' ? quire.schema.collections.get(slug) : undefined
  if (!collection) throw new APIError(`The collection with slug ${String(slug)} can't be found.`, 404)
  return collection
}

/** Ids are positive integers; anything else cannot name a document. */
export function coerceId(id: unknown): number | undefined {
  const value = typeof id === 'string' && /^\d+$/.test(id) ? Number(id) : id
  return typeof value === 'number' && Number.isSafeInteger(value) && value > 0 ? value : undefined
}

export interface ReadPlan {
  projection: ProjectedField[]
  select: PrismaSelect
  /** The locale(s) the plan reads; pass it on to `rowToDocument`. Undefined: the default locale. */
  locale?: LocaleMode
}

const defaultPlans = new WeakMap<ModelStorage, Map<string, ReadPlan>>()

/**
 * The projection and Prisma select for a read; the common no-`select` plans are built once
 * per (hidden fields, locale and fallbacks), since the locale decides which columns are read.
 */
export function readPlanFor(model: ModelStorage, options: { select?: SelectType; showHiddenFields?: boolean; locale?: LocaleMode }): ReadPlan {
  const showHiddenFields = options.showHiddenFields ?? false
  const { locale } = options
  if (options.select) {
    const projection = projectFields(model.fields, { select: options.select, showHiddenFields })
    return { projection, select: prismaSelectFor(model, projection, projectTimestamps(options.select), locale), locale }
  }
  let plans = defaultPlans.get(model)
  if (!plans) defaultPlans.set(model, (plans = new Map()))
  const key = `${showHiddenFields}|${localeModeKey(locale)}`
  let plan = plans.get(key)
  if (!plan) {
    const projection = projectFields(model.fields, { showHiddenFields })
    plan = { projection, select: prismaSelectFor(model, projection, undefined, locale), locale }
    plans.set(key, plan)
  }
  return plan
}

/** Clamps `depth` to the config's bounds (population itself is applied by the reader). */
export function effectiveDepth(quire: QuireInternals, depth: number | undefined): number {
  const requested = depth ?? quire.config.defaultDepth
  if (!Number.isInteger(requested) || requested < 0) throw new APIError('depth must be a whole number ≥ 0', 400)
  return Math.min(requested, quire.config.maxDepth)
}
