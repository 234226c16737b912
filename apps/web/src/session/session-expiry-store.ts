// The session cookie's expiry, shared by this browser's tabs through localStorage: the cookie
// is HttpOnly, so script cannot read it, and the server's `me` reports the session's idle
// expiry, which moves forward while the cookie's does not. Not a secret: only a timestamp.
const KEY = 'quire.session-expires-at'

export function readSessionExpiry(): number | undefined {
  const value = Number(window.localStorage.getItem(KEY))
  return Number.isFinite(value) && value > 0 ? value : undefined
}

/** `exp` as the API returns it: seconds since the epoch. */
export function storeSessionExpiry(exp: number): void {
  window.localStorage.setItem(KEY, String(exp * 1000))
}

export function forgetSessionExpiry(): void {
  window.localStorage.removeItem(KEY)
}
