import { useState, type FormEvent } from 'react'
import { Link, Navigate, useSearchParams } from 'react-router'
import { fieldErrorsOf } from '../../api/errors.ts'
import { trpc } from '../../api/trpc.ts'
import { AuthLayout } from '../../components/auth-layout.tsx'
import { ErrorMessage } from '../../components/error-message.tsx'
import { Notice } from '../../components/notice.tsx'
import { TextField } from '../../components/text-field.tsx'
import { useDocumentTitle } from '../../components/use-document-title.ts'
import { authFormMessages, signInSchema } from '../../forms/auth-schemas.ts'
import { zodFieldErrors } from '../../forms/zod-field-errors.ts'
import { useSession } from '../../session/session-context.ts'
import { safeNextPath } from '../../session/session-timing.ts'

export function SignInPage() {
  useDocumentTitle('Sign in')
  const [params] = useSearchParams()
  const next = safeNextPath(params.get('next'))
  const session = useSession()
  const login = trpc.auth.login.useMutation()
  const [email, setEmail] = useState('')
  const [password, setPassword] = useState('')
  const [errors, setErrors] = useState<Record<string, string>>({})

  if (session.status === 'signed-in') return <Navigate to={next} replace />

  const onSubmit = (event: FormEvent): void => {
    event.preventDefault()
    const parsed = signInSchema.safeParse({ email, password }, { error: authFormMessages })
    setErrors(parsed.success ? {} : zodFieldErrors(parsed.error))
    if (!parsed.success) return
    login.mutate(parsed.data, {
      onSuccess: (result) => void session.signedIn(result.exp),
      onError: (error) => setErrors(fieldErrorsOf(error)),
    })
  }

  return (
    <AuthLayout title="Sign in">
      {params.has('next') && <Notice>Please sign in to continue.</Notice>}
      <form onSubmit={onSubmit} noValidate>
        <TextField label="Email" type="email" name="email" autoComplete="username" required value={email} onChange={(event) => setEmail(event.target.value)} error={errors.email} />
        <TextField label="Password" type="password" name="password" autoComplete="current-password" required value={password} onChange={(event) => setPassword(event.target.value)} error={errors.password} />
        <ErrorMessage error={login.error} />
        <button type="submit" className="button-primary" disabled={login.isPending}>
          {login.isPending ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
      <p className="auth-links">
        <Link to="/forgot-password">Forgot your password?</Link>
      </p>
    </AuthLayout>
  )
}
