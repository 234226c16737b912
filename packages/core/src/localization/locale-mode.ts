// Which locale(s) one call reads or writes (docs/localization.md): the `locale` option (else the
// request's, else `defaultLocale`; `'all'`/`'*'` for every locale) and the fallback chain
// Payload's sanitizeFallbackLocale would pick:
//   `fallbackLocale` given:  a code, or a list (first non-empty wins; unknown codes dropped);
//                            false / 'false' / 'none' / 'null' / '' disable fallback
//   not given:               with `fallback: true`, the locale's own `fallbackLocale` if the
//                            config names one, else `defaultLocale`; with `fallback: false`, none
// An unknown locale is a 400: there are no columns to read or write it from.
import { APIError } from '../errors/api-error.ts'
import { ALL_LOCALES, type LocalizationSettings } from './settings.ts'

export type LocaleMode =
  /** `fallbacks` never contains `locale`; empty means no fallback. */
  | { kind: 'one'; locale: string; fallbacks: string[] }
  | { kind: 'all'; locales: string[]; defaultLocale: string }

const DISABLED = new Set(['false', 'none', 'null', ''])

export function resolveLocaleMode(settings: LocalizationSettings | undefined, locale: unknown, fallbackLocale: unknown): LocaleMode | undefined {
  if (!settings) return undefined
  const requested = locale === undefined || locale === null ? settings.defaultLocale : locale
  if (requested === ALL_LOCALES || requested === '*') return { kind: 'all', locales: settings.codes, defaultLocale: settings.defaultLocale }
  if (typeof requested !== 'string' || !settings.codes.includes(requested)) {
    throw new APIError(`Unknown locale ${JSON.stringify(requested)}; use one of ${settings.codes.join(', ')} or "${ALL_LOCALES}".`, 400)
  }
  return { kind: 'one', locale: requested, fallbacks: fallbacksFor(settings, requested, fallbackLocale) }
}

function fallbacksFor(settings: LocalizationSettings, locale: string, fallbackLocale: unknown): string[] {
  let chain: unknown[]
  if (fallbackLocale === undefined || fallbackLocale === null) {
    if (!settings.fallback) return []
    chain = settings.localeFallbacks.get(locale) ?? [settings.defaultLocale]
  } else if (fallbackLocale === false || (typeof fallbackLocale === 'string' && DISABLED.has(fallbackLocale))) {
    return []
  } else {
    chain = Array.isArray(fallbackLocale) ? fallbackLocale : [fallbackLocale]
  }
  const known = chain.filter((code): code is string => typeof code === 'string' && code !== locale && settings.codes.includes(code))
  return [...new Set(known)]
}

/** The locales whose columns and rows a read needs: the requested one and its fallbacks, or all. */
export function localesToRead(mode: LocaleMode): string[] {
  return mode.kind === 'all' ? mode.locales : [mode.locale, ...mode.fallbacks]
}

/** Identifies what a read plan depends on, for caching plans. */
export function localeModeKey(mode: LocaleMode | undefined): string {
  if (!mode) return ''
  return mode.kind === 'all' ? ALL_LOCALES : [mode.locale, ...mode.fallbacks].join(',')
}

/** The one locale a write goes to; writing "every locale at once" has no meaning (400). */
export function writeLocaleOf(mode: LocaleMode | undefined): string | undefined {
  if (mode?.kind === 'all') throw new APIError(`Cannot write with locale "${ALL_LOCALES}"; write one locale at a time.`, 400)
  return mode?.locale
}

/**
 * The locale(s) a write reads the stored document in: the written locale's own values, never a
 * fallback's (Payload reads originalDoc with fallbackLocale null), so hooks see what is stored.
 */
export function storedLocaleMode(mode: LocaleMode | undefined): LocaleMode | undefined {
  return mode?.kind === 'one' ? { ...mode, fallbacks: [] } : mode
}

/** `fallbackLocale` for a nested call (population) that must resolve to the same chain. */
export function fallbackOptionOf(mode: LocaleMode | undefined): string[] | false | undefined {
  if (mode?.kind !== 'one') return undefined
  return mode.fallbacks.length > 0 ? mode.fallbacks : false
}

/** What a read without an explicit locale uses: the default locale and its fallbacks. */
export function defaultLocaleMode(settings: LocalizationSettings | undefined): LocaleMode | undefined {
  return resolveLocaleMode(settings, undefined, undefined)
}
