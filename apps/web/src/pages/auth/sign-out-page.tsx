// /sign-out, reached from the header's "Sign out" once no editor holds it back (see
// session/sign-out-request.ts): ends this device's session, then shows the sign-in form.
// Outside RequireSignIn, which would otherwise send the person to sign in again meanwhile.
import { useEffect, useRef } from 'react'
import { Navigate, useLocation, useNavigate } from 'react-router'
import { AuthLayout } from '../../components/auth-layout.tsx'
import { Loading } from '../../components/loading.tsx'
import { useDocumentTitle } from '../../components/use-document-title.ts'
import { useSession } from '../../session/session-context.ts'
import { isSignOutRequest } from '../../session/sign-out-request.ts'

export function SignOutPage() {
  useDocumentTitle('Signing out')
  const requested = isSignOutRequest(useLocation().state)
  const { signOut } = useSession()
  const navigate = useNavigate()
  // Once: the session value changes as it ends, and StrictMode runs effects twice in development.
  const started = useRef(false)

  useEffect(() => {
    if (!requested || started.current) return
    started.current = true
    // Signed out locally even when the server cannot be reached (signOut's `finally`).
    void signOut()
      .catch(() => undefined)
      .then(() => navigate('/sign-in', { replace: true }))
  }, [requested, signOut, navigate])

  if (!requested) return <Navigate to="/" replace />
  return (
    <AuthLayout title="Signing out">
      <Loading label="Signing out…" />
    </AuthLayout>
  )
}
