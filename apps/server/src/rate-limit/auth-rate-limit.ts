// Rate limits on the procedures that hash a password or send an email: `auth.login` and
// `auth.forgotPassword`, counted per account (collection + normalised email/username) and per
// client address, in sliding windows (sliding-window.ts, per process). The procedures that
// hash (`auth.login`, `auth.resetPassword`, `auth.changePassword`) also pass a concurrency gate (concurrency-gate.ts),
// so however many addresses a flood comes from, hashing never takes every thread and core. A refused request is a
// 429 with Retry-After and a tRPC-shaped body, answered before tRPC or the Local API runs, so
// a flood costs neither scrypt time nor database work. Accepted and failed attempts both count:
// the limit bounds the work an address or an account can cause, not only failures (the
// account lockout after failed passwords is the Local API's own, see maxLoginAttempts).
//
// The body of these two procedures is read here (at most MAX_AUTH_BODY_BYTES; they are tiny)
// and handed to tRPC as `req.body`, which tRPC's Node adapter uses instead of the stream.
import type { IncomingMessage, ServerResponse } from 'node:http'
import { TRPC_ERROR_CODES_BY_KEY, type TRPC_ERROR_CODE_KEY } from '@trpc/server/rpc'
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

export const MAX_AUTH_BODY_BYTES = 64 * 1024

const LIMITED = ['auth.login', 'auth.forgotPassword'] as const
type LimitedProcedure = (typeof LIMITED)[number]
const HASHING: readonly string[] = ['auth.login', 'auth.resetPassword', 'auth.changePassword']

export interface AuthRateLimitOptions {
  settings: RateLimitSettings
  trustProxy: boolean
  logger: Logger
  now?: () => number
}

export interface AuthRateLimit {
  /** For a /trpc request: answers 429 (or 413) itself, or calls `next` to let tRPC run. */
  guard(req: IncomingMessage, res: ServerResponse, next: () => void): void
}

export function createAuthRateLimit(options: AuthRateLimitOptions): AuthRateLimit {
  const { settings, trustProxy, logger, now } = options
  const windowMs = settings.windowSeconds * 1000
  const window = (limit: number): SlidingWindowLimiter => createSlidingWindow({ limit, windowMs, ...(now ? { now } : {}) })
  const limiters: Record<LimitedProcedure, { account: SlidingWindowLimiter; ip: SlidingWindowLimiter }> = {
    'auth.login': { account: window(settings.loginPerAccount), ip: window(settings.loginPerIp) },
    'auth.forgotPassword': { account: window(settings.forgotPasswordPerAccount), ip: window(settings.forgotPasswordPerIp) },
  }
  const hashing = createConcurrencyGate({ maxConcurrent: settings.passwordHashConcurrency, maxQueue: settings.passwordHashQueue })

  /** Lets the request run when a hashing slot is free; the slot is held until the response closes. */
  function admit(res: ServerResponse, url: string, procedures: string[], next: () => void): void {
    const admitted = hashing.enter((release) => {
      if (res.destroyed || res.writableEnded) return release() // the client left while queued
      res.once('close', release)
      next()
    })
    if (admitted) return
    logger.warn({ procedures, running: hashing.running, waiting: hashing.waiting }, 'password hashing queue full: request refused')
    sendError(res, url, procedures, 'TOO_MANY_REQUESTS', 429, 'Too many sign-ins at once. Try again in 1 seconds.', { 'retry-after': '1' })
  }

  function check(req: IncomingMessage, procedures: string[], inputs: unknown[]): number {
    const address = clientAddress(req, trustProxy)
    // A batch may name one account several times: count the hits per limiter and key.
    const hits = new Map<SlidingWindowLimiter, Map<string, number>>()
    const add = (limiter: SlidingWindowLimiter, key: string) => {
      const keys = hits.get(limiter) ?? new Map<string, number>()
      keys.set(key, (keys.get(key) ?? 0) + 1)
      hits.set(limiter, keys)
    }
    procedures.forEach((procedure, index) => {
      if (!isLimited(procedure)) return
      add(limiters[procedure].ip, address)
      const account = accountKey(inputs[index])
      if (account !== undefined) add(limiters[procedure].account, account)
    })
    const each = [...hits].flatMap(([limiter, keys]) => [...keys].map(([key, count]) => ({ limiter, key, count })))
    const wait = Math.max(0, ...each.map(({ limiter, key, count }) => limiter.retryAfter(key, count)))
    if (wait === 0) for (const { limiter, key, count } of each) limiter.record(key, count)
    return wait
  }

  return {
    guard(req, res, next) {
      const url = req.url ?? '/'
      const procedures = proceduresOf(url)
      const hashes = procedures.some((procedure) => HASHING.includes(procedure))
      if (req.method !== 'POST' || (!hashes && !procedures.some(isLimited))) return next()
      const proceed = () => (hashes ? admit(res, url, procedures, next) : next())
      if (!procedures.some(isLimited)) return proceed()
      readSmallBody(req, MAX_AUTH_BODY_BYTES).then(
        (body) => {
          if (body === undefined) return sendError(res, url, procedures, 'PAYLOAD_TOO_LARGE', 413, 'Request body too large')
          const wait = check(req, procedures, inputsOf(body, new URLSearchParams(url.split('?')[1] ?? '').get('batch') === '1', procedures.length))
          if (wait > 0) {
            logger.warn({ procedures, retryAfter: wait }, 'rate limit: auth attempt refused')
            return sendError(res, url, procedures, 'TOO_MANY_REQUESTS', 429, `Too many attempts. Try again in ${wait} seconds.`, { 'retry-after': String(wait) })
          }
          ;(req as IncomingMessage & { body?: string }).body = body
          proceed()
        },
        () => undefined, // the client went away while sending: nothing to answer
      )
    },
  }
}

function isLimited(procedure: string): procedure is LimitedProcedure {
  return (LIMITED as readonly string[]).includes(procedure)
}

/** `/trpc/auth.login,auth.me?batch=1` → ['auth.login', 'auth.me']. */
export function proceduresOf(url: string): string[] {
  const path = url.split('?')[0] ?? ''
  const name = path.startsWith('/trpc/') ? path.slice('/trpc/'.length) : ''
  return name === '' ? [] : name.split(',')
}

/** One input per procedure: a batch body is `{ "0": input, "1": input }`. */
function inputsOf(body: string, batch: boolean, count: number): unknown[] {
  let parsed: unknown
  try {
    parsed = body === '' ? undefined : JSON.parse(body)
  } catch {
    return [] // tRPC answers the malformed JSON; the address is still counted
  }
  if (!batch) return [parsed]
  const record = typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : {}
  return Array.from({ length: count }, (_, index) => (Object.hasOwn(record, String(index)) ? record[String(index)] : undefined))
}

/** `users\0edith@example.com`: as the Local API compares logins (trimmed, lower-cased). */
export function accountKey(input: unknown): string | undefined {
  if (typeof input !== 'object' || input === null) return undefined
  const { collection, email, username } = input as Record<string, unknown>
  const login = typeof email === 'string' ? email : typeof username === 'string' ? username : undefined
  if (login === undefined || login.trim() === '') return undefined
  return `${typeof collection === 'string' ? collection : 'users'}\u0000${login.trim().toLowerCase()}`
}

/** The body as text, or undefined when it is longer than `max` bytes. */
function readSmallBody(req: IncomingMessage, max: number): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    let done = false
    req.on('data', (chunk: Buffer) => {
      if (done) return
      size += chunk.length
      if (size > max) {
        done = true
        req.pause()
        resolve(undefined)
        return
      }
      chunks.push(chunk)
    })
    req.on('end', () => {
      if (!done) resolve(Buffer.concat(chunks).toString('utf8'))
      done = true
    })
    req.on('error', reject)
    req.on('aborted', () => reject(new Error('aborted')))
  })
}

function sendError(res: ServerResponse, url: string, procedures: string[], code: TRPC_ERROR_CODE_KEY, status: number, message: string, headers: Record<string, string> = {}): void {
  const batch = new URLSearchParams(url.split('?')[1] ?? '').get('batch') === '1'
  const errorFor = (path: string) => ({ error: { message, code: TRPC_ERROR_CODES_BY_KEY[code], data: { code, httpStatus: status, path } } })
  const body = batch ? procedures.map(errorFor) : errorFor(procedures[0] ?? '')
  // An oversized body is left unread: close the connection rather than drain it.
  res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store', ...(status === 413 ? { connection: 'close' } : {}), ...headers })
  res.end(JSON.stringify(body))
}
