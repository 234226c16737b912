// What the API asks of the server's rate limits, bound to one request (its client address is
// the server's business: proxies, IPv6 /64s). The limits themselves live in the server's
// process (apps/server/src/rate-limit/); the procedures that need them declare so in their own
// definition (limit-middleware.ts), so a limit attaches to the procedure tRPC resolved — never
// to a spelling of the URL, which tRPC decodes, batches and aliases on its own.
import { APIError } from '@quire/core'

/** The auth attempts counted per account and per client address. */
export type LimitedAttempt = 'login' | 'forgotPassword'

export interface RequestLimits {
  /**
   * Counts one attempt of this request's client (and of `account`, when there is one).
   * Returns 0 when it was accepted and counted, else the seconds to wait (nothing counted).
   */
  attempt(kind: LimitedAttempt, account: string | undefined): number
  /**
   * Waits for a password-hashing slot. Resolves with the function that frees it, or undefined
   * when the queue is full (or the request was aborted while waiting).
   */
  hashingSlot(signal?: AbortSignal): Promise<(() => void) | undefined>
}

/** For callers with no server around them (tests, scripts): nothing is limited. */
export const UNLIMITED: RequestLimits = {
  attempt: () => 0,
  hashingSlot: () => Promise.resolve(() => undefined),
}

/** 429: the client must wait `retryAfter` seconds (sent as the Retry-After header). */
export class TooManyRequests extends APIError<{ retryAfter: number }> {
  constructor(message: string, retryAfter: number) {
    super(message, 429, { retryAfter })
  }

  get retryAfter(): number {
    return this.data?.retryAfter ?? 1
  }
}

/** `users\0edith@example.com`: the account as the Local API compares logins (trimmed, lower-cased). */
export function accountKey(input: { collection: string; email?: string | undefined; username?: string | undefined }): string | undefined {
  const login = input.email ?? input.username
  if (login === undefined || login.trim() === '') return undefined
  return `${input.collection}\u0000${login.trim().toLowerCase()}`
}
