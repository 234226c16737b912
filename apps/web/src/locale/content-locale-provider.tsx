// Remembers the chosen content locale in this browser, so a reload keeps editing in Chinese.
// An editor with unsaved edits may guard the switch (see LocaleChangeGuard).
import { useCallback, useMemo, useRef, useState, type ReactNode } from 'react'
import { ContentLocaleContext, DEFAULT_LOCALE, isContentLocale, type ContentLocale, type LocaleChangeGuard } from './content-locale.ts'

const KEY = 'quire.content-locale'

function initialLocale(): ContentLocale {
  const stored = window.localStorage.getItem(KEY)
  return isContentLocale(stored) ? stored : DEFAULT_LOCALE
}

export function ContentLocaleProvider({ children }: { children: ReactNode }) {
  const [locale, setState] = useState(initialLocale)
  const guard = useRef<LocaleChangeGuard | null>(null)

  const setLocale = useCallback((next: ContentLocale): void => {
    const apply = (): void => {
      window.localStorage.setItem(KEY, next)
      setState(next)
    }
    if (guard.current) guard.current(apply)
    else apply()
  }, [])

  const guardLocaleChange = useCallback((next: LocaleChangeGuard): (() => void) => {
    guard.current = next
    return () => {
      if (guard.current === next) guard.current = null
    }
  }, [])

  const value = useMemo(() => ({ locale, setLocale, guardLocaleChange }), [locale, setLocale, guardLocaleChange])
  return <ContentLocaleContext.Provider value={value}>{children}</ContentLocaleContext.Provider>
}
