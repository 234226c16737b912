// Who is calling: the Local API's `auth({ headers })` (Payload's `payload.auth`) answers from
// the headers createApiContext prepared (a Bearer token, an API key). Kept swappable so tests
// and benchmarks can plug their own.
import type { Quire, RequestUser } from '@quire/core'

export type Authenticate = (args: { quire: Quire; headers: Headers }) => Promise<RequestUser | null>

export const authenticateRequest: Authenticate = async ({ quire, headers }) => (await quire.auth({ headers })).user
