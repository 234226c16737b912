// The language of the content being edited (posts' title, excerpt and content, the header's
// nav labels), not of the interface. The config declares en (default, also the fallback) and zh.
import { createContext, useContext } from 'react'

export const CONTENT_LOCALES = [
  { code: 'en', label: 'English' },
  { code: 'zh', label: '中文' },
] as const

export type ContentLocale = (typeof CONTENT_LOCALES)[number]['code']

export const DEFAULT_LOCALE: ContentLocale = 'en'

export function isContentLocale(value: unknown): value is ContentLocale {
  return CONTENT_LOCALES.some((locale) => locale.code === value)
}

/**
 * Asked before the content locale changes: calls `proceed` to let the switch happen, at once or
 * after asking the person (an editor with unsaved edits, which a switch would throw away).
 */
export type LocaleChangeGuard = (proceed: () => void) => void

export interface ContentLocaleValue {
  locale: ContentLocale
  /** Switches, unless the guard holds the switch back. */
  setLocale(locale: ContentLocale): void
  /** Installs the guard (one at a time: the editor on screen); returns its removal. */
  guardLocaleChange(guard: LocaleChangeGuard): () => void
}

export const ContentLocaleContext = createContext<ContentLocaleValue>({ locale: DEFAULT_LOCALE, setLocale: () => undefined, guardLocaleChange: () => () => undefined })

export function useContentLocale(): ContentLocaleValue {
  return useContext(ContentLocaleContext)
}
