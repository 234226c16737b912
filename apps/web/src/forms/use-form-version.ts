// Which stored version an editor's form was built from, for its React `key`. A new version
// saved ELSEWHERE rebuilds the form (fresh values); a version this page's own save wrote
// does not: the form already holds those values (it marked itself saved), and rebuilding it
// when the refetch after the save lands would drop whatever was typed in the meantime.
import { useCallback, useRef, useState } from 'react'

export interface FormVersion {
  /** Use in the form's key. */
  key: string
  /** Call with the `updatedAt` a save of this page returned, before its refetch can land. */
  savedHere(version: unknown): void
}

export function useFormVersion(loaded: unknown): FormVersion {
  const version = typeof loaded === 'string' ? loaded : ''
  const own = useRef(new Set<string>())
  const [key, setKey] = useState(version)
  // Adjusting state while rendering (React's pattern for state derived from props).
  if (version !== key && !own.current.has(version)) setKey(version)
  const savedHere = useCallback((saved: unknown) => {
    if (typeof saved === 'string') own.current.add(saved)
  }, [])
  return { key, savedHere }
}
