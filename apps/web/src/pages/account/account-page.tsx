import { useDocumentTitle } from '../../components/use-document-title.ts'
import { useSession } from '../../session/session-context.ts'
import { ChangePasswordForm } from './change-password-form.tsx'
import { SessionsPanel } from './sessions-panel.tsx'

export function AccountPage() {
  useDocumentTitle('Account')
  const { user } = useSession()
  return (
    <section className="page">
      <div className="page-header">
        <h1>Account</h1>
      </div>
      {user && (
        <p className="page-intro">
          Signed in as <strong>{user.name}</strong> ({user.email}).
        </p>
      )}
      <ChangePasswordForm />
      <SessionsPanel />
    </section>
  )
}
