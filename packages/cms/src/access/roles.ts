// Who may do what in this product: three roles on `users.role`.
//   admin  — everything, including managing people (users.ts);
//   editor — all content: every post, categories, media, the header;
//   author — reads everything, writes their own posts, uploads media.
// Only people (the `users` collection) hold roles; any other signed-in collection gets none.
import type { Access, FieldAccessFunction, RequestUser, Where } from '@quire/core'

export type Role = 'admin' | 'editor' | 'author'

export function roleOf(user: RequestUser | null): Role | undefined {
  if (user?.collection !== 'users') return undefined
  return user.role === 'admin' || user.role === 'editor' ? user.role : 'author'
}

export const isAdmin = (user: RequestUser | null): boolean => roleOf(user) === 'admin'
/** Admins and editors look after all content. */
export const managesContent = (user: RequestUser | null): boolean => roleOf(user) === 'admin' || roleOf(user) === 'editor'

export const anyoneSignedIn: Access = ({ req }) => roleOf(req.user) !== undefined
export const contentManagers: Access = ({ req }) => managesContent(req.user)
export const contentManagersField: FieldAccessFunction = ({ req }) => managesContent(req.user)
export const adminsOnly: Access = ({ req }) => isAdmin(req.user)
export const adminsOnlyField: FieldAccessFunction = ({ req }) => isAdmin(req.user)

/** Content managers: every document; authors: the documents whose `field` names them. */
export function managersOrOwner(field: string): Access {
  return ({ req }) => {
    if (managesContent(req.user)) return true
    if (roleOf(req.user) !== 'author' || !req.user) return false
    const own: Where = { [field]: { equals: req.user.id } }
    return own
  }
}
