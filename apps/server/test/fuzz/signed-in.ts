// A signed-in browser for the fuzzers that survives what the fuzzed procedures do to it:
// logout, session revocation, refresh rotation, a password change, even its user's deletion.
import type { RateLimitSettings } from '../../src/rate-limit/auth-rate-limit.ts'
import { createCookieJar } from '../harness/cookie-jar.ts'
import { TEST_PASSWORD, type TestServer } from '../harness/test-server.ts'
import type { FetchLike } from './procedures.ts'

/** The fuzzers sign in again and again; rate limits have their own suite (rate-limit.test.ts). */
export const NO_RATE_LIMITS: RateLimitSettings = { windowSeconds: 60, loginPerAccount: 0, loginPerIp: 0, forgotPasswordPerAccount: 0, forgotPasswordPerIp: 0, passwordHashConcurrency: 1, passwordHashQueue: 64 }

export interface SignedIn {
  fetch: FetchLike
  /** Creates the user (an editor) or restores its password, unlocks it. */
  ensureUser(): Promise<void>
  /** Signs in again when the session is gone. */
  ensureSignedIn(): Promise<void>
}

export function signedInAs(server: TestServer, email: string): SignedIn {
  const jar = createCookieJar(server.url)
  const whoAmI = async (): Promise<string> => {
    const response = await jar.fetch(`${server.url}/trpc/authenticateUser`)
    return ((await response.json()) as { result?: { data?: { hello?: string } } }).result?.data?.hello ?? ''
  }
  async function ensureUser(): Promise<void> {
    const { docs } = await server.quire.find({ collection: 'users', where: { email: { equals: email } }, limit: 1 })
    const data = { name: 'Fuzz Editor', email, role: 'editor', password: TEST_PASSWORD, loginAttempts: 0, lockUntil: null }
    if (docs[0]) await server.quire.update({ collection: 'users', id: docs[0].id, data })
    else await server.quire.create({ collection: 'users', data })
  }
  return {
    fetch: (input, init) => jar.fetch(input, init),
    ensureUser,
    async ensureSignedIn() {
      if ((await whoAmI()) === email) return
      const login = () => jar.fetch(`${server.url}/trpc/auth.login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password: TEST_PASSWORD }) })
      if ((await login()).status !== 200) {
        await ensureUser()
        const retry = await login()
        if (retry.status !== 200) throw new Error(`cannot sign in as ${email}: ${retry.status} ${await retry.text()}`)
      }
    },
  }
}
