// Reached from the reset email: /reset-password?token=… (the link core's email builds) or
// /reset/:token. A successful reset signs the person in (the API sets the session cookie).
import { useState, type FormEvent } from 'react'
import { Link, useNavigate, useParams, useSearchParams } from 'react-router'
import { fieldErrorsOf } from '../../api/errors.ts'
import { trpc } from '../../api/trpc.ts'
import { AuthLayout } from '../../components/auth-layout.tsx'
import { ErrorMessage } from '../../components/error-message.tsx'
import { TextField } from '../../components/text-field.tsx'
import { useDocumentTitle } from '../../components/use-document-title.ts'
import { authFormMessages, resetPasswordSchema } from '../../forms/auth-schemas.ts'
import { zodFieldErrors } from '../../forms/zod-field-errors.ts'
import { useSession } from '../../session/session-context.ts'

export function ResetPasswordPage() {
  useDocumentTitle('Choose a new password')
  const params = useParams()
  const [search] = useSearchParams()
  const token = params.token ?? search.get('token') ?? ''
  const session = useSession()
  const navigate = useNavigate()
  const reset = trpc.auth.resetPassword.useMutation()
  const [password, setPassword] = useState('')
  const [confirm, setConfirm] = useState('')
  const [errors, setErrors] = useState<Record<string, string>>({})

  if (token === '') {
    return (
      <AuthLayout title="This link is incomplete">
        <p>The reset link has no token. Open the link from the email again, or ask for a new one.</p>
        <p className="auth-links">
          <Link to="/forgot-password">Ask for a new link</Link>
        </p>
      </AuthLayout>
    )
  }

  const onSubmit = (event: FormEvent): void => {
    event.preventDefault()
    const parsed = resetPasswordSchema.safeParse({ password, confirm }, { error: authFormMessages })
    setErrors(parsed.success ? {} : zodFieldErrors(parsed.error))
    if (!parsed.success) return
    reset.mutate(
      { token, password: parsed.data.password },
      {
        onSuccess: async (result) => {
          await session.signedIn(result.exp)
          navigate('/posts', { replace: true })
        },
        onError: (error) => setErrors(fieldErrorsOf(error)),
      },
    )
  }

  return (
    <AuthLayout title="Choose a new password">
      <form onSubmit={onSubmit} noValidate>
        <TextField label="New password" type="password" name="password" autoComplete="new-password" required value={password} onChange={(event) => setPassword(event.target.value)} error={errors.password} />
        <TextField label="Repeat the new password" type="password" name="confirm" autoComplete="new-password" required value={confirm} onChange={(event) => setConfirm(event.target.value)} error={errors.confirm} />
        <ErrorMessage error={reset.error} />
        <button type="submit" className="button-primary" disabled={reset.isPending}>
          {reset.isPending ? 'Saving…' : 'Save and sign in'}
        </button>
      </form>
      <p className="auth-links">
        <Link to="/forgot-password">Ask for a new link</Link>
      </p>
    </AuthLayout>
  )
}
