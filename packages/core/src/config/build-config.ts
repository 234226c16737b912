// buildConfig: the one sanitizer pass. It validates the whole config, collects every problem
// (each with its exact path and the fix) and throws them together as InvalidConfigError, then
// fills defaults and freezes the result so nothing can change it at run time.
import { InvalidConfigError } from '../errors/api-error.ts'
import { providerForUrl } from '../database/types.ts'
import { buildStorageSchema } from '../storage/storage-model.ts'
import { checkStorageNames } from './check-storage-names.ts'
import { checkFields, withFieldDefaults } from './sanitize-fields.ts'
import { checkHooks } from './check-hooks.ts'
import { checkLocalization } from './sanitize-localization.ts'
import { applyCollectionFeatures } from './collection-features.ts'
import './builtin-features.ts'
import type { CollectionConfig, Config, GlobalConfig, SanitizedCollectionConfig, SanitizedConfig } from './types.ts'

// Payload accepts camelCase slugs (`movieReviews`); tables are snake_cased from them (names.ts).
const SLUG = /^[a-z][a-zA-Z0-9]*(?:[-_][a-zA-Z0-9]+)*$/
const MIN_SECRET_LENGTH = 32

export function buildConfig(config: Config): SanitizedConfig {
  const problems: string[] = []
  const collections: CollectionConfig[] = Array.isArray(config?.collections) ? applyCollectionFeatures(config, problems) : []
  const globals: GlobalConfig[] = Array.isArray(config?.globals) ? config.globals : []
  if (!Array.isArray(config?.collections)) problems.push('collections: must be an array (it may be empty)')
  if (config?.globals !== undefined && !Array.isArray(config.globals)) problems.push('globals: must be an array')

  checkSecret(config?.secret, problems)
  checkDatabase(config?.db, problems)
  checkDepth(config, problems)
  checkLocalization(config?.localization, problems)

  const collectionSlugs = collections.map((collection) => collection?.slug)
  const seenSlugs = new Set<string>()
  for (const [index, entity] of [...collections, ...globals].entries()) {
    const slug: unknown = entity?.slug
    const kind = index < collections.length ? 'collections' : 'globals'
    if (typeof slug !== 'string' || !SLUG.test(slug)) {
      problems.push(`${kind}[${index < collections.length ? index : index - collections.length}].slug: start with a lower-case letter, then use letters, digits, "-" or "_" (got ${JSON.stringify(slug)})`)
      continue
    }
    if (seenSlugs.has(slug)) problems.push(`${slug}: duplicate slug; collections and globals need distinct slugs`)
    seenSlugs.add(slug)
    const owner = kind === 'globals' ? 'global' : (entity as CollectionConfig).auth ? 'auth collection' : 'collection'
    checkHooks(entity.hooks, `${kind}.${slug}.hooks`, owner, problems)
    checkFields(entity.fields, `${slug}.fields`, { collectionSlugs: collectionSlugs.filter((s): s is string => typeof s === 'string'), insideArray: false, topLevel: true, localization: config.localization !== undefined }, problems)
  }
  if (problems.length > 0) throw new InvalidConfigError(problems)

  const sanitized: SanitizedConfig = {
    ...config,
    collections: collections.map(sanitizeCollection),
    globals: globals.map((global) => ({ ...global, fields: withFieldDefaults(global.fields) })),
    defaultDepth: config.defaultDepth ?? 2,
    maxDepth: config.maxDepth ?? 10,
    sanitized: true,
  }
  // Names derived for storage can still collide (`meta.title` vs a field `meta_title`).
  checkStorageNames(buildStorageSchema(sanitized), problems)
  if (problems.length > 0) throw new InvalidConfigError(problems)
  return deepFreeze(sanitized)
}

function sanitizeCollection(collection: CollectionConfig): SanitizedCollectionConfig {
  const timestamps = collection.timestamps ?? true
  return { ...collection, fields: withFieldDefaults(collection.fields), timestamps, defaultSort: collection.defaultSort ?? (timestamps ? '-createdAt' : '-id') }
}

function checkSecret(secret: unknown, problems: string[]): void {
  if (typeof secret !== 'string' || secret.length < MIN_SECRET_LENGTH) {
    problems.push(`secret: must be a string of at least ${MIN_SECRET_LENGTH} characters (generate one with \`openssl rand -hex 32\`)`)
  }
}

function checkDatabase(db: Config['db'] | undefined, problems: string[]): void {
  if (typeof db?.url !== 'string') {
    problems.push('db.url: required, e.g. "file:./data/quire.db" or "postgres://user@host:5432/db"')
    return
  }
  try {
    providerForUrl(db.url)
  } catch (error) {
    problems.push(`db.url: ${(error as Error).message}`)
  }
}

function checkDepth(config: Config, problems: string[]): void {
  for (const key of ['defaultDepth', 'maxDepth'] as const) {
    const value = config?.[key]
    if (value !== undefined && (!Number.isInteger(value) || value < 0)) problems.push(`${key}: must be a whole number ≥ 0`)
  }
}

/**
 * Freezes the config so nothing changes it at run time — except `email`, whose adapter is a
 * live object (an outbox that collects messages, an SMTP transport with its own state).
 */
function deepFreeze<T>(value: T, isRoot = true): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const [key, child] of Object.entries(value)) {
      if (isRoot && key === 'email') continue
      deepFreeze(child, false)
    }
  }
  return value
}
