// Naming rules from config names to Prisma/SQL identifiers. Pure and deterministic: the
// schema printer, the query translator and the document mappers must all agree on them.
import { createHash } from 'node:crypto'

/** PostgreSQL cuts identifiers at 63 bytes (NAMEDATALEN - 1); SQLite has no limit. */
export const MAX_IDENTIFIER_LENGTH = 63
const HASH_LENGTH = 8

/**
 * A table or column name that fits PostgreSQL. Longer derived names (deeply nested groups and
 * arrays, long slugs) keep a readable head and end in 8 hex characters of the SHA-256 of the
 * whole name, so two long names never collide and a name is the same on every run. Config
 * names are ASCII (the sanitizer's name rules), so characters are bytes.
 */
export function fitIdentifier(name: string): string {
  if (name.length <= MAX_IDENTIFIER_LENGTH) return name
  const hash = createHash('sha256').update(name).digest('hex').slice(0, HASH_LENGTH)
  return `${name.slice(0, MAX_IDENTIFIER_LENGTH - HASH_LENGTH - 1)}_${hash}`
}

/** `blog-posts` → `BlogPosts`, `movieReviews` → `MovieReviews`. Collection and global models never contain `_`. */
export function modelNameForSlug(slug: string): string {
  return slug
    .split(/[-_]/)
    .filter(Boolean)
    .map((part) => part[0]!.toUpperCase() + part.slice(1))
    .join('')
}

/** `blog-posts` → `blog_posts`; a camelCase slug is snake_cased as Payload's tables are (`movieReviews` → `movie_reviews`). */
export function tableNameForSlug(slug: string): string {
  return fitIdentifier(
    slug
      .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
      .replace(/-/g, '_')
      .toLowerCase(),
  )
}

/** Prisma's client exposes model `Foo_bar` as `prisma.foo_bar`. */
export function delegateNameForModel(model: string): string {
  return model[0]!.toLowerCase() + model.slice(1)
}

/** A field path inside one table (`meta.title`) becomes one column name (`meta_title`). */
export function columnNameForPath(path: readonly string[]): string {
  return fitIdentifier(path.join('_'))
}

/** Child tables hang off their owner: `Posts` + `links` → `Posts_links`. */
export function childModelName(ownerModel: string, path: readonly string[]): string {
  return `${ownerModel}_${path.join('_')}`
}

export function childTableName(ownerTable: string, path: readonly string[]): string {
  return fitIdentifier(`${ownerTable}_${path.join('_')}`)
}

/** Navigation field next to a foreign-key column; `__` is reserved, so it never collides. */
export function relationFieldForColumn(column: string): string {
  return `${column}__rel`
}

/** The back-relation Prisma requires on the target model of a relation. */
export function backRelationField(ownerModel: string, column: string): string {
  return `${delegateNameForModel(ownerModel)}_${column}__back`
}

export function relationName(ownerModel: string, column: string): string {
  return `${ownerModel}_${column}`
}

/**
 * System columns of child tables. Prisma names must start with a letter, and field names may
 * not contain `__`, so these can never collide with a user's field.
 */
export const PARENT_COLUMN = 'parent__id'
export const ORDER_COLUMN = 'order__index'
/**
 * Rows of a localized child table (links, values, array rows) carry the locale they belong to.
 * `__` is reserved, so this never collides with a user's field.
 */
export const LOCALE_COLUMN = 'locale__code'

/** `pt-BR` → `pt_BR`: locale codes may use `-`, identifiers may not. */
export function localeIdentifier(locale: string): string {
  return locale.replace(/-/g, '_')
}

/**
 * One column per locale: a localized `title` with locales en, zh is stored as `title_en` and
 * `title_zh`. Collisions (`pt-BR` vs `pt_BR`, or a field really named `title_en`) are caught by
 * the storage name check, because the storage model lists these columns.
 */
export function localizedColumn(column: string, locale: string): string {
  return fitIdentifier(`${column}_${localeIdentifier(locale)}`)
}

/** The column holding a plain value in a `values` child table (hasMany select, text, number). */
export const VALUE_COLUMN = 'value'
/** Link tables: one nullable foreign key per target collection, named after it. */
export function linkColumnForTarget(targetSlug: string): string {
  return tableNameForSlug(targetSlug)
}

/**
 * Quire's own table of document locks (docs/locking.md). It exists in every schema, whatever
 * the config, so its name is reserved: `checkStorageNames` rejects a slug that would map to it.
 * Locks name their document and user by strings (no foreign keys), so they work with any ids
 * and any auth setup.
 */
export const LOCKS_MODEL = 'QuireLocks'
export const LOCKS_TABLE = 'quire_locks'
export const LOCK_COLUMNS = {
  /** Collection slug of the locked document; null for a global. */
  collection: 'collection',
  /** The locked document's id, as text; null for a global. */
  documentId: 'documentId',
  /** Slug of the locked global; null for a document. */
  globalSlug: 'globalSlug',
  /** Collection slug and id (as text) of the user holding the lock. */
  userCollection: 'userCollection',
  userId: 'userId',
} as const

/**
 * Quire's own record of upload files written but not yet owned by a committed document
 * (uploads/pending-files.ts), in every schema like the locks table. A row is committed before
 * its file is written and deleted in the transaction that makes a document name the file (or
 * once a removed file is gone), so a row that stays names a file this database itself
 * abandoned — the only files the orphan sweep may delete.
 */
export const UPLOAD_PENDING_MODEL = 'QuireUploadPending'
export const UPLOAD_PENDING_TABLE = 'quire_upload_pending'
export const UPLOAD_PENDING_COLUMNS = {
  /** Slug of the upload collection whose storage holds the file. */
  collection: 'collection',
  /** The file's storage key. */
  filename: 'filename',
} as const

/**
 * Quire's own table of login sessions (auth/sessions.ts), in every schema like the locks table.
 * A row names its user by strings, so one table serves every auth collection. The session id
 * itself is never stored: only its SHA-256 (`idHash`), so a leaked table cannot be replayed.
 */
export const SESSIONS_MODEL = 'QuireSessions'
export const SESSIONS_TABLE = 'quire_sessions'
export const SESSION_COLUMNS = {
  /** Hex SHA-256 of the random session id sealed into the token. */
  idHash: 'idHash',
  /** Collection slug and id (as text) of the signed-in user. */
  userCollection: 'userCollection',
  userId: 'userId',
  /** Idle expiry: moves forward while the session is used, never past `absoluteExpiresAt`. */
  expiresAt: 'expiresAt',
  /** Absolute expiry: fixed at login; refresh cannot extend a session beyond it. */
  absoluteExpiresAt: 'absoluteExpiresAt',
  lastUsedAt: 'lastUsedAt',
  /** Hash of the id the last refresh rotated out, and until when it still authenticates. */
  previousIdHash: 'previousIdHash',
  previousIdExpiresAt: 'previousIdExpiresAt',
  /** The User-Agent the session signed in from, so people can tell their devices apart. */
  userAgent: 'userAgent',
} as const
