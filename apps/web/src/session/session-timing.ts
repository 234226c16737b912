// When to refresh the session. The cookie dies at the expiry the last login/refresh gave it
// (minus a minute of clock skew), so a tab in use refreshes a few minutes before that; a tab
// nobody touches lets the session lapse, which is the point of an idle timeout.

/** Refresh this long before the cookie expires. */
export const REFRESH_MARGIN_MS = 5 * 60_000
/** "In use": a key, click or touch within this window. */
export const ACTIVE_WINDOW_MS = 15 * 60_000

export interface RefreshClock {
  /** When the session cookie expires (ms since epoch); undefined when this browser does not know. */
  expiresAt: number | undefined
  lastActivityAt: number
  now: number
}

export function refreshDue({ expiresAt, lastActivityAt, now }: RefreshClock): boolean {
  const inUse = now - lastActivityAt <= ACTIVE_WINDOW_MS
  // Unknown expiry (storage cleared, first visit after a reload elsewhere): one refresh makes it known.
  if (expiresAt === undefined) return inUse
  if (now >= expiresAt) return false
  return inUse && expiresAt - now <= REFRESH_MARGIN_MS
}

/** A safe place to return to after signing in: a path on this site, never another origin. */
export function safeNextPath(next: string | null | undefined, fallback = '/posts'): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return fallback
  if (next.startsWith('/sign-in') || next.startsWith('/reset') || next.startsWith('/forgot-password')) return fallback
  return next
}
