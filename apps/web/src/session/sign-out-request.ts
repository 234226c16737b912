// Signing out from the header is a navigation to /sign-out (SignOutPage ends the session
// there), not a call on the spot. Going through the router lets an editor's unsaved-changes
// guard (useBlocker in forms/use-unsaved-changes.ts) hold it back like any other way out of
// the page: "Stay" keeps the session and the edits, "Discard changes" goes on and signs out.
// One guard for every way of leaving, rather than a second one for sign-out.
import { useCallback } from 'react'
import { useNavigate } from 'react-router'

interface SignOutState {
  signOut: true
}

/** The header's sign-out; replaces the current entry, so Back does not return to the editor signed out. */
export function useRequestSignOut(): () => void {
  const navigate = useNavigate()
  return useCallback(() => void navigate('/sign-out', { replace: true, state: { signOut: true } satisfies SignOutState }), [navigate])
}

/**
 * Whether /sign-out was reached through useRequestSignOut. Only in-app navigation can set
 * history state, so an address typed in or linked from another site signs nobody out.
 */
export function isSignOutRequest(state: unknown): boolean {
  return typeof state === 'object' && state !== null && (state as Partial<SignOutState>).signOut === true
}
