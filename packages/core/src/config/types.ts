import type { Field } from './fields.ts'
import type { CollectionAccess, CollectionHooks, GlobalHooks } from './hooks-and-access.ts'
import type { Sort } from '../query/where-types.ts'
import type { SelectType } from '../local-api-types.ts'
import type { PrismaClientConstructor, Provider } from '../database/types.ts'
import type { UploadOptions } from '../uploads/types.ts'
import type { AuthOptions } from '../auth/types.ts'

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
  /** Document locking (docs/locking.md): `false` disables it; default `{ duration: 300 }`. */
  lockDocuments?: LockDocumentsConfig
  admin?: { useAsTitle?: string; [key: string]: unknown }
  /** Makes the collection hold files (uploads/types.ts): adds the file fields, checks and stores uploads. */
  upload?: true | UploadOptions
  /** Makes the documents users who can log in (auth/types.ts; every duration in seconds). */
  auth?: true | AuthOptions
}

export interface GlobalConfig {
  slug: string
  fields: Field[]
  label?: string
  admin?: { group?: string; description?: string; hidden?: boolean; [key: string]: unknown }
  hooks?: GlobalHooks
  access?: Pick<CollectionAccess, 'read' | 'update'>
  /** Document locking (docs/locking.md): `false` disables it; default `{ duration: 300 }`. */
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
  /** Content in several languages (docs/localization.md); fields opt in with `localized: true`. */
  localization?: LocalizationConfig
  /** The public URL of the site (`https://cms.example.com`); links in emails are built from it, never from request headers. */
  serverURL?: string
  /** The auth cookie is `<cookiePrefix>-token`; default 'quire'. */
  cookiePrefix?: string
  /**
   * Token seal keys in iron's `{ id: secret }` form, for rotation: tokens are sealed with the
   * highest id and any listed id unseals. Default `{ 1: secret }`. Each at least 32 characters.
   */
  sealSecrets?: Record<string, string>
  /** Outgoing email (verification, password reset); default: an outbox that logs to the console. */
  email?: EmailConfig
}

/** One locale; `code` is what `locale` options, `locale: 'all'` keys and `title.es` paths use. */
export interface LocaleConfig {
  code: string
  label?: string
  rtl?: boolean
  /** Read this locale's empty fields from here instead of `defaultLocale` (a list: first non-empty wins). */
  fallbackLocale?: string | string[]
}

/** Codes: a letter, then letters/digits, parts joined by single `-` or `_` (`en`, `zh`, `pt-BR`, `pt_BR`). */
export interface LocalizationConfig {
  locales: ReadonlyArray<string | LocaleConfig>
  defaultLocale: string
  /** Fill empty localized fields from the fallback locale when reading; default true. */
  fallback?: boolean
}

/** One email as the auth operations hand it to an adapter. */
export interface EmailMessage {
  to: string
  /** Default: `email.fromName <email.fromAddress>`. */
  from?: string
  subject: string
  html: string
  text?: string
}

export interface EmailAdapter {
  name: string
  sendEmail(message: EmailMessage): Promise<unknown>
}

export interface EmailConfig {
  adapter?: EmailAdapter
  /** Default 'no-reply@localhost'. */
  fromAddress?: string
  /** Default 'Quire'. */
  fromName?: string
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
