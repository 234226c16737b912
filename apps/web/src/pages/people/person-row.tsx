// One person: name, email and role, the role changeable in place (select, then Save) and
// Delete after a confirmation, and Unlock sign-in: failed sign-ins (anyone's guesses) lock an
// account for a while; an admin lifts that at once. The signed-in admin's own row offers none
// of these: demoting or deleting yourself here could leave nobody able to manage people, and
// whoever is signed in is not locked out.
import { useId, useState } from 'react'
import { trpc } from '../../api/trpc.ts'
import { ConfirmDialog } from '../../components/confirm-dialog.tsx'
import { ErrorMessage } from '../../components/error-message.tsx'
import type { User } from '../../content/content-types.ts'
import { isRole, ROLE_OPTIONS, roleLabel, type PersonRole } from './person-schema.ts'

interface Props {
  person: User
  isSelf: boolean
  onDeleted: (name: string) => void
}

export function PersonRow({ person, isSelf, onDeleted }: Props) {
  const id = useId()
  const utils = trpc.useUtils()
  const refresh = (): Promise<void> => utils.collections.find.invalidate({ collection: 'users' })
  const saved: PersonRole = person.role ?? 'author'
  const [role, setRole] = useState<PersonRole>(saved)
  const [status, setStatus] = useState('')
  const [confirming, setConfirming] = useState(false)
  const update = trpc.collections.update.useMutation({ onSuccess: async () => { setStatus(`Role saved: ${roleLabel(role)}.`); await refresh() } })
  const remove = trpc.collections.delete.useMutation({ onSuccess: async () => { onDeleted(person.name); await refresh() } })
  const unlock = trpc.auth.unlock.useMutation({ onSuccess: () => setStatus('Sign-in unlocked: they can sign in again now.') })
  const name = person.name || person.email

  const save = (): void => {
    setStatus('')
    update.mutate({ collection: 'users', id: person.id, data: { role }, depth: 0 })
  }
  const confirmDelete = (): void => {
    setConfirming(false)
    remove.mutate({ collection: 'users', id: person.id, depth: 0 })
  }

  return (
    <li className="person" aria-labelledby={`${id}-name`}>
      <div className="person-who">
        <p className="session-title" id={`${id}-name`}>
          {name}
          {isSelf && <span className="badge badge-published">You</span>}
        </p>
        <p className="session-meta">{person.email}</p>
        {isSelf && (
          <p className="session-meta" id={`${id}-self`}>
            This is you: another admin must change your role or remove you.
          </p>
        )}
      </div>
      <div className="person-actions">
        <label className="visually-hidden" htmlFor={`${id}-role`}>
          Role of {name}
        </label>
        <select id={`${id}-role`} value={role} disabled={isSelf || update.isPending} aria-describedby={isSelf ? `${id}-self` : undefined} onChange={(event) => { setStatus(''); if (isRole(event.target.value)) setRole(event.target.value) }}>
          {ROLE_OPTIONS.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
        {!isSelf && (
          <button type="button" className="button-secondary" disabled={role === saved || update.isPending} onClick={save} aria-label={`Save role of ${name}`}>
            {update.isPending ? 'Saving…' : 'Save'}
          </button>
        )}
        {!isSelf && (
          <button type="button" className="button-secondary" disabled={unlock.isPending} onClick={() => { setStatus(''); unlock.mutate({ collection: 'users', email: person.email }) }} aria-label={`Unlock sign-in of ${name}`}>
            {unlock.isPending ? 'Unlocking…' : 'Unlock sign-in'}
          </button>
        )}
        <button type="button" className="button-danger" disabled={isSelf || remove.isPending} aria-describedby={isSelf ? `${id}-self` : undefined} onClick={() => setConfirming(true)} aria-label={`Delete ${name}`}>
          {remove.isPending ? 'Deleting…' : 'Delete'}
        </button>
      </div>
      <p className="person-status" role="status">{status}</p>
      <ErrorMessage error={update.error ?? remove.error ?? unlock.error} />
      <ConfirmDialog open={confirming} title={`Delete ${name}?`} text="They are signed out everywhere and can no longer sign in. Their posts stay, without an author." confirmLabel="Delete person" onCancel={() => setConfirming(false)} onConfirm={confirmDelete} />
    </li>
  )
}
