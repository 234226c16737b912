import { useState, type FormEvent } from 'react'
import { Link } from 'react-router'
import { fieldErrorsOf } from '../../api/errors.ts'
import { trpc } from '../../api/trpc.ts'
import { AuthLayout } from '../../components/auth-layout.tsx'
import { ErrorMessage } from '../../components/error-message.tsx'
import { Notice } from '../../components/notice.tsx'
import { TextField } from '../../components/text-field.tsx'
import { useDocumentTitle } from '../../components/use-document-title.ts'
import { authFormMessages, forgotPasswordSchema } from '../../forms/auth-schemas.ts'
import { zodFieldErrors } from '../../forms/zod-field-errors.ts'

export function ForgotPasswordPage() {
  useDocumentTitle('Forgot password')
  const forgot = trpc.auth.forgotPassword.useMutation()
  const [email, setEmail] = useState('')
  const [errors, setErrors] = useState<Record<string, string>>({})

  const onSubmit = (event: FormEvent): void => {
    event.preventDefault()
    const parsed = forgotPasswordSchema.safeParse({ email }, { error: authFormMessages })
    setErrors(parsed.success ? {} : zodFieldErrors(parsed.error))
    if (parsed.success) forgot.mutate(parsed.data, { onError: (error) => setErrors(fieldErrorsOf(error)) })
  }

  return (
    <AuthLayout title="Forgot your password?">
      {forgot.isSuccess ? (
        <Notice>{forgot.data.message}</Notice>
      ) : (
        <form onSubmit={onSubmit} noValidate>
          <p>Enter the email address of your account. We will send you a link to choose a new password.</p>
          <TextField label="Email" type="email" name="email" autoComplete="email" required value={email} onChange={(event) => setEmail(event.target.value)} error={errors.email} />
          <ErrorMessage error={forgot.error} />
          <button type="submit" className="button-primary" disabled={forgot.isPending}>
            {forgot.isPending ? 'Sending…' : 'Send reset link'}
          </button>
        </form>
      )}
      <p className="auth-links">
        <Link to="/sign-in">Back to sign in</Link>
      </p>
    </AuthLayout>
  )
}
