// Password hashing with scrypt (node:crypto), OWASP parameters by default. Each hash carries
// its own parameters — `scrypt$N$r$p$<salt>$<key>` (salt and key base64url) — so the cost can
// be raised later: old hashes still verify, and login rehashes them (`needsRehash`).
// node's async scrypt runs on the libuv thread pool, off the event loop.
import { randomBytes, scrypt as scryptCallback, timingSafeEqual, type ScryptOptions } from 'node:crypto'
import type { ScryptParams } from './types.ts'

const PREFIX = 'scrypt'
const SALT_BYTES = 16
const KEY_BYTES = 32
/** Passwords are compared after Unicode NFKC normalisation (NIST SP 800-63B), so the same
 * password typed on two keyboards that compose accents differently still matches. */
const NORMALIZATION = 'NFKC'

function derive(password: string, salt: Buffer, params: ScryptParams): Promise<Buffer> {
  // node refuses to allocate more than `maxmem` (32 MiB by default); N=2^17, r=8 needs 128 MiB.
  const options: ScryptOptions = { N: params.N, r: params.r, p: params.p, maxmem: 128 * params.r * (params.N + params.p + 2) + 2 ** 20 }
  return new Promise((resolve, reject) => {
    scryptCallback(password.normalize(NORMALIZATION), salt, KEY_BYTES, options, (error, key) => (error ? reject(error) : resolve(key)))
  })
}

export async function hashPassword(password: string, params: ScryptParams): Promise<string> {
  const salt = randomBytes(SALT_BYTES)
  const key = await derive(password, salt, params)
  return [PREFIX, params.N, params.r, params.p, salt.toString('base64url'), key.toString('base64url')].join('$')
}

export interface ParsedHash {
  params: ScryptParams
  salt: Buffer
  key: Buffer
}

export function parsePasswordHash(stored: string): ParsedHash | undefined {
  const parts = stored.split('$')
  if (parts.length !== 6 || parts[0] !== PREFIX) return undefined
  const [N, r, p] = parts.slice(1, 4).map((part) => (/^\d+$/.test(part) ? Number(part) : NaN)) as [number, number, number]
  const salt = Buffer.from(parts[4]!, 'base64url')
  const key = Buffer.from(parts[5]!, 'base64url')
  if (![N, r, p].every(Number.isSafeInteger) || salt.length === 0 || key.length === 0) return undefined
  return { params: { N, r, p }, salt, key }
}

/** Constant-time comparison of the derived key; a malformed stored hash never matches. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parsed = parsePasswordHash(stored)
  if (!parsed) return false
  const key = await derive(password, parsed.salt, parsed.params)
  return key.length === parsed.key.length && timingSafeEqual(key, parsed.key)
}

/** Whether a stored hash was made with other parameters than the configured ones. */
export function needsRehash(stored: string, params: ScryptParams): boolean {
  const parsed = parsePasswordHash(stored)
  return !parsed || parsed.params.N !== params.N || parsed.params.r !== params.r || parsed.params.p !== params.p
}

const dummies = new Map<string, Promise<string>>()

/**
 * A hash of a random password with the given parameters. Login verifies against it when the
 * user does not exist, so an unknown email costs the same time as a wrong password.
 */
export function dummyPasswordHash(params: ScryptParams): Promise<string> {
  const key = `${params.N}$${params.r}$${params.p}`
  let dummy = dummies.get(key)
  if (!dummy) dummies.set(key, (dummy = hashPassword(randomBytes(18).toString('base64url'), params)))
  return dummy
}
