// The Local API object. Each method is a thin, typed door to one operation function; the
// operations themselves are untyped over documents and know nothing of the generated types.
import type { RequestUser } from './config/hooks-and-access.ts'
import type { SanitizedConfig } from './config/types.ts'
import type { Database } from './database/types.ts'
import { inTransaction } from './database/transactions.ts'
import type {
  BulkOperationResult,
  CollectionSlug,
  FindGlobalOptions,
  GlobalDocOf,
  GlobalSlug,
  UpdateGlobalOptions,
  CountOptions,
  DocAccessOptions,
  DocPermissions,
  CreateOptions,
  DeleteByIDOptions,
  DeleteManyOptions,
  DocOf,
  DuplicateOptions,
  FindByIDOptions,
  FindOptions,
  PaginatedDocs,
  QuireTypesShape,
  UntypedQuireTypes,
  UpdateByIDOptions,
  UpdateManyOptions,
} from './local-api-types.ts'
import { buildStorageSchema, type StorageSchema } from './storage/storage-model.ts'
import type { QuireInternals } from './operations/context.ts'
import { count } from './operations/count.ts'
import { docAccess } from './operations/doc-access.ts'
import { create } from './operations/create.ts'
import { deleteByID } from './operations/delete-by-id.ts'
import { deleteMany } from './operations/delete-many.ts'
import { duplicate } from './operations/duplicate.ts'
import { find } from './operations/find.ts'
import { findByID } from './operations/find-by-id.ts'
import { updateByID } from './operations/update-by-id.ts'
import { updateMany } from './operations/update-many.ts'
import { findGlobal } from './operations/find-global.ts'
import { updateGlobal } from './operations/update-global.ts'
import * as authApi from './auth/index.ts'

/** A signed-in user of collection S: the document plus where it came from (auth/auth-collection.ts). */
export type AuthUser<T extends QuireTypesShape, S extends CollectionSlug<T>> = DocOf<T, S> & { collection: string; _strategy?: 'session' | 'stateless' | 'api-key'; _sid?: number }

export class Quire<T extends QuireTypesShape = UntypedQuireTypes> {
  readonly config: SanitizedConfig
  readonly db: Database
  readonly schema: StorageSchema
  private readonly internals: QuireInternals
  /** Set on APIs made by `withUser`: applied over every call's options, so they cannot be undone per call. */
  private readonly forced: { user: RequestUser | null; overrideAccess: false } | undefined

  constructor(options: { config: SanitizedConfig; db: Database }, bound?: { internals: QuireInternals; user: RequestUser | null }) {
    if (!options.config?.sanitized) throw new Error('createQuire needs the result of buildConfig(config)')
    this.config = options.config
    this.db = options.db
    this.schema = bound?.internals.schema ?? buildStorageSchema(options.config)
    this.internals = bound?.internals ?? { config: this.config, schema: this.schema, db: this.db, api: this as unknown as Quire }
    this.forced = bound ? { user: bound.user, overrideAccess: false } : undefined
  }

  /**
   * The same Local API acting for `user` with access control enforced on every call
   * (`overrideAccess: false` cannot be overridden through it). Request handlers use this;
   * the unbound API stays trusted, as in Payload.
   */
  withUser(user: RequestUser | null): Quire<T> {
    return new Quire<T>({ config: this.config, db: this.db }, { internals: this.internals, user })
  }

  /**
   * Runs `work` in one database transaction: every Local API call made inside it — through
   * this API, a user-bound one, or a hook — joins it (AsyncLocalStorage), so several writes
   * commit together or not at all, files they stored included. Inside an open transaction,
   * `work` runs in a savepoint of it.
   */
  transaction<R>(work: () => Promise<R>): Promise<R> {
    return inTransaction(this.db, () => work())
  }

  private bind<TOptions extends object>(options: TOptions): TOptions {
    return this.forced ? { ...options, ...this.forced } : options
  }

  create<S extends CollectionSlug<T>>(options: CreateOptions<T, S>): Promise<DocOf<T, S>> {
    return create(this.internals, this.bind(options) as never) as Promise<DocOf<T, S>>
  }

  find<S extends CollectionSlug<T>>(options: FindOptions<S>): Promise<PaginatedDocs<DocOf<T, S>>> {
    return find(this.internals, this.bind(options)) as Promise<PaginatedDocs<DocOf<T, S>>>
  }

  findByID<S extends CollectionSlug<T>>(options: FindByIDOptions<S> & { disableErrors: true }): Promise<DocOf<T, S> | null>
  findByID<S extends CollectionSlug<T>>(options: FindByIDOptions<S>): Promise<DocOf<T, S>>
  findByID<S extends CollectionSlug<T>>(options: FindByIDOptions<S>): Promise<DocOf<T, S> | null> {
    return findByID(this.internals, this.bind(options)) as Promise<DocOf<T, S> | null>
  }

  count<S extends CollectionSlug<T>>(options: CountOptions<S>): Promise<{ totalDocs: number }> {
    return count(this.internals, this.bind(options))
  }

  /**
   * What `user` (or `req.user`; null: anonymous) may do per collection and global, as `auth()`
   * returns it with the user (Payload's access operation). A Where answer counts as allowed:
   * ask `docAccess` about one document.
   */
  permissions(options: { user?: RequestUser | null; req?: { user?: RequestUser | null; context?: Record<string, unknown> } } = {}): Promise<authApi.Permissions> {
    const bound = this.bind(options)
    return authApi.permissionsFor(this.internals, bound.user ?? bound.req?.user ?? null, bound.req?.context)
  }

  /** What `user` may do to one document: `{ read, update, delete }` (Payload's docAccess, as booleans). */
  docAccess<S extends CollectionSlug<T>>(options: DocAccessOptions<S>): Promise<DocPermissions> {
    return docAccess(this.internals, this.bind(options))
  }

  /** By `id` → the updated document; by `where` → `{ docs, errors }`. */
  update<S extends CollectionSlug<T>>(options: UpdateByIDOptions<T, S>): Promise<DocOf<T, S>>
  update<S extends CollectionSlug<T>>(options: UpdateManyOptions<T, S>): Promise<BulkOperationResult<DocOf<T, S>>>
  update<S extends CollectionSlug<T>>(options: UpdateByIDOptions<T, S> | UpdateManyOptions<T, S>): Promise<DocOf<T, S> | BulkOperationResult<DocOf<T, S>>> {
    // As in Payload, a truthy id selects the by-id operation; otherwise `where` is required.
    if (options.id) return updateByID(this.internals, this.bind(options) as never) as Promise<DocOf<T, S>>
    return updateMany(this.internals, this.bind(options) as never) as Promise<BulkOperationResult<DocOf<T, S>>>
  }

  /** By `id` → the deleted document; by `where` → `{ docs, errors }`. */
  delete<S extends CollectionSlug<T>>(options: DeleteByIDOptions<S>): Promise<DocOf<T, S>>
  delete<S extends CollectionSlug<T>>(options: DeleteManyOptions<S>): Promise<BulkOperationResult<DocOf<T, S>>>
  delete<S extends CollectionSlug<T>>(options: DeleteByIDOptions<S> | DeleteManyOptions<S>): Promise<DocOf<T, S> | BulkOperationResult<DocOf<T, S>>> {
    if (options.id) return deleteByID(this.internals, this.bind(options) as DeleteByIDOptions<S>) as Promise<DocOf<T, S>>
    return deleteMany(this.internals, this.bind(options) as DeleteManyOptions<S>) as Promise<BulkOperationResult<DocOf<T, S>>>
  }

  duplicate<S extends CollectionSlug<T>>(options: DuplicateOptions<T, S>): Promise<DocOf<T, S>> {
    return duplicate(this.internals, this.bind(options) as never) as Promise<DocOf<T, S>>
  }

  findGlobal<S extends GlobalSlug<T>>(options: FindGlobalOptions<S> & { disableErrors: true }): Promise<GlobalDocOf<T, S> | null>
  findGlobal<S extends GlobalSlug<T>>(options: FindGlobalOptions<S>): Promise<GlobalDocOf<T, S>>
  findGlobal<S extends GlobalSlug<T>>(options: FindGlobalOptions<S>): Promise<GlobalDocOf<T, S> | null> {
    return findGlobal(this.internals, this.bind(options)) as Promise<GlobalDocOf<T, S> | null>
  }

  updateGlobal<S extends GlobalSlug<T>>(options: UpdateGlobalOptions<T, S>): Promise<GlobalDocOf<T, S>> {
    return updateGlobal(this.internals, this.bind(options) as never) as Promise<GlobalDocOf<T, S>>
  }

  // ── auth ──
  // Authentication (auth/*, issue 5). One block, owned by the auth work; each method is a thin
  // door to one auth operation. Tokens are iron seals usable as `Authorization: Bearer` or as
  // the `<cookiePrefix>-token` cookie; setting and clearing that cookie is the HTTP layer's job.

  /** Checks the password and starts a new session → `{ token, user, exp }`; every failure is the same AuthenticationError (401). */
  login<S extends CollectionSlug<T>>(options: authApi.LoginOptions<S>): Promise<authApi.LoginResult<AuthUser<T, S>>> {
    return authApi.login(this.internals, this.bind(options)) as unknown as Promise<authApi.LoginResult<AuthUser<T, S>>>
  }

  /** The user a request's headers authenticate (Bearer token, API key, then cookie), or null, with their permissions. */
  auth(options: authApi.AuthCallOptions): Promise<authApi.AuthResult> {
    return authApi.authenticate(this.internals, options)
  }

  /** Revokes the token's session, or all of the user's sessions with `allSessions`. */
  logout<S extends CollectionSlug<T>>(options: authApi.LogoutOptions<S>): Promise<authApi.LogoutResult> {
    return authApi.logout(this.internals, this.bind(options))
  }

  /** A new token for a valid one: the session is extended and gets a new id (the old token stops working). */
  refresh<S extends CollectionSlug<T>>(options: authApi.RefreshOptions<S>): Promise<authApi.RefreshResult<AuthUser<T, S>>> {
    return authApi.refresh(this.internals, this.bind(options)) as unknown as Promise<authApi.RefreshResult<AuthUser<T, S>>>
  }

  me(options: authApi.MeOptions): Promise<authApi.MeResult> {
    return authApi.me(this.internals, this.bind(options))
  }

  /** Mails a reset link to a known email; answers `null` either way (the token itself only with `disableEmail`). */
  forgotPassword<S extends CollectionSlug<T>>(options: authApi.ForgotPasswordOptions<S>): Promise<string | null> {
    return authApi.forgotPassword(this.internals, this.bind(options))
  }

  /** Sets the password with a reset token (once), revokes every session and starts a new one. */
  resetPassword<S extends CollectionSlug<T>>(options: authApi.ResetPasswordOptions<S>): Promise<authApi.LoginResult<AuthUser<T, S>>> {
    return authApi.resetPassword(this.internals, this.bind(options)) as unknown as Promise<authApi.LoginResult<AuthUser<T, S>>>
  }

  /**
   * The signed-in `user` replaces their password by giving the current one (a wrong one counts
   * as a failed login); their other sessions end, this one stays → `{ user }`.
   */
  changePassword<S extends CollectionSlug<T>>(options: authApi.ChangePasswordOptions<S>): Promise<{ user: DocOf<T, S> }> {
    return authApi.changePassword(this.internals, this.bind(options)) as Promise<{ user: DocOf<T, S> }>
  }

  verifyEmail<S extends CollectionSlug<T>>(options: authApi.VerifyEmailOptions<S>): Promise<true> {
    return authApi.verifyEmail(this.internals, this.bind(options))
  }

  unlock<S extends CollectionSlug<T>>(options: authApi.UnlockOptions<S>): Promise<true> {
    return authApi.unlock(this.internals, this.bind(options))
  }
  /** The user's live sessions, most recently used first, with `current` marking the one `user` came from. */
  listSessions<S extends CollectionSlug<T>>(options: authApi.ListSessionsOptions<S>): Promise<authApi.SessionInfo[]> {
    return authApi.listSessions(this.internals, this.bind(options))
  }

  /** Ends one of the user's sessions (its token stops working at once); another user's session → NotFound. */
  revokeSession<S extends CollectionSlug<T>>(options: authApi.RevokeSessionOptions<S>): Promise<{ id: number; current: boolean }> {
    return authApi.revokeSession(this.internals, this.bind(options))
  }
  // ── end auth ──

}

export function createQuire<T extends QuireTypesShape = UntypedQuireTypes>(options: { config: SanitizedConfig; db: Database }): Quire<T> {
  return new Quire<T>(options)
}
