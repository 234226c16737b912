import type { Field } from './fields.ts'
import type { CollectionAccess, CollectionHooks, GlobalHooks } from './hooks-and-access.ts'
import type { Sort } from '../query/where-types.ts'
import type { SelectType } from '../local-api-types.ts'
import type { PrismaClientConstructor, Provider } from '../database/types.ts'

export interface CollectionConfig {
  slug: string
  fields: Field[]
  labels?: { singular?: string; plural?: string }
  /** Adds `createdAt` / `updatedAt`; default true. */
  timestamps?: boolean
  /** Sort used when a `find` passes none; default `-createdAt`. */
  defaultSort?: Sort
  /** The `select` applied when documents of this collection are populated from elsewhere. */
  defaultPopulate?: SelectType
  hooks?: CollectionHooks
  access?: CollectionAccess
  /** Payload's bulk-operation switches, honoured when access is enforced. */
  disableDuplicate?: boolean
  /** Document locking (reference §2.3): `false` disables it; default `{ duration: 300 }`. */
  lockDocuments?: LockDocumentsConfig
  admin?: { useAsTitle?: string; [key: string]: unknown }
}

export interface GlobalConfig {
  slug: string
  fields: Field[]
  label?: string
  hooks?: GlobalHooks
  access?: Pick<CollectionAccess, 'read' | 'update'>
  /** Document locking (reference §2.3): `false` disables it; default `{ duration: 300 }`. */
  lockDocuments?: LockDocumentsConfig
}

/** A lock blocks other users' writes (with `overrideLock: false`) for `duration` seconds after its last refresh. */
export type LockDocumentsConfig = false | { duration?: number }

export interface DatabaseConfig {
  /** `file:./data/quire.db` (SQLite) or `postgres://…` (PostgreSQL). */
  url: string
  /**
   * Loaders of the Prisma clients generated for this config, one per provider (a generated
   * client is bound to one provider). Only the one matching `url` is loaded.
   */
  clients?: Partial<Record<Provider, () => Promise<PrismaClientConstructor>>>
}

/** What a developer writes. */
export interface Config {
  collections: CollectionConfig[]
  globals?: GlobalConfig[]
  /** Keys sessions and tokens; at least 32 characters. */
  secret: string
  db: DatabaseConfig
  /** Population depth when a call passes none; default 2. */
  defaultDepth?: number
  /** Upper bound for any `depth`; default 10. */
  maxDepth?: number
}

/** The config after `buildConfig`: validated, defaults filled. Frozen. */
export interface SanitizedCollectionConfig extends CollectionConfig {
  timestamps: boolean
  defaultSort: Sort
}
export interface SanitizedConfig extends Omit<Config, 'collections' | 'globals'> {
  collections: SanitizedCollectionConfig[]
  globals: GlobalConfig[]
  defaultDepth: number
  maxDepth: number
  /** Marks the object as having passed the sanitizer. */
  readonly sanitized: true
}
