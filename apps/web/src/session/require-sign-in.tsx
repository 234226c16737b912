// The gate in front of every editor screen: signed out → the sign-in page, which brings the
// person back here (path and query) afterwards.
import type { ReactNode } from 'react'
import { Navigate, useLocation } from 'react-router'
import { Loading } from '../components/loading.tsx'
import { useSession } from './session-context.ts'

export function RequireSignIn({ children }: { children: ReactNode }) {
  const { status } = useSession()
  const location = useLocation()
  if (status === 'loading') return <Loading label="Checking your session…" />
  if (status === 'signed-out') {
    const next = `${location.pathname}${location.search}`
    return <Navigate to={`/sign-in?next=${encodeURIComponent(next)}`} replace />
  }
  return children
}
