// Changing the password: the current one is checked by signing in with it (the API has no
// separate "verify password" call), which also gives this tab a fresh session; saving the
// new password then ends every other session of the account (core's auth afterChange).
import { useState, type FormEvent } from 'react'
import { z } from 'zod'
import { errorMessage, fieldErrorsOf, httpStatusOf } from '../../api/errors.ts'
import { trpc } from '../../api/trpc.ts'
import { Notice } from '../../components/notice.tsx'
import { TextField } from '../../components/text-field.tsx'
import { newPasswordSchema } from '../../forms/auth-schemas.ts'
import { zodFieldErrors } from '../../forms/zod-field-errors.ts'
import { useSession } from '../../session/session-context.ts'
import { storeSessionExpiry } from '../../session/session-expiry-store.ts'

const schema = z.object({ current: z.string().min(1, 'Enter your current password.') }).and(newPasswordSchema)

export function ChangePasswordForm() {
  const { user } = useSession()
  const utils = trpc.useUtils()
  const login = trpc.auth.login.useMutation()
  const update = trpc.collections.update.useMutation()
  const [values, setValues] = useState({ current: '', password: '', confirm: '' })
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [problem, setProblem] = useState<string | null>(null)
  const [done, setDone] = useState(false)
  const busy = login.isPending || update.isPending

  const onSubmit = async (event: FormEvent): Promise<void> => {
    event.preventDefault()
    setDone(false)
    setProblem(null)
    const parsed = schema.safeParse(values)
    setErrors(parsed.success ? {} : zodFieldErrors(parsed.error))
    if (!parsed.success || !user) return
    try {
      const session = await login.mutateAsync({ collection: user.collection, email: user.email, password: parsed.data.current })
      storeSessionExpiry(session.exp)
    } catch (error) {
      if (httpStatusOf(error) === 401) setErrors({ current: 'That is not your current password.' })
      else setProblem(errorMessage(error))
      return
    }
    try {
      await update.mutateAsync({ collection: user.collection, id: user.id, data: { password: parsed.data.password }, depth: 0 })
      setValues({ current: '', password: '', confirm: '' })
      setDone(true)
      void utils.auth.sessions.list.invalidate()
    } catch (error) {
      const fields = fieldErrorsOf(error)
      setErrors(fields.password ? { password: fields.password } : {})
      setProblem(errorMessage(error))
    }
  }

  const field = (name: keyof typeof values) => ({ value: values[name], onChange: (event: { target: { value: string } }) => setValues((current) => ({ ...current, [name]: event.target.value })), error: errors[name] })

  return (
    <section className="panel" aria-labelledby="password-heading">
      <h2 id="password-heading">Change password</h2>
      <form onSubmit={(event) => void onSubmit(event)} noValidate>
        <TextField label="Current password" type="password" autoComplete="current-password" required {...field('current')} />
        <TextField label="New password" type="password" autoComplete="new-password" required {...field('password')} />
        <TextField label="Repeat the new password" type="password" autoComplete="new-password" required {...field('confirm')} />
        {problem && (
          <p className="error-message" role="alert">
            {problem}
          </p>
        )}
        {done && <Notice>Password changed. Your other devices were signed out.</Notice>}
        <button type="submit" className="button-primary" disabled={busy}>
          {busy ? 'Saving…' : 'Change password'}
        </button>
      </form>
    </section>
  )
}
