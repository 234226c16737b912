// Keys derived from the config secret, one per purpose (HMAC-SHA256 of a fixed label), so a
// key leaked from one use (say, an API-key index) says nothing about the others, and random
// tokens with the hash that the database keeps instead of them.
import { createHash, createHmac, randomBytes } from 'node:crypto'
import type { Config } from '../config/types.ts'

export const MIN_SECRET_LENGTH = 32

function deriveKey(secret: string, purpose: string): string {
  return createHmac('sha256', secret).update(`quire:${purpose}`).digest('hex')
}

const sealPasswords = new WeakMap<object, Record<string, string>>()

/**
 * iron's password map for token seals: `{ id: key }`, sealed with the highest id, unsealed with
 * whichever id a token names. From `config.sealSecrets`, else `{ 1: config.secret }`.
 */
export function sealPasswordsFor(config: Pick<Config, 'secret' | 'sealSecrets'>): Record<string, string> {
  let passwords = sealPasswords.get(config)
  if (!passwords) {
    const secrets = config.sealSecrets ?? { 1: config.secret }
    if (Object.keys(secrets).length === 0) throw new Error('config.sealSecrets: give at least one { id: secret }')
    passwords = {}
    for (const [id, secret] of Object.entries(secrets)) {
      if (!/^\d+$/.test(id)) throw new Error(`config.sealSecrets.${id}: ids must be whole numbers (iron seals with the highest)`)
      if (typeof secret !== 'string' || secret.length < MIN_SECRET_LENGTH) throw new Error(`config.sealSecrets.${id}: must be at least ${MIN_SECRET_LENGTH} characters`)
      passwords[id] = deriveKey(secret, 'token-seal')
    }
    sealPasswords.set(config, passwords)
  }
  return passwords
}

/** The lookup value stored for an API key: HMAC-SHA256 under a key derived from the secret. */
export function apiKeyIndex(config: Pick<Config, 'secret'>, apiKey: string): string {
  return createHmac('sha256', deriveKey(config.secret, 'api-key')).update(apiKey).digest('hex')
}

/** A random token for a link or a session id: 32 bytes (256 bits), base64url. */
export function randomToken(): string {
  return randomBytes(32).toString('base64url')
}

/** What the database keeps of a token: it can find the token's row but cannot be replayed. */
export function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex')
}
