// "Discard unsaved changes?" (use-unsaved-changes.ts): Stay is the safe choice, so focus starts
// there and Escape means it; the dialog mechanics are ConfirmDialog's.
import type { UnsavedChangesDialogProps } from '../forms/use-unsaved-changes.ts'
import { ConfirmDialog } from './confirm-dialog.tsx'

export function UnsavedChangesDialog({ open, onStay, onDiscard }: UnsavedChangesDialogProps) {
  return (
    <ConfirmDialog
      open={open}
      title="Discard unsaved changes?"
      text="Your changes on this page are not saved yet. If you go on, they are lost."
      cancelLabel="Stay"
      confirmLabel="Discard changes"
      onCancel={onStay}
      onConfirm={onDiscard}
    />
  )
}
