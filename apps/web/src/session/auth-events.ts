// A request failed with 401/403: the session may have ended (signed out everywhere from
// another device, expired, revoked). The query client announces it here; the session provider,
// which can ask the server and navigate, decides what it means.
type Listener = () => void

const listeners = new Set<Listener>()

export function announceAuthFailure(): void {
  for (const listener of listeners) listener()
}

export function onAuthFailure(listener: Listener): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}
