// The config's `localization`, normalised once for everything that reads or writes locales:
// the codes in config order, the default, whether fallback is on, and each locale's own
// fallback list. Computed from the (frozen) config object and cached on it.
import type { LocalizationConfig } from '../config/types.ts'

export interface LocalizationSettings {
  /** Locale codes in config order. */
  codes: string[]
  defaultLocale: string
  /** `localization.fallback` (default true). */
  fallback: boolean
  /** A locale's own `fallbackLocale`, as a list, when the config names one. */
  localeFallbacks: ReadonlyMap<string, string[]>
}

/** A letter, then letters and digits, in parts joined by single `-` or `_`: `en`, `zh`, `pt-BR`, `pt_BR`. */
export const LOCALE_CODE = /^[A-Za-z][A-Za-z0-9]*(?:[-_][A-Za-z0-9]+)*$/

/** `locale: 'all'` (or Payload's `'*'`) asks for every locale; no locale may be called that. */
export const ALL_LOCALES = 'all'

const cache = new WeakMap<LocalizationConfig, LocalizationSettings>()

export function localizationSettings(config: LocalizationConfig | undefined): LocalizationSettings | undefined {
  if (!config) return undefined
  let settings = cache.get(config)
  if (!settings) {
    const localeFallbacks = new Map<string, string[]>()
    const codes = config.locales.map((entry) => {
      if (typeof entry === 'string') return entry
      if (entry.fallbackLocale !== undefined) localeFallbacks.set(entry.code, Array.isArray(entry.fallbackLocale) ? [...entry.fallbackLocale] : [entry.fallbackLocale])
      return entry.code
    })
    settings = { codes, defaultLocale: config.defaultLocale, fallback: config.fallback ?? true, localeFallbacks }
    cache.set(config, settings)
  }
  return settings
}
