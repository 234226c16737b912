// Authentication procedures: the seed's login / logout (allSessions) / refresh, plus me and the
// password and email flows. The token lives only in the HttpOnly iron-session cookie
// (ctx.session); it is never returned to the browser, so script on the page cannot steal it,
// and users leave without the fields auth keeps for itself (`_sid`, `_strategy`: public-user.ts).
// They call the trusted Local API because they run before anyone is signed in; each one acts
// only on the credentials it was given or on the caller's own session.
// Their inputs live in inputs/auth-inputs.ts, which the SPA's forms validate with too.
// The rate limits and the password-hashing gate are declared here, on each procedure
// (limits/limit-middleware.ts), so they apply to every call tRPC resolves to it.
import { Unauthorized, type LoginResult } from '@quire/core'
import { requireAuthCollection, requireCollection } from '../config-slugs.ts'
import type { ApiContext } from '../context.ts'
import { changePasswordInput, forgotPasswordInput, loginInput, logoutInput, resetPasswordInput, unlockInput, verifyEmailInput } from '../inputs/auth-inputs.ts'
import { publicUser } from '../public-user.ts'
import { gatePasswordHashing, limitAttempts } from '../limits/limit-middleware.ts'
import { publicProcedure, router } from '../trpc.ts'
import { sessionsRouter } from './sessions.ts'

/**
 * What a new token means over HTTP: it goes into the HttpOnly cookie (unless the caller
 * authenticated without one), and the browser gets only the user and the expiry.
 */
async function answerWithSession(ctx: ApiContext, result: LoginResult, setCookie = true) {
  if (setCookie) await ctx.session.set(result.token, new Date(result.exp * 1000))
  return { user: publicUser(result.user), exp: result.exp }
}

/** The session cookie's token, else an `Authorization: Bearer` one (API clients). */
function callerToken(ctx: ApiContext): string | undefined {
  return ctx.session.token ?? /^Bearer\s+(\S+)$/i.exec(ctx.meta.headers.get('authorization') ?? '')?.[1]
}

/** Any auth collection: core refuses a token of another one, after its replay check. */
function firstAuthCollection(ctx: ApiContext): string | undefined {
  return ctx.quire.config.collections.find((collection) => Boolean(collection.auth))?.slug
}

export const FORGOT_PASSWORD_ANSWER = 'If an account with that address exists, an email with a reset link is on its way.'

export const authRouter = router({
  login: publicProcedure
    .input(loginInput)
    .use(limitAttempts('login'))
    .use(gatePasswordHashing)
    .mutation(async ({ ctx, input }) => {
      const { collection, ...data } = requireCollection(ctx, input)
      // The headers let the session remember the device it signed in from (its User-Agent).
      const result = await ctx.quire.login({ collection, data, req: { headers: ctx.meta.headers } })
      return answerWithSession(ctx, result)
    }),

  logout: publicProcedure
    .input(logoutInput)
    .mutation(async ({ ctx, input }) => {
      const user = ctx.user
      const { revokedSessions } = user ? await ctx.quire.logout({ collection: user.collection, user, allSessions: input?.allSessions }) : { revokedSessions: 0 }
      ctx.session.clear()
      return { revokedSessions }
    }),

  refresh: publicProcedure.mutation(async ({ ctx }) => {
    const current = callerToken(ctx)
    if (!current) throw new Unauthorized()
    // A token that no longer signs anyone in still goes to core, which answers 401: if a refresh
    // rotated it out and its grace has passed, core first revokes its session (theft detection).
    const collection = ctx.user?.collection ?? firstAuthCollection(ctx)
    if (!collection) throw new Unauthorized()
    const result = await ctx.quire.refresh({ collection, token: current })
    // A Bearer caller keeps its own token store: only a cookie session gets the new cookie.
    return answerWithSession(ctx, result, Boolean(ctx.session.token))
  }),

  me: publicProcedure.query(async ({ ctx }) => {
    const current = callerToken(ctx)
    if (!ctx.user || !current) return { user: null }
    const { user, collection, exp } = await ctx.quire.me({ token: current })
    return { user: publicUser(user), collection, exp }
  }),

  forgotPassword: publicProcedure
    .input(forgotPasswordInput)
    .use(limitAttempts('forgotPassword'))
    .mutation(({ ctx, input }) => {
      // The reset token goes by email only, and the answer is the same whether the account exists —
      // in time too: the lookup, the token and the mail happen after the answer (after-response.ts).
      // What does not depend on the account (an unknown or non-auth collection) is still a 400.
      const { collection } = requireAuthCollection(ctx, input)
      ctx.afterResponse('forgotPassword', () => ctx.quire.forgotPassword({ collection, data: { email: input.email } }))
      return { message: FORGOT_PASSWORD_ANSWER }
    }),

  resetPassword: publicProcedure
    .input(resetPasswordInput)
    .use(gatePasswordHashing)
    .mutation(async ({ ctx, input }) => {
      const result = await ctx.quire.resetPassword({ collection: requireCollection(ctx, input).collection, data: { token: input.token, password: input.password }, req: { headers: ctx.meta.headers } })
      return answerWithSession(ctx, result)
    }),

  /**
   * The signed-in user's new password, given the current one (a wrong one counts toward the
   * lockout). Their other sessions end; this one stays, so the cookie is left as it is.
   */
  changePassword: publicProcedure
    .input(changePasswordInput)
    .use(gatePasswordHashing)
    .mutation(async ({ ctx, input }) => {
      const user = ctx.user
      if (!user) throw new Unauthorized()
      const result = await ctx.api.changePassword({ collection: user.collection, user, currentPassword: input.currentPassword, password: input.password })
      return { user: publicUser(result.user) }
    }),

  /**
   * Lifts a lockout (failed sign-ins) before it expires. Access enforced: the caller needs update
   * access to that user (in the product: admins, for anyone); otherwise 403, or 404 when the user
   * is not one the caller may update, so nothing is learnt about other accounts.
   */
  unlock: publicProcedure
    .input(unlockInput)
    .mutation(async ({ ctx, input }) => ({ unlocked: await ctx.api.unlock({ collection: requireCollection(ctx, input).collection, data: { email: input.email } }) })),

  verifyEmail: publicProcedure
    .input(verifyEmailInput)
    .mutation(async ({ ctx, input }) => ({ verified: await ctx.quire.verifyEmail({ collection: requireCollection(ctx, input).collection, token: input.token }) })),

  /** What the caller may do per collection and global (anonymous callers too), to show or hide actions. */
  permissions: publicProcedure.query(({ ctx }) => ctx.api.permissions()),

  /** The caller's own live sessions (list) and ending one of them (revoke). */
  sessions: sessionsRouter,
})
