// Addresses that are safe to put in an `href`: http(s) and mailto URLs, and paths on this site.
// An allow-list, judged on the very string that will be stored and rendered, with nothing
// trimmed or decoded first: `javascript:`, `JaVaScRiPt:`, `java\tscript:` (browsers drop tabs
// and newlines inside a scheme), ` javascript:` (and leading control characters, which browsers
// strip), `javascript&colon;` (an entity, decoded if the value ever reaches HTML unescaped),
// `data:`, protocol-relative `//evil.example` and `/\evil.example` are all refused. Pure and
// dependency-free, so the SPA uses the same rule to render links (`@quire/core/safe-url`).

export const SAFE_URL_SCHEMES = ['http:', 'https:', 'mailto:'] as const
export const MAX_URL_LENGTH = 2048
const SAFE_URL_MESSAGE = 'Enter an address starting with https://, http://, mailto: or / (a page of this site).'

// Whitespace, ASCII control characters, backslashes: nothing a well-formed address contains
// unencoded, and each is a way browsers and servers read one string as two different URLs.
const FORBIDDEN = /[\u0000-\u0020\u007f-\u009f\u00a0\u1680\u2000-\u200f\u2028\u2029\u202f\u205f\u3000\ufeff\\]/u
const ABSOLUTE = /^(https?|mailto):/i

/** Why `value` is not a safe link address, or undefined when it is. */
export function urlProblem(value: unknown): string | undefined {
  if (typeof value !== 'string' || value === '' || value.length > MAX_URL_LENGTH || FORBIDDEN.test(value)) return SAFE_URL_MESSAGE
  // A path of this site: "/" then anything but a second "/" (which would name another host).
  if (value.startsWith('/')) return value.startsWith('//') ? SAFE_URL_MESSAGE : undefined
  if (!ABSOLUTE.test(value)) return SAFE_URL_MESSAGE
  let parsed: URL
  try {
    parsed = new URL(value)
  } catch {
    return SAFE_URL_MESSAGE
  }
  if (!(SAFE_URL_SCHEMES as readonly string[]).includes(parsed.protocol)) return SAFE_URL_MESSAGE
  if (parsed.protocol === 'mailto:') return parsed.pathname.includes('@') ? undefined : SAFE_URL_MESSAGE
  // "https:foo" parses (as https://foo/), but is not what anyone means: insist on "//host".
  if (!/^https?:\/\/[^/?#]/i.test(value) || parsed.hostname === '') return SAFE_URL_MESSAGE
  return undefined
}

export function isSafeUrl(value: unknown): value is string {
  return urlProblem(value) === undefined
}

/**
 * A field `validate` for URL-shaped text fields: `{ name: 'url', type: 'text', validate: validateUrl }`.
 * Empty values pass (`required` decides about those), as Payload's validators do.
 */
export function validateUrl(value: unknown): true | string {
  if (value === undefined || value === null || value === '') return true
  return urlProblem(value) ?? true
}
