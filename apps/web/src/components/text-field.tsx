// A labelled input (or textarea) with its hint and its error tied to it for screen readers.
import { useId, type InputHTMLAttributes, type TextareaHTMLAttributes } from 'react'

interface Common {
  label: string
  error?: string | undefined
  hint?: string
}

type InputProps = Common & { multiline?: false } & Omit<InputHTMLAttributes<HTMLInputElement>, 'id'>
type TextareaProps = Common & { multiline: true } & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id'>

export function TextField(props: InputProps | TextareaProps) {
  const id = useId()
  const { label, error, hint } = props
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined
  const shared = { id, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy }
  return (
    <div className={error ? 'field field-invalid' : 'field'}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      )}
      {props.multiline ? <textarea {...withoutCommon(props)} {...shared} /> : <input {...withoutCommon(props)} {...shared} />}
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </div>
  )
}

function withoutCommon<T extends Common & { multiline?: boolean }>(props: T): Omit<T, keyof Common | 'multiline'> {
  const { label: _label, error: _error, hint: _hint, multiline: _multiline, ...rest } = props
  return rest
}
