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

export interface ContentLocaleValue {
  locale: ContentLocale
  setLocale(locale: ContentLocale): void
}

export const ContentLocaleContext = createContext<ContentLocaleValue>({ locale: DEFAULT_LOCALE, setLocale: () => undefined })

export function useContentLocale(): ContentLocaleValue {
  return useContext(ContentLocaleContext)
}
