// Guards a form's unsaved edits. While the values differ from the ones the form started with
// (or last saved), leaving the page in the app (links, Back, Sign out: a navigation to
// /sign-out) and switching the content language wait for the person to choose "Stay" or
// "Discard changes" in an in-app dialog, and closing or reloading the tab makes the browser
// ask. The form must start with the values it loaded: the editors remount their form for
// every document and language they load. A read-only form (the person may not change the
// document) passes `enabled: false`: with nothing to save there is nothing to lose, so it
// never holds anyone back.
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react'
import { useBlocker, type BlockerFunction } from 'react-router'
import { useContentLocale } from '../locale/content-locale.ts'
import { isDirty } from './is-dirty.ts'

export interface UnsavedChangesDialogProps {
  open: boolean
  onStay(): void
  onDiscard(): void
}

export interface UnsavedChanges<T> {
  dirty: boolean
  /** Props for <UnsavedChangesDialog>. */
  dialog: UnsavedChangesDialogProps
  /** After a successful save: `saved` are now the stored values. Takes effect at once, so the page may navigate right after. */
  markSaved(saved: T): void
}

// Only a new path or query leaves the page; a #fragment (the skip link) does not.
const leavesPage: BlockerFunction = ({ currentLocation, nextLocation }) => currentLocation.pathname !== nextLocation.pathname || currentLocation.search !== nextLocation.search

export function useUnsavedChanges<T>(values: T, { enabled = true }: { enabled?: boolean } = {}): UnsavedChanges<T> {
  const [baseline, setBaseline] = useState(values)
  const dirty = enabled && isDirty(baseline, values)
  // The blocker and the locale guard are asked outside React's render: they read the latest state here.
  const dirtyRef = useRef(dirty)
  useLayoutEffect(() => {
    dirtyRef.current = dirty
  })

  const blocker = useBlocker(useCallback<BlockerFunction>((change) => dirtyRef.current && leavesPage(change), []))
  const [pendingSwitch, setPendingSwitch] = useState<{ proceed: () => void } | null>(null)
  const { guardLocaleChange } = useContentLocale()
  useEffect(() => guardLocaleChange((proceed) => (dirtyRef.current ? setPendingSwitch({ proceed }) : proceed())), [guardLocaleChange])

  useEffect(() => {
    if (!dirty) return
    const warn = (event: BeforeUnloadEvent): void => {
      event.preventDefault()
      // Older browsers ask only when returnValue is set.
      event.returnValue = true
    }
    window.addEventListener('beforeunload', warn)
    return () => window.removeEventListener('beforeunload', warn)
  }, [dirty])

  const onStay = (): void => {
    setPendingSwitch(null)
    if (blocker.state === 'blocked') blocker.reset()
  }
  const onDiscard = (): void => {
    setPendingSwitch(null)
    if (blocker.state === 'blocked') blocker.proceed()
    pendingSwitch?.proceed()
  }
  const markSaved = (saved: T): void => {
    dirtyRef.current = false
    setBaseline(saved)
  }

  return { dirty, dialog: { open: blocker.state === 'blocked' || pendingSwitch !== null, onStay, onDiscard }, markSaved }
}
