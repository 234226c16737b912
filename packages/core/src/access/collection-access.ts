// Collection access (docs/access.md): an access function answers true, false or a Where that is
// ANDed into the query. Without a configured function the default is "any signed-in user".
// With overrideAccess nothing runs at all.
import type { Access, AccessArgs, CollectionAccess } from '../config/hooks-and-access.ts'
import { Forbidden } from '../errors/api-error.ts'
import type { Where } from '../query/where-types.ts'

export type AccessOperation = keyof CollectionAccess

/** `true` = allowed without constraint, a Where = allowed for matching documents only. */
export type AccessDecision = true | Where

const signedIn: Access = ({ req }) => Boolean(req.user)

export async function decideAccess(
  access: CollectionAccess | undefined,
  operation: AccessOperation,
  args: AccessArgs,
  overrideAccess: boolean,
): Promise<AccessDecision | false> {
  if (overrideAccess) return true
  const result = await (access?.[operation] ?? signedIn)(args)
  if (result === true) return true
  if (result && typeof result === 'object') return result
  return false
}

/** Like decideAccess, but a refusal is a Forbidden error. */
export async function requireAccess(
  access: CollectionAccess | undefined,
  operation: AccessOperation,
  args: AccessArgs,
  overrideAccess: boolean,
): Promise<AccessDecision> {
  const decision = await decideAccess(access, operation, args, overrideAccess)
  if (decision === false) throw new Forbidden()
  return decision
}

/** ANDs an access constraint into the caller's where (the constraint is not path-checked). */
export function combineWhere(where: Where | undefined, decision: AccessDecision): Where | undefined {
  if (decision === true) return where
  return where && Object.keys(where).length > 0 ? { and: [where, decision] } : decision
}
