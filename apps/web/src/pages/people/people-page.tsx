// People (admins only: cms/src/access/roles.ts): who can sign in, with which role; adding,
// changing a role and deleting. Anyone else who opens /people gets a line saying so, and no
// request is made that the server would refuse.
import { useState } from 'react'
import { ErrorMessage } from '../../components/error-message.tsx'
import { Loading } from '../../components/loading.tsx'
import { Notice } from '../../components/notice.tsx'
import { useDocumentTitle } from '../../components/use-document-title.ts'
import { usePermissions } from '../../session/use-permissions.ts'
import { AddPersonForm } from './add-person-form.tsx'
import { PeopleList } from './people-list.tsx'

const ONLY_ADMINS = 'Only admins manage people.'

export function PeoplePage() {
  useDocumentTitle('People')
  const permissions = usePermissions()
  // Creating people is the admin's right; users.update is everyone's (their own name).
  const isAdmin = permissions.collection('users').create
  const [message, setMessage] = useState('')

  return (
    <section className="page">
      <div className="page-header">
        <h1>People</h1>
      </div>
      {permissions.pending && <Loading label="Checking your permissions…" />}
      <ErrorMessage error={permissions.error} retry={permissions.retry} />
      {!permissions.pending && !permissions.error && !isAdmin && <Notice tone="info">{ONLY_ADMINS}</Notice>}
      {isAdmin && (
        <>
          <p className="page-intro">Admins add people, change their roles and remove them. Everyone changes their own password on the Account page.</p>
          {message && <Notice>{message}</Notice>}
          <AddPersonForm onAdded={(name) => setMessage(`${name} was added.`)} />
          <PeopleList onDeleted={(name) => setMessage(`${name} was deleted.`)} />
        </>
      )}
    </section>
  )
}
