// Hook and access signatures, with Payload's names and arguments (docs/hooks.md, docs/access.md).
// Documents are plain records here: typed documents live at the Local API surface.
import type { Where } from '../query/where-types.ts'
import type { Quire } from '../quire.ts'
import type { GlobalConfig, SanitizedCollectionConfig } from './types.ts'

export type DocumentData = Record<string, unknown>

/** A signed-in user as hooks and access functions see it. */
export type RequestUser = DocumentData & { id: number | string; collection: string }

/** What every hook and access function receives as `req`. */
export interface QuireRequest {
  user: RequestUser | null
  locale?: string
  /** The `fallbackLocale` the call asked for, if any; nested calls given `req` inherit it. */
  fallbackLocale?: string | string[] | false
  /** One object per call, shared by every hook of the call and of nested calls. */
  context: Record<string, unknown>
  /** The Local API; calls made through it inside a hook join the open transaction. */
  quire: Quire
  /** The file of an upload create/update (`file`, or `filePath` read from disk). */
  file?: UploadedFile
  /** The HTTP request's headers, when the call serves one (login records the User-Agent). */
  headers?: Headers
}

/** A file handed to create/update, shaped like Payload's `file` option. */
export interface UploadedFile {
  data: Uint8Array
  mimetype: string
  name: string
  size: number
}

// ── Access ────────────────────────────────────────────────────────────────────────────
export type AccessResult = boolean | Where
export interface AccessArgs {
  req: QuireRequest
  id?: number | string
  data?: DocumentData
}
export type Access = (args: AccessArgs) => AccessResult | Promise<AccessResult>

export interface CollectionAccess {
  create?: Access
  read?: Access
  update?: Access
  delete?: Access
}

export interface FieldAccessArgs {
  req: QuireRequest
  id?: number | string
  data?: DocumentData
  doc?: DocumentData
  siblingData?: DocumentData
}
export type FieldAccessFunction = (args: FieldAccessArgs) => boolean | Promise<boolean>
export interface FieldAccess {
  create?: FieldAccessFunction
  read?: FieldAccessFunction
  update?: FieldAccessFunction
}

// ── Field hooks ───────────────────────────────────────────────────────────────────────
export interface FieldHookArgs {
  value: unknown
  /** The whole document data being written (or the document being read). */
  data: DocumentData
  siblingData: DocumentData
  originalDoc?: DocumentData
  previousValue?: unknown
  previousDoc?: DocumentData
  /** The stored object the field sits in (`{}` on create); not given to afterRead. */
  previousSiblingDoc?: DocumentData
  operation: 'create' | 'update' | 'read' | 'delete'
  path: string
  field: import('./fields.ts').Field
  collection?: SanitizedCollectionConfig
  global?: GlobalConfig
  req: QuireRequest
  context: Record<string, unknown>
  overrideAccess: boolean
}
/** Returning `undefined` keeps the value. */
export type FieldHook = (args: FieldHookArgs) => unknown
export interface FieldHooks {
  beforeValidate?: FieldHook[]
  beforeChange?: FieldHook[]
  afterChange?: FieldHook[]
  afterRead?: FieldHook[]
  beforeDuplicate?: FieldHook[]
}

// ── Collection hooks ──────────────────────────────────────────────────────────────────
/** The auth operations that run beforeOperation/afterOperation, as in Payload (docs/hooks.md#collection-hooks). */
export type AuthOperationName = 'login' | 'refresh' | 'forgotPassword' | 'resetPassword' | 'unlock'
export type OperationName = 'create' | 'read' | 'update' | 'delete' | 'count' | AuthOperationName
export type AfterOperationName = 'create' | 'find' | 'findByID' | 'update' | 'updateByID' | 'delete' | 'deleteByID' | 'count' | AuthOperationName

interface HookBase {
  collection: SanitizedCollectionConfig
  req: QuireRequest
  context: Record<string, unknown>
}
type MaybePromise<T> = T | Promise<T>

/** Return semantics follow Payload: a returned value replaces the data/doc; `undefined` keeps it. */
export type BeforeOperationHook = (args: HookBase & { args: DocumentData; operation: OperationName; overrideAccess: boolean }) => MaybePromise<DocumentData | void>
export type BeforeValidateHook = (args: HookBase & { data: DocumentData; operation: 'create' | 'update'; originalDoc?: DocumentData; overrideAccess: boolean }) => MaybePromise<DocumentData | void>
export type BeforeChangeHook = BeforeValidateHook
export type AfterChangeHook = (args: HookBase & { data: DocumentData; doc: DocumentData; previousDoc: DocumentData; operation: 'create' | 'update'; overrideAccess: boolean }) => MaybePromise<DocumentData | void>
export type BeforeReadHook = (args: HookBase & { doc: DocumentData; overrideAccess: boolean }) => MaybePromise<DocumentData | void>
export type AfterReadHook = (args: HookBase & { doc: DocumentData; findMany: boolean; overrideAccess: boolean }) => MaybePromise<DocumentData | void>
export type BeforeDeleteHook = (args: HookBase & { id: number | string }) => MaybePromise<unknown>
export type AfterDeleteHook = (args: HookBase & { id: number | string; doc: DocumentData }) => MaybePromise<DocumentData | void>
export type AfterOperationHook = (args: HookBase & { args: DocumentData; operation: AfterOperationName; result: unknown; overrideAccess: boolean }) => MaybePromise<unknown>
/**
 * Quire's addition: runs after the transaction of the write has committed (never on rollback),
 * for side effects that must only see committed data (cache purges, webhooks, emails).
 * Errors are logged, not thrown: the write has already happened.
 */
export type AfterCommitHook = (args: HookBase & { doc: DocumentData; previousDoc?: DocumentData; operation: 'create' | 'update' | 'delete' }) => MaybePromise<unknown>

export interface CollectionHooks {
  beforeOperation?: BeforeOperationHook[]
  beforeValidate?: BeforeValidateHook[]
  beforeChange?: BeforeChangeHook[]
  afterChange?: AfterChangeHook[]
  beforeRead?: BeforeReadHook[]
  afterRead?: AfterReadHook[]
  beforeDelete?: BeforeDeleteHook[]
  afterDelete?: AfterDeleteHook[]
  afterOperation?: AfterOperationHook[]
  afterCommit?: AfterCommitHook[]
  // Auth collections only (auth/*): they run inside the auth operation's transaction, so a
  // throw undoes it (a throwing beforeLogin leaves no session behind).
  beforeLogin?: BeforeLoginHook[]
  afterLogin?: AfterLoginHook[]
  afterLogout?: AfterLogoutHook[]
  afterRefresh?: AfterRefreshHook[]
  afterMe?: AfterMeHook[]
  afterForgotPassword?: AfterForgotPasswordHook[]
}

// ── Auth hooks ────────────────────────────────────────────────────────────────────────
/** Before a session is created for a user whose password matched; a returned doc replaces `user`. */
export type BeforeLoginHook = (args: HookBase & { user: DocumentData }) => MaybePromise<DocumentData | void>
/** After the session exists and the token is sealed; a returned doc replaces `user` in the result. */
export type AfterLoginHook = (args: HookBase & { user: DocumentData; token: string }) => MaybePromise<DocumentData | void>
export type AfterLogoutHook = (args: HookBase & { user: DocumentData; allSessions: boolean }) => MaybePromise<unknown>
export type AfterRefreshHook = (args: HookBase & { user: DocumentData; token: string; exp: number }) => MaybePromise<unknown>
/** A returned object replaces the `me` response. */
export type AfterMeHook = (args: HookBase & { response: DocumentData }) => MaybePromise<DocumentData | void>
/** Runs for known and unknown emails alike (`user` is null for unknown ones), so it cannot reveal which. */
export type AfterForgotPasswordHook = (args: HookBase & { args: { email: string; disableEmail: boolean }; user: DocumentData | null }) => MaybePromise<unknown>

interface GlobalHookBase {
  global: GlobalConfig
  req: QuireRequest
  context: Record<string, unknown>
}
/** The operation a global's `beforeOperation` sees, with Payload's names ('read' for findGlobal). */
export type GlobalOperationName = 'read' | 'update'
/** The operation a global's `afterOperation` sees: the name of the Local API call. */
export type GlobalAfterOperationName = 'findOne' | 'update'
export type GlobalBeforeOperationHook = (args: GlobalHookBase & { args: DocumentData; operation: GlobalOperationName; overrideAccess: boolean }) => MaybePromise<DocumentData | void>
/** Quire's addition (Payload has none for globals): the last step of findGlobal/updateGlobal; a returned value replaces the result. */
export type GlobalAfterOperationHook = (args: GlobalHookBase & { args: DocumentData; operation: GlobalAfterOperationName; result: DocumentData; overrideAccess: boolean }) => MaybePromise<DocumentData | void>
export interface GlobalHooks {
  /** First step of findGlobal ('read') and updateGlobal ('update'), before access; a returned object replaces the call's arguments. */
  beforeOperation?: GlobalBeforeOperationHook[]
  beforeValidate?: ((args: GlobalHookBase & { data: DocumentData; originalDoc?: DocumentData }) => MaybePromise<DocumentData | void>)[]
  beforeChange?: ((args: GlobalHookBase & { data: DocumentData; originalDoc?: DocumentData }) => MaybePromise<DocumentData | void>)[]
  afterChange?: ((args: GlobalHookBase & { data: DocumentData; doc: DocumentData; previousDoc: DocumentData }) => MaybePromise<DocumentData | void>)[]
  beforeRead?: ((args: GlobalHookBase & { doc: DocumentData }) => MaybePromise<DocumentData | void>)[]
  afterRead?: ((args: GlobalHookBase & { doc: DocumentData }) => MaybePromise<DocumentData | void>)[]
  afterOperation?: GlobalAfterOperationHook[]
}
