// Where this account is signed in. "Sign out" on another session ends it on that device at
// its next request; "sign out everywhere" ends them all, this one included.
import { useNavigate } from 'react-router'
import { trpc } from '../../api/trpc.ts'
import { ErrorMessage } from '../../components/error-message.tsx'
import { Loading } from '../../components/loading.tsx'
import { useSession } from '../../session/session-context.ts'
import { SessionRow } from './session-row.tsx'

export function SessionsPanel() {
  const { signOut } = useSession()
  const navigate = useNavigate()
  const utils = trpc.useUtils()
  const sessions = trpc.auth.sessions.list.useQuery(undefined, { refetchInterval: 60_000 })
  const revoke = trpc.auth.sessions.revoke.useMutation({ onSuccess: () => void utils.auth.sessions.list.invalidate() })

  const leave = async (everywhere: boolean): Promise<void> => {
    await signOut({ everywhere }).catch(() => undefined)
    navigate('/sign-in', { replace: true })
  }

  return (
    <section className="panel" aria-labelledby="sessions-heading">
      <h2 id="sessions-heading">Active sessions</h2>
      {sessions.isPending && <Loading label="Loading sessions…" />}
      <ErrorMessage error={sessions.error ?? revoke.error} />
      {sessions.data && (
        <ul className="sessions">
          {sessions.data.map((session) => (
            <SessionRow
              key={session.id}
              session={session}
              busy={revoke.isPending && revoke.variables?.id === session.id}
              onSignOut={() => (session.current ? void leave(false) : revoke.mutate({ id: session.id }))}
            />
          ))}
        </ul>
      )}
      <div className="form-actions">
        <button type="button" className="button-danger" onClick={() => void leave(true)}>
          Sign out everywhere
        </button>
      </div>
    </section>
  )
}
