// auth.sessions: where the signed-in user is signed in, and ending one of those sessions
// ("sign out that device"). Both act through the user-bound Local API, which forces the
// session user onto every call, so a caller can only ever see or revoke their own sessions;
// another user's session id is a 404, exactly like an id that does not exist.
import { Unauthorized, type RequestUser } from '@quire/core'
import { z } from 'zod'
import type { ApiContext } from '../context.ts'
import { publicProcedure, router } from '../trpc.ts'

function signedInUser(ctx: ApiContext): RequestUser {
  if (!ctx.user) throw new Unauthorized()
  return ctx.user
}

export const sessionsRouter = router({
  list: publicProcedure.query(({ ctx }) => {
    const user = signedInUser(ctx)
    return ctx.api.listSessions({ collection: user.collection, user })
  }),

  revoke: publicProcedure.input(z.strictObject({ id: z.number().int().positive().max(Number.MAX_SAFE_INTEGER) })).mutation(async ({ ctx, input }) => {
    const user = signedInUser(ctx)
    const revoked = await ctx.api.revokeSession({ collection: user.collection, user, id: input.id })
    // Revoking the session this very request came from is a logout: drop the dead cookie too.
    if (revoked.current) ctx.session.clear()
    return revoked
  }),
})
