// Reads the one credential a request carries, in this order (docs/sessions.md#token-extraction):
//   Authorization: Bearer <token>
//   Authorization: <collection-slug> API-Key <key>
//   Cookie: <cookiePrefix>-token=<token>
// The first one present decides: an invalid bearer token is anonymous even if a cookie is
// also there, so what authenticates a request never depends on which credential fails.
import type { RequestHeaders } from './auth-api-types.ts'

export type Credential =
  | { kind: 'token'; token: string; source: 'bearer' | 'cookie' }
  | { kind: 'apiKey'; collection: string; key: string }

export const DEFAULT_COOKIE_PREFIX = 'quire'

export function authCookieName(config: { cookiePrefix?: string }): string {
  return `${config.cookiePrefix ?? DEFAULT_COOKIE_PREFIX}-token`
}

export function headerValue(headers: RequestHeaders, name: string): string | undefined {
  if (typeof (headers as Headers).get === 'function') return (headers as Headers).get(name) ?? undefined
  const record = headers as Record<string, string | string[] | undefined>
  const key = Object.keys(record).find((candidate) => candidate.toLowerCase() === name)
  const value = key === undefined ? undefined : record[key]
  return Array.isArray(value) ? value.join(name === 'cookie' ? '; ' : ', ') : value
}

export function extractCredential(headers: RequestHeaders, cookieName: string): Credential | undefined {
  const authorization = headerValue(headers, 'authorization')?.trim()
  if (authorization) {
    const bearer = /^Bearer\s+(\S+)$/i.exec(authorization)
    if (bearer) return { kind: 'token', token: bearer[1]!, source: 'bearer' }
    const apiKey = /^(\S+)\s+API-Key\s+(\S+)$/.exec(authorization)
    if (apiKey) return { kind: 'apiKey', collection: apiKey[1]!, key: apiKey[2]! }
  }
  const cookie = readCookie(headerValue(headers, 'cookie'), cookieName)
  return cookie ? { kind: 'token', token: cookie, source: 'cookie' } : undefined
}

export function readCookie(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined
  for (const part of header.split(';')) {
    const index = part.indexOf('=')
    if (index < 0 || part.slice(0, index).trim() !== name) continue
    let value = part.slice(index + 1).trim()
    if (value.startsWith('"') && value.endsWith('"')) value = value.slice(1, -1)
    try {
      return decodeURIComponent(value) || undefined
    } catch {
      return undefined
    }
  }
  return undefined
}
