// A question with a safe and a destructive answer ("Delete …?", "Discard unsaved changes?") as
// a modal <dialog>: the rest of the page is inert while it is open, focus starts on the safe
// choice, Escape means the safe choice, and on closing the browser returns focus to where it
// was (the button, link or menu that led here).
import { useEffect, useId, useLayoutEffect, useRef } from 'react'

interface Props {
  open: boolean
  title: string
  text: string
  confirmLabel: string
  /** The safe choice; default "Cancel". */
  cancelLabel?: string
  onCancel(): void
  onConfirm(): void
}

export function ConfirmDialog({ open, title, text, confirmLabel, cancelLabel = 'Cancel', onCancel, onConfirm }: Props) {
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

  // A dialog removed while open (its row deleted, or the form replaced by a language switch)
  // gives no focus back: it would fall to <body>. So it closes while still in the page (a layout
  // cleanup runs before React removes the DOM), and focus returns to where it was.
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
        // Escape: the safe choice. The dialog closes when `open` turns false, keeping React in charge.
        event.preventDefault()
        onCancel()
      }}
    >
      <h2 id={`${id}-title`}>{title}</h2>
      <p id={`${id}-text`}>{text}</p>
      <div className="form-actions">
        <button ref={cancel} type="button" className="button-primary" onClick={onCancel}>
          {cancelLabel}
        </button>
        <button type="button" className="button-danger" onClick={onConfirm}>
          {confirmLabel}
        </button>
      </div>
    </dialog>
  )
}
