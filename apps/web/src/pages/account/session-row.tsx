const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' })

interface SessionInfo {
  id: number
  createdAt: string
  lastUsedAt: string
  current: boolean
}

export function SessionRow({ session, busy, onSignOut }: { session: SessionInfo; busy: boolean; onSignOut: () => void }) {
  return (
    <li className="session">
      <div>
        <p className="session-title">
          {session.current ? 'This device' : `Session #${session.id}`}
          {session.current && <span className="badge badge-published">Current</span>}
        </p>
        <p className="session-meta">
          Signed in {dateTime.format(new Date(session.createdAt))} · last active {dateTime.format(new Date(session.lastUsedAt))}
        </p>
      </div>
      <button type="button" className="button-secondary" onClick={onSignOut} disabled={busy}>
        {session.current ? 'Sign out this device' : busy ? 'Signing out…' : 'Sign out'}
      </button>
    </li>
  )
}
