// Tokens are iron seals (iron-session's sealData: AES-256-CBC + HMAC-SHA256, `Fe26.2*…~2`),
// keyed from the config secret with rotation (secret-keys.ts). Two kinds:
//   session:   { v, sid, row }                — a random id; the sessions table says who and until when
//   stateless: { v, collection, id, exp, iat } — self-contained, valid until `exp` whatever happens
// The same string works as `Authorization: Bearer <token>` and as the `<prefix>-token` cookie.
import { sealData, unsealData } from 'iron-session'
import type { Config } from '../config/types.ts'
import { sealPasswordsFor } from './secret-keys.ts'

const VERSION = 1

export interface SessionClaims {
  kind: 'session'
  /** The raw session id; only its hash is stored. */
  sid: string
  /**
   * The session's row, sealed with every token it ever issues: a refresh with a token that names
   * a live session but is neither its current nor its graced previous token is one that session
   * rotated out, however long ago (theft detection, refresh.ts). Tokens sealed before it existed
   * carry none.
   */
  row?: number
}

export interface StatelessClaims {
  kind: 'stateless'
  collection: string
  id: string
  /** Expiry, seconds since the epoch. */
  exp: number
  /** When the user logged in (seconds); refresh keeps it, so `maxSessionAge` still bounds the chain. */
  iat: number
}

export type TokenClaims = SessionClaims | StatelessClaims

type SealConfig = Pick<Config, 'secret' | 'sealSecrets'>

/** Seals claims valid until `expiresAt` (iron refuses the seal afterwards, give or take its 60 s skew). */
export function sealToken(config: SealConfig, claims: TokenClaims, expiresAt: Date): Promise<string> {
  const ttl = Math.max(1, Math.ceil((expiresAt.getTime() - Date.now()) / 1000))
  const data =
    claims.kind === 'session'
      ? { v: VERSION, sid: claims.sid, ...(claims.row === undefined ? {} : { row: claims.row }) }
      : { v: VERSION, collection: claims.collection, id: claims.id, exp: claims.exp, iat: claims.iat }
  return sealData(data, { password: sealPasswordsFor(config), ttl })
}

/** The claims of a valid, unexpired token; undefined for anything else (never throws). */
export async function unsealToken(config: SealConfig, token: string): Promise<TokenClaims | undefined> {
  if (typeof token !== 'string' || token.length === 0 || token.length > 4096) return undefined
  let data: Record<string, unknown>
  try {
    data = await unsealData<Record<string, unknown>>(token, { password: sealPasswordsFor(config) })
  } catch {
    return undefined
  }
  if (data.v !== VERSION) return undefined
  if (typeof data.sid === 'string' && data.sid.length > 0) {
    return Number.isSafeInteger(data.row) && (data.row as number) > 0 ? { kind: 'session', sid: data.sid, row: data.row as number } : { kind: 'session', sid: data.sid }
  }
  const { collection, id, exp, iat } = data
  if (typeof collection !== 'string' || typeof id !== 'string' || typeof exp !== 'number' || typeof iat !== 'number') return undefined
  // iron tolerates 60 s of clock skew; the token's own expiry is exact.
  if (exp * 1000 <= Date.now()) return undefined
  return { kind: 'stateless', collection, id, exp, iat }
}

/** Seconds since the epoch, as tokens and `exp` results count time. */
export function epochSeconds(date: Date): number {
  return Math.floor(date.getTime() / 1000)
}
