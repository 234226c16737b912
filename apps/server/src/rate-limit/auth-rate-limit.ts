// The state behind the rate limits on the procedures that hash a password or send an email:
// `auth.login` and `auth.forgotPassword` counted per account (collection + normalised
// email/username) and per client address, in sliding windows (sliding-window.ts, per process);
// the procedures that hash (`auth.login`, `auth.resetPassword`, `auth.changePassword`) pass a
// concurrency gate (concurrency-gate.ts), so however many addresses a flood comes from,
// hashing never takes every thread and core. Accepted and failed attempts both count: the
// limit bounds the work an address or an account can cause, not only failures (the account
// lockout after failed passwords is the Local API's own, see maxLoginAttempts).
//
// Which procedure is limited is declared on the procedure itself (@quire/api's
// limits/limit-middleware.ts), which calls the RequestLimits made here for its request. This
// file never looks at a URL: tRPC decodes, batches and aliases paths its own way, and a limit
// matched against the raw path was skipped by `auth%2Elogin`.
import type { IncomingMessage } from 'node:http'
import type { LimitedAttempt, RequestLimits } from '@quire/api'
import type { Logger } from '../logger.ts'
import { clientAddress } from './client-ip.ts'
import { createConcurrencyGate } from './concurrency-gate.ts'
import { createSlidingWindow, type SlidingWindowLimiter } from './sliding-window.ts'

export interface RateLimitSettings {
  windowSeconds: number
  /** Attempts per window; 0 turns that limit off. */
  loginPerAccount: number
  loginPerIp: number
  forgotPasswordPerAccount: number
  forgotPasswordPerIp: number
  /** Password-hashing requests running at once per process (0: no gate); more wait in a queue. */
  passwordHashConcurrency: number
  /** Requests waiting for a hashing slot at most; beyond, 429 at once. */
  passwordHashQueue: number
}

export const DEFAULT_RATE_LIMITS: Readonly<RateLimitSettings> = Object.freeze({
  windowSeconds: 60,
  loginPerAccount: 10,
  loginPerIp: 30,
  forgotPasswordPerAccount: 5,
  forgotPasswordPerIp: 30,
  passwordHashConcurrency: 1,
  passwordHashQueue: 64,
})

export interface AuthRateLimitOptions {
  settings: RateLimitSettings
  trustProxy: boolean
  logger: Logger
  now?: () => number
}

export interface AuthRateLimit {
  /** The limits as the procedures of one request see them (its client address bound in). */
  forRequest(req: IncomingMessage): RequestLimits
}

export function createAuthRateLimit(options: AuthRateLimitOptions): AuthRateLimit {
  const { settings, trustProxy, logger, now } = options
  const windowMs = settings.windowSeconds * 1000
  const window = (limit: number): SlidingWindowLimiter => createSlidingWindow({ limit, windowMs, ...(now ? { now } : {}) })
  const limiters: Record<LimitedAttempt, { account: SlidingWindowLimiter; ip: SlidingWindowLimiter }> = {
    login: { account: window(settings.loginPerAccount), ip: window(settings.loginPerIp) },
    forgotPassword: { account: window(settings.forgotPasswordPerAccount), ip: window(settings.forgotPasswordPerIp) },
  }
  const hashing = createConcurrencyGate({ maxConcurrent: settings.passwordHashConcurrency, maxQueue: settings.passwordHashQueue })

  return {
    forRequest(req) {
      const address = clientAddress(req, trustProxy)
      return {
        attempt(kind, account) {
          const { ip, account: perAccount } = limiters[kind]
          // Both limits must have room before either counts: a refused attempt costs nothing.
          const wait = Math.max(ip.retryAfter(address), account === undefined ? 0 : perAccount.retryAfter(account))
          if (wait > 0) {
            logger.warn({ kind, retryAfter: wait }, 'rate limit: auth attempt refused')
            return wait
          }
          ip.record(address)
          if (account !== undefined) perAccount.record(account)
          return 0
        },
        hashingSlot(signal) {
          return new Promise((resolve) => {
            const admitted = hashing.enter((release) => {
              // The client left while queued: give the slot straight back.
              if (signal?.aborted) {
                release()
                return resolve(undefined)
              }
              resolve(release)
            })
            if (admitted) return
            logger.warn({ running: hashing.running, waiting: hashing.waiting }, 'password hashing queue full: request refused')
            resolve(undefined)
          })
        },
      }
    },
  }
}
