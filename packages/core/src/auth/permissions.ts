// What a user may do, per collection and global, for a UI to show or hide actions (docs/access.md and
// docs/auth.md: `auth` → permissions). Each access function runs once for the user without a document;
// a Where answer ("only some documents") counts as allowed.
import { decideAccess } from '../access/collection-access.ts'
import type { CollectionAccess, QuireRequest, RequestUser } from '../config/hooks-and-access.ts'
import type { QuireInternals } from '../operations/context.ts'

export interface CollectionPermissions {
  create: boolean
  read: boolean
  update: boolean
  delete: boolean
}

export interface GlobalPermissions {
  read: boolean
  update: boolean
}

export interface Permissions {
  collections: Record<string, CollectionPermissions>
  globals: Record<string, GlobalPermissions>
}

export async function permissionsFor(quire: QuireInternals, user: RequestUser | null, context: Record<string, unknown> = {}): Promise<Permissions> {
  const req: QuireRequest = { user, context, quire: quire.api }
  const allowed = async (access: CollectionAccess | undefined, operation: keyof CollectionAccess): Promise<boolean> =>
    (await decideAccess(access, operation, { req }, false)) !== false
  const permissions: Permissions = { collections: {}, globals: {} }
  for (const { slug, config } of quire.schema.collections.values()) {
    const [create, read, update, remove] = await Promise.all((['create', 'read', 'update', 'delete'] as const).map((operation) => allowed(config.access, operation)))
    permissions.collections[slug] = { create: create!, read: read!, update: update!, delete: remove! }
  }
  for (const { slug, config } of quire.schema.globals.values()) {
    const [read, update] = await Promise.all((['read', 'update'] as const).map((operation) => allowed(config.access, operation)))
    permissions.globals[slug] = { read: read!, update: update! }
  }
  return permissions
}
