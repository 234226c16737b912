// "Delete …?" as a modal <dialog>: the rest of the page is inert while it is open, focus starts
// on the safe choice (Cancel), Escape cancels, and on closing the browser returns focus to the
// button that opened it (or, if that is gone, the page's main landmark takes it).
import { useEffect, useId, useLayoutEffect, useRef } from 'react'

interface Props {
  open: boolean
  title: string
  text: string
  confirmLabel: string
  onCancel(): void
  onConfirm(): void
}

export function ConfirmDialog({ open, title, text, confirmLabel, onCancel, onConfirm }: Props) {
  const id = useId()
  const dialog = useRef<HTMLDialogElement>(null)
  const cancel = useRef<HTMLButtonElement>(null)

  useEffect(() => {
    const element = dialog.current
    if (!element) return
    if (open && !element.open) {
      element.showModal()
      cancel.current?.focus()
    } else if (!open && element.open) {
      element.close()
    }
  }, [open])

  // Removed while open (its row deleted), a dialog gives no focus back: close it first.
  useLayoutEffect(() => {
    const element = dialog.current
    return () => {
      if (element?.open) element.close()
    }
  }, [])

  return (
    <dialog
      ref={dialog}
      className="confirm-dialog"
      role="alertdialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-text`}
      onCancel={(event) => {
        event.preventDefault()
        onCancel()
      }}
    >
      <h2 id={`${id}-title`}>{title}</h2>
      <p id={`${id}-text`}>{text}</p>
      <div className="form-actions">
        <button ref={cancel} type="button" className="button-primary" onClick={onCancel}>
          Cancel
        </button>
        <button type="button" className="button-danger" onClick={onConfirm}>
          {confirmLabel}
        </button>
      </div>
    </dialog>
  )
}
