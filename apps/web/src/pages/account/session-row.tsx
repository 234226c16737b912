// One signed-in session: which device (from its User-Agent), when it signed in and was last
// active, and the button that ends it.
import { deviceLabel } from './device-label.ts'

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' })

interface SessionInfo {
  id: number
  createdAt: string
  lastUsedAt: string
  current: boolean
  userAgent: string | null
}

export function SessionRow({ session, busy, onSignOut }: { session: SessionInfo; busy: boolean; onSignOut: () => void }) {
  const device = deviceLabel(session.userAgent)
  return (
    <li className="session">
      <div>
        <p className="session-title">
          {session.current ? 'This device' : device}
          {session.current && <span className="badge badge-published">Current</span>}
        </p>
        <p className="session-meta">
          {session.current && `${device} · `}Signed in {dateTime.format(new Date(session.createdAt))} · last active {dateTime.format(new Date(session.lastUsedAt))}
        </p>
      </div>
      <button type="button" className="button-secondary" onClick={onSignOut} disabled={busy} aria-label={session.current ? undefined : `Sign out ${device}, signed in ${dateTime.format(new Date(session.createdAt))}`}>
        {session.current ? 'Sign out this device' : busy ? 'Signing out…' : 'Sign out'}
      </button>
    </li>
  )
}
