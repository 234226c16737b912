import { useEffect } from 'react'

/** Each screen names itself in the tab and for screen readers announcing navigation. */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} · Quire`
  }, [title])
}
