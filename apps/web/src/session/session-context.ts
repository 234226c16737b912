import { createContext, useContext } from 'react'
import type { SessionUser } from './session-user.ts'

export interface SessionValue {
  status: 'loading' | 'signed-in' | 'signed-out'
  user: SessionUser | null
  /** After a successful login or password reset: `exp` in seconds since the epoch. */
  signedIn(exp: number): Promise<void>
  /** Ends this device's session, or every session of the user. */
  signOut(options?: { everywhere?: boolean }): Promise<void>
}

export const SessionContext = createContext<SessionValue | null>(null)

export function useSession(): SessionValue {
  const value = useContext(SessionContext)
  if (!value) throw new Error('useSession must be used inside <SessionProvider>')
  return value
}
