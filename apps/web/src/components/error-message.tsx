// A failure in words, announced to screen readers. Renders nothing when there is no error.
import { errorMessage } from '../api/errors.ts'

export function ErrorMessage({ error, retry }: { error: unknown; retry?: () => void }) {
  const message = errorMessage(error)
  if (message === '') return null
  return (
    <div className="error-message" role="alert">
      <p>{message}</p>
      {retry && (
        <button type="button" className="button-secondary" onClick={retry}>
          Try again
        </button>
      )}
    </div>
  )
}
