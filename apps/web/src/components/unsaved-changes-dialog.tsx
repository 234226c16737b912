// "Discard unsaved changes?" as a modal <dialog>: the rest of the page is inert while it is
// open, focus starts on the safe choice (Stay), Escape means Stay, and on closing the browser
// returns focus to where it was (the link, the language menu, Sign out).
import { useEffect, useId, useLayoutEffect, useRef } from 'react'
import type { UnsavedChangesDialogProps } from '../forms/use-unsaved-changes.ts'

export function UnsavedChangesDialog({ open, onStay, onDiscard }: UnsavedChangesDialogProps) {
  const id = useId()
  const dialog = useRef<HTMLDialogElement>(null)
  const stay = useRef<HTMLButtonElement>(null)

  useEffect(() => {
    const element = dialog.current
    if (!element) return
    if (open && !element.open) {
      element.showModal()
      stay.current?.focus()
    } else if (!open && element.open) {
      element.close()
    }
  }, [open])

  // "Discard changes" usually removes the form, dialog and all (a language switch remounts it).
  // A dialog removed while open gives no focus back: it would fall to <body>. So it closes while
  // still in the page (a layout cleanup runs before React removes the DOM), and focus returns to
  // the language menu, as after a switch that asked nothing.
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
        // Escape: stay. The dialog closes when `open` turns false, keeping React in charge of it.
        event.preventDefault()
        onStay()
      }}
    >
      <h2 id={`${id}-title`}>Discard unsaved changes?</h2>
      <p id={`${id}-text`}>Your changes on this page are not saved yet. If you go on, they are lost.</p>
      <div className="form-actions">
        <button ref={stay} type="button" className="button-primary" onClick={onStay}>
          Stay
        </button>
        <button type="button" className="button-danger" onClick={onDiscard}>
          Discard changes
        </button>
      </div>
    </dialog>
  )
}
