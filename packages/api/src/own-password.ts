// Over the network, changing your OWN password needs the current one (auth.changePassword):
// otherwise whoever holds a stolen session could set a new password through a plain
// collections.update and lock the owner out. Setting someone else's password (an admin
// resetting it) stays an ordinary update, decided by the collection's access rules.
// "Your own" is decided by core's sameDocumentId, on the id as the update will read it: a
// string comparison let `"02"` through while the update acted on document 2.
import { sameDocumentId, ValidationError } from '@quire/core'
import type { ApiContext } from './context.ts'

export const USE_CHANGE_PASSWORD = 'To change your own password, use auth.changePassword: it asks for the current one.'

export function refuseOwnPasswordUpdate(ctx: ApiContext, input: { collection: string; id: string | number; data: Record<string, unknown> }): void {
  const user = ctx.user
  if (!user || user.collection !== input.collection || !sameDocumentId(user.id, input.id)) return
  if (Object.hasOwn(input.data, 'password')) throw new ValidationError([{ path: 'password', message: USE_CHANGE_PASSWORD }], input.collection)
}
