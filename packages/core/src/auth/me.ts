// me (docs/auth.md): who a token belongs to, with its expiry and strategy; `{ user: null }`
// for a token that does not authenticate. As in Payload, the user is read as themself: fields
// their own read access denies are left out. afterMe hooks may replace the response.
import { dropUnreadableFields } from '../access/field-access.ts'
import type { QuireInternals } from '../operations/context.ts'
import { createRequest, withRequestScope } from '../request/create-request.ts'
import { reduceHooks } from '../hooks/reduce-hooks.ts'
import type { MeOptions, MeResult } from './auth-api-types.ts'
import { resolveToken } from './resolve-credential.ts'

export async function me(quire: QuireInternals, options: MeOptions): Promise<MeResult> {
  const state = createRequest(quire.api, options)
  return withRequestScope(state.req, async () => {
    const resolved = typeof options.token === 'string' ? await resolveToken(quire, options.token) : undefined
    if (!resolved || (options.collection !== undefined && resolved.auth.collection.slug !== options.collection)) return { user: null }
    const { collection } = resolved.auth
    state.req.user = resolved.user
    const user = { ...resolved.user }
    await dropUnreadableFields(collection.config.fields, user, { req: state.req, id: user.id })
    const response: MeResult = { user, collection: collection.slug, exp: resolved.exp, strategy: String(resolved.user._strategy) }
    return (await reduceHooks(collection.config.hooks?.afterMe, response as unknown as Record<string, unknown>, (current) => ({
      collection: collection.config,
      req: state.req,
      context: state.req.context,
      response: current,
    }))) as unknown as MeResult
  })
}
