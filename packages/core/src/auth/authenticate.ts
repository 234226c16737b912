// auth({ headers }) (docs/auth.md): the credential a request carries → the signed-in user
// (or null) and the user's permissions. Using a session moves its idle expiry forward.
import type { QuireInternals } from '../operations/context.ts'
import type { AuthCallOptions, AuthResult } from './auth-api-types.ts'
import { authCookieName, extractCredential } from './extract-credentials.ts'
import { permissionsFor } from './permissions.ts'
import { resolveCredential } from './resolve-credential.ts'

export async function authenticate(quire: QuireInternals, options: AuthCallOptions): Promise<AuthResult> {
  const credential = options?.headers ? extractCredential(options.headers, authCookieName(quire.config)) : undefined
  const resolved = credential ? await resolveCredential(quire, credential, { touch: true }) : undefined
  const user = resolved?.user ?? null
  return { user, permissions: await permissionsFor(quire, user) }
}
