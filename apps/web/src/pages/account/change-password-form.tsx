// Changing the password: auth.changePassword checks the current one on the server (a wrong
// one counts toward the account's lockout) and ends every other session of the account;
// this tab's session stays, so nothing about the cookie changes here.
import { useState, type FormEvent } from 'react'
import { errorMessage, fieldErrorsOf } from '../../api/errors.ts'
import { trpc } from '../../api/trpc.ts'
import { Notice } from '../../components/notice.tsx'
import { TextField } from '../../components/text-field.tsx'
import { authFormMessages, changePasswordSchema } from '../../forms/auth-schemas.ts'
import { zodFieldErrors } from '../../forms/zod-field-errors.ts'
import { useSession } from '../../session/session-context.ts'

export function ChangePasswordForm() {
  const { user } = useSession()
  const utils = trpc.useUtils()
  const change = trpc.auth.changePassword.useMutation()
  const [values, setValues] = useState({ currentPassword: '', password: '', confirm: '' })
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [problem, setProblem] = useState<string | null>(null)
  const [done, setDone] = useState(false)

  const onSubmit = async (event: FormEvent): Promise<void> => {
    event.preventDefault()
    setDone(false)
    setProblem(null)
    const parsed = changePasswordSchema.safeParse(values, { error: authFormMessages })
    setErrors(parsed.success ? {} : zodFieldErrors(parsed.error))
    if (!parsed.success || !user) return
    try {
      await change.mutateAsync({ currentPassword: parsed.data.currentPassword, password: parsed.data.password })
      setValues({ currentPassword: '', password: '', confirm: '' })
      setDone(true)
      void utils.auth.sessions.list.invalidate()
    } catch (error) {
      // The API names the fields it refused, with the form's own names: `currentPassword` and `password`.
      const fields = fieldErrorsOf(error)
      setErrors(fields)
      if (!fields.currentPassword && !fields.password) setProblem(errorMessage(error))
    }
  }

  const field = (name: keyof typeof values) => ({ value: values[name], onChange: (event: { target: { value: string } }) => setValues((current) => ({ ...current, [name]: event.target.value })), error: errors[name] })

  return (
    <section className="panel" aria-labelledby="password-heading">
      <h2 id="password-heading">Change password</h2>
      <form onSubmit={(event) => void onSubmit(event)} noValidate>
        <TextField label="Current password" type="password" autoComplete="current-password" required {...field('currentPassword')} />
        <TextField label="New password" type="password" autoComplete="new-password" required {...field('password')} />
        <TextField label="Repeat the new password" type="password" autoComplete="new-password" required {...field('confirm')} />
        {problem && (
          <p className="error-message" role="alert">
            {problem}
          </p>
        )}
        {done && <Notice>Password changed. Your other devices were signed out.</Notice>}
        <button type="submit" className="button-primary" disabled={change.isPending}>
          {change.isPending ? 'Saving…' : 'Change password'}
        </button>
      </form>
    </section>
  )
}
