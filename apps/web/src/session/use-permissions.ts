// What the signed-in person may do, as the server answers it (the content model's roles:
// cms/src/access/roles.ts), so screens offer only what will succeed instead of failing with a
// 403 at save time. The server stays the judge; this only decides what to show.
//
// Until an answer is in (and if asking failed) every action counts as NOT permitted: a
// destructive control never appears and then vanishes. Reading is never gated on it.
import type { QuireTypes } from '@quire/cms/types'
import { trpc, type RouterOutputs } from '../api/trpc.ts'

type Answer = RouterOutputs['auth']['permissions']
export type CollectionPermissions = Answer['collections'][string]
export type GlobalPermissions = Answer['globals'][string]
export type DocPermissions = RouterOutputs['collections']['docAccess']
type CollectionSlug = keyof QuireTypes['collections'] & string
type GlobalSlug = keyof QuireTypes['globals'] & string

const NO_COLLECTION: CollectionPermissions = { create: false, read: false, update: false, delete: false }
const NO_GLOBAL: GlobalPermissions = { read: false, update: false }
const NO_DOC: DocPermissions = { read: false, update: false, delete: false }

export interface Permissions {
  /** Still asking: show no action yet rather than one that may disappear. */
  pending: boolean
  /** Why there is no answer (the actions all stay off); null when there is one or it is coming. */
  error: unknown
  retry(): void
  collection(slug: CollectionSlug): CollectionPermissions
  global(slug: GlobalSlug): GlobalPermissions
}

/** Per collection and global: "may I create posts, delete media, change the header?" */
export function usePermissions(): Permissions {
  const query = trpc.auth.permissions.useQuery()
  return {
    pending: query.isPending,
    error: query.error,
    retry: () => void query.refetch(),
    collection: (slug) => query.data?.collections[slug] ?? NO_COLLECTION,
    global: (slug) => query.data?.globals[slug] ?? NO_GLOBAL,
  }
}

export interface DocAccess {
  pending: boolean
  error: unknown
  retry(): void
  /** Exact for this document (an author's "own posts only" rule is checked against it). */
  can: DocPermissions
}

/** What the person may do to ONE document; `enabled: false` (no document yet) permits nothing. */
export function useDocAccess(collection: CollectionSlug, id: number | string, enabled: boolean): DocAccess {
  const query = trpc.collections.docAccess.useQuery({ collection, id }, { enabled })
  return { pending: enabled && query.isPending, error: query.error, retry: () => void query.refetch(), can: query.data ?? NO_DOC }
}

type Utils = ReturnType<typeof trpc.useUtils>

/**
 * The answers belong to whoever was signed in when they came. After signing in on this tab
 * (nothing is being edited here then) they are dropped, not just marked stale, so a previous
 * person's rights never show while the new ones load.
 */
export async function forgetPermissions(utils: Utils): Promise<void> {
  await Promise.all([utils.auth.permissions.reset(), utils.collections.docAccess.reset()])
}

/**
 * Another tab signed in: asked again, keeping the current answers meanwhile, since a form
 * open here must not be unmounted (and its edits lost) while the answer travels.
 */
export async function refreshPermissions(utils: Utils): Promise<void> {
  await Promise.all([utils.auth.permissions.invalidate(), utils.collections.docAccess.invalidate()])
}
