// The typed surface of the Local API: option and result shapes of Payload's Local API
// (docs/operations.md), generic over the generated `QuireTypes` of a content model.
import type { DocumentData, QuireRequest, RequestUser, UploadedFile } from './config/hooks-and-access.ts'
import type { Sort, Where } from './query/where-types.ts'

export type DocumentID = number | string

/** The shape `printTypes` generates: one entry per collection and global. */
export interface QuireTypesShape {
  collections: Record<string, { doc: object; data: object }>
  globals: Record<string, { doc: object; data: object }>
}

/** Used when a Quire is built without generated types (tests, generic tools). */
export interface UntypedQuireTypes extends QuireTypesShape {
  collections: Record<string, { doc: DocumentData & { id: DocumentID }; data: DocumentData }>
  globals: Record<string, { doc: DocumentData; data: DocumentData }>
}

export type CollectionSlug<T extends QuireTypesShape> = keyof T['collections'] & string
export type GlobalSlug<T extends QuireTypesShape> = keyof T['globals'] & string
export type DocOf<T extends QuireTypesShape, S extends CollectionSlug<T>> = T['collections'][S]['doc']
export type DataOf<T extends QuireTypesShape, S extends CollectionSlug<T>> = T['collections'][S]['data']
export type GlobalDocOf<T extends QuireTypesShape, S extends GlobalSlug<T>> = T['globals'][S]['doc']
export type GlobalDataOf<T extends QuireTypesShape, S extends GlobalSlug<T>> = T['globals'][S]['data']

export type DeepPartial<T> = T extends (infer U)[]
  ? DeepPartial<U>[]
  : T extends object
    ? { [K in keyof T]?: DeepPartial<T[K]> | null }
    : T

/** `{ title: true }` (include) or `{ content: false }` (exclude); never mixed. */
export type SelectType = { [field: string]: boolean | SelectType }

/** Options every operation shares (docs/operations.md#shared-options). */
export interface SharedOptions {
  depth?: number
  locale?: string
  fallbackLocale?: string | string[] | false
  /** Default `true` on the Local API, as in Payload: set `false` to enforce access rules. */
  overrideAccess?: boolean
  /** The user the call acts for; with `overrideAccess: false` access rules judge this user. */
  user?: RequestUser | null
  showHiddenFields?: boolean
  context?: Record<string, unknown>
  /** Reuse user, locale and context of an outer request (a hook's `req`). */
  req?: Partial<Pick<QuireRequest, 'user' | 'locale' | 'fallbackLocale' | 'context' | 'headers'>>
  select?: SelectType
  populate?: Record<string, SelectType>
}

export interface DocAccessOptions<S extends string = string> extends Pick<SharedOptions, 'overrideAccess' | 'user' | 'context' | 'req'> {
  collection: S
  id: DocumentID
}

/** What the caller may do to one document (false, too, when the document does not exist). */
export interface DocPermissions {
  read: boolean
  update: boolean
  delete: boolean
}

export interface WriteOptions extends SharedOptions {
  disableTransaction?: boolean
}

/** Upload collections: the file to store, as bytes or as an absolute path on this machine. */
export interface FileOptions {
  file?: UploadedFile
  filePath?: string
  /** Reuse the file's name even if a file of that name exists (default: pick `name-1.ext`). */
  overwriteExistingFiles?: boolean
}

export interface CreateOptions<T extends QuireTypesShape, S extends CollectionSlug<T>> extends WriteOptions, FileOptions {
  collection: S
  data: DataOf<T, S>
  /** Copies the stored document and applies `data` over it. */
  duplicateFromID?: DocumentID
  draft?: boolean
}

export interface FindOptions<S extends string> extends SharedOptions {
  collection: S
  where?: Where
  sort?: Sort
  /** Page size; default 10. `0` returns every document without counting. */
  limit?: number
  page?: number
  /** `false` skips the count query. */
  pagination?: boolean
  disableErrors?: boolean
  /** Adds `_isLocked` and `_userEditing` to each document (one query for the page). */
  includeLockStatus?: boolean
}

export interface FindByIDOptions<S extends string> extends SharedOptions {
  collection: S
  id: DocumentID
  disableErrors?: boolean
  includeLockStatus?: boolean
}

export interface CountOptions<S extends string> extends Omit<SharedOptions, 'select' | 'populate' | 'depth'> {
  collection: S
  where?: Where
  disableErrors?: boolean
}

export interface UpdateByIDOptions<T extends QuireTypesShape, S extends CollectionSlug<T>> extends WriteOptions, FileOptions {
  collection: S
  id: DocumentID
  data: DeepPartial<DataOf<T, S>>
  overrideLock?: boolean
  where?: never
}

export interface UpdateManyOptions<T extends QuireTypesShape, S extends CollectionSlug<T>> extends WriteOptions, FileOptions {
  collection: S
  where: Where
  data: DeepPartial<DataOf<T, S>>
  /** Updates at most this many matching documents (in `sort` order); default all. */
  limit?: number
  sort?: Sort
  overrideLock?: boolean
  id?: never
}

export interface DeleteByIDOptions<S extends string> extends WriteOptions {
  collection: S
  id: DocumentID
  overrideLock?: boolean
  where?: never
}

export interface DeleteManyOptions<S extends string> extends WriteOptions {
  collection: S
  where: Where
  overrideLock?: boolean
  id?: never
}

export interface DuplicateOptions<T extends QuireTypesShape, S extends CollectionSlug<T>> extends WriteOptions {
  collection: S
  id: DocumentID
  data?: DeepPartial<DataOf<T, S>>
}

export interface PaginatedDocs<TDoc> {
  docs: TDoc[]
  totalDocs: number
  limit: number
  totalPages: number
  page: number
  pagingCounter: number
  hasPrevPage: boolean
  hasNextPage: boolean
  prevPage: number | null
  nextPage: number | null
}

export interface BulkOperationResult<TDoc> {
  docs: TDoc[]
  errors: { id: DocumentID; message: string; isPublic: boolean }[]
}

export interface FindGlobalOptions<S extends string> extends SharedOptions {
  slug: S
  disableErrors?: boolean
  includeLockStatus?: boolean
}

export interface UpdateGlobalOptions<T extends QuireTypesShape, S extends GlobalSlug<T>> extends WriteOptions {
  slug: S
  data: DeepPartial<GlobalDataOf<T, S>>
  overrideLock?: boolean
}
