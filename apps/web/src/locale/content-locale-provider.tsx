// Remembers the chosen content locale in this browser, so a reload keeps editing in Chinese.
import { useMemo, useState, type ReactNode } from 'react'
import { ContentLocaleContext, DEFAULT_LOCALE, isContentLocale, type ContentLocale } from './content-locale.ts'

const KEY = 'quire.content-locale'

function initialLocale(): ContentLocale {
  const stored = window.localStorage.getItem(KEY)
  return isContentLocale(stored) ? stored : DEFAULT_LOCALE
}

export function ContentLocaleProvider({ children }: { children: ReactNode }) {
  const [locale, setState] = useState(initialLocale)
  const value = useMemo(
    () => ({
      locale,
      setLocale(next: ContentLocale) {
        window.localStorage.setItem(KEY, next)
        setState(next)
      },
    }),
    [locale],
  )
  return <ContentLocaleContext.Provider value={value}>{children}</ContentLocaleContext.Provider>
}
