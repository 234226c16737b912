// Substring matching goes through Prisma's `contains`, which wraps the value in `%…%` but does
// NOT escape `%`, `_` or `\` inside it (verified on both providers with Prisma 6.19.3): a user
// searching "100%" would match "100 percent". So every value is escaped here with a backslash.
// PostgreSQL's LIKE/ILIKE use `\` as the default escape character; SQLite's built-in LIKE has
// none, so Quire replaces SQLite's `like()` function (see sqlite-like.ts) with one that honours it.

/** Escapes LIKE wildcards so the value matches literally inside Prisma's `contains`. */
export function escapeLikePattern(value: string): string {
  return value.replace(/[\\%_]/g, (char) => `\\${char}`)
}

/** Payload's `like`: the words of the value, each of which must appear somewhere. */
export function likeWords(value: string): string[] {
  const words = value.split(/\s+/).filter((word) => word !== '')
  // An empty or blank value is `%%`: it matches every non-null value, as in Payload.
  return words.length > 0 ? words : ['']
}
