// Built-in collection features (auth, upload, …) extend a collection at buildConfig time with
// the fields and hooks they need, so operations stay generic: an auth collection is an
// ordinary collection whose config carries a password-hashing hook and hidden fields.
// Features run in registration order, before validation, and see the whole config.
import type { QuireRequest } from './hooks-and-access.ts'
import type { CollectionConfig, Config } from './types.ts'

export interface CollectionFeature {
  name: string
  /** Whether this collection asks for the feature (e.g. `collection.auth`). */
  appliesTo(collection: CollectionConfig): boolean
  /** Config problems of the feature's own options, each with its path and the fix. */
  check?(collection: CollectionConfig, config: Config): string[]
  /** The collection with the feature's fields and hooks added. */
  extend(collection: CollectionConfig, config: Config): CollectionConfig
  /**
   * Work a write can do before its transaction opens (auth starts hashing the password, so
   * the transaction does not hold the database for a third of a second). Its results reach
   * the feature's hooks through `req`; a hook must still work without them. It runs before
   * access is checked: `trusted` (overrideAccess) says whether any check will happen at all.
   */
  beforeTransaction?(args: BeforeTransactionArgs): Promise<void> | void
}

export interface BeforeTransactionArgs {
  collection: CollectionConfig
  req: QuireRequest
  data: unknown
  trusted: boolean
  /** The operation's own options as the caller passed them (before any hook): `file`, `id`, … */
  options: object
}

const features: CollectionFeature[] = []

/** Called once per feature module at import time. */
export function registerCollectionFeature(feature: CollectionFeature): void {
  if (features.some((existing) => existing.name === feature.name)) return
  features.push(feature)
}

/** Runs the `beforeTransaction` of every feature the collection has. */
export async function beforeWriteTransaction(args: BeforeTransactionArgs): Promise<void> {
  for (const feature of features) if (feature.beforeTransaction && feature.appliesTo(args.collection)) await feature.beforeTransaction(args)
}

export function applyCollectionFeatures(config: Config, problems: string[]): CollectionConfig[] {
  return (config.collections ?? []).map((collection) => {
    let extended = collection
    for (const feature of features) {
      if (!feature.appliesTo(collection)) continue
      const found = feature.check?.(collection, config) ?? []
      problems.push(...found)
      if (found.length === 0) extended = feature.extend(extended, config)
    }
    return extended
  })
}
