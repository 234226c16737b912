// Middleware the rate-limited procedures declare in their definition (routers/auth.ts). tRPC
// runs it for each call it resolved — a single call, every call of a batch, whatever the URL
// looked like — after the input was parsed, so the account it counts is the one the procedure
// will use. Refused calls are a 429 before the procedure does any work.
import type { ApiContext } from '../context.ts'
import { accountKey, TooManyRequests, type LimitedAttempt } from './request-limits.ts'

/** Counts the attempt per client address and per account; beyond the limit, 429 with Retry-After. */
export function limitAttempts(kind: LimitedAttempt) {
  return <TResult>(opts: { ctx: ApiContext; input: Parameters<typeof accountKey>[0]; next(): Promise<TResult> }): Promise<TResult> => {
    const wait = opts.ctx.limits.attempt(kind, accountKey(opts.input))
    if (wait > 0) throw new TooManyRequests(`Too many attempts. Try again in ${wait === 1 ? '1 second' : `${wait} seconds`}.`, wait)
    return opts.next()
  }
}

/** Holds one of the process's password-hashing slots while the procedure runs (see the server's concurrency gate). */
export async function gatePasswordHashing<TResult>(opts: { ctx: ApiContext; signal: AbortSignal | undefined; next(): Promise<TResult> }): Promise<TResult> {
  const release = await opts.ctx.limits.hashingSlot(opts.signal)
  if (!release) throw new TooManyRequests('Too many sign-ins at once. Try again in 1 second.', 1)
  try {
    return await opts.next()
  } finally {
    release()
  }
}
