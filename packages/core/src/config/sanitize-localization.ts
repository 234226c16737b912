// Checks of `config.localization` (docs/localization.md). Like the field checks, every problem names
// its path and the fix, and all of them are reported together.
import { localeIdentifier } from '../storage/names.ts'
import { ALL_LOCALES, LOCALE_CODE } from '../localization/settings.ts'

const EXAMPLE = "localization: { locales: ['en', 'zh'], defaultLocale: 'en' }"

export function checkLocalization(localization: unknown, problems: string[]): void {
  if (localization === undefined) return
  if (typeof localization !== 'object' || localization === null) {
    problems.push(`localization: must be an object, e.g. ${EXAMPLE}`)
    return
  }
  const { locales, defaultLocale, fallback } = localization as Record<string, unknown>
  if (!Array.isArray(locales) || locales.length === 0) {
    problems.push(`localization.locales: list at least one locale, e.g. ${EXAMPLE}`)
    return
  }
  const codes = locales.map((entry, index) => checkLocale(entry, `localization.locales[${index}]`, problems))
  const known = [...new Set(codes.filter((code): code is string => code !== undefined))]
  const identifiers = new Map<string, string>()
  for (const code of codes) {
    if (code === undefined) continue
    const identifier = localeIdentifier(code)
    const previous = identifiers.get(identifier)
    if (previous === code) problems.push(`localization.locales: "${code}" is listed twice`)
    else if (previous !== undefined) problems.push(`localization.locales: "${previous}" and "${code}" would share the column suffix "_${identifier}"; keep only one of them`)
    identifiers.set(identifier, code)
  }
  if (typeof defaultLocale !== 'string' || !known.includes(defaultLocale)) {
    problems.push(`localization.defaultLocale: must be one of the locales (${known.join(', ')}), got ${JSON.stringify(defaultLocale)}`)
  }
  if (fallback !== undefined && typeof fallback !== 'boolean') problems.push('localization.fallback: must be true or false')
  locales.forEach((entry, index) => checkLocaleFallback(entry, `localization.locales[${index}]`, known, problems))
}

function checkLocale(entry: unknown, at: string, problems: string[]): string | undefined {
  const code = typeof entry === 'string' ? entry : typeof entry === 'object' && entry !== null ? (entry as { code?: unknown }).code : undefined
  if (typeof code !== 'string' || !LOCALE_CODE.test(code)) {
    problems.push(`${at}: a locale is a code like "en", "zh" or "pt-BR" (a letter, then letters and digits in parts joined by "-" or "_"), or { code, label?, fallbackLocale? }; got ${JSON.stringify(entry)}`)
    return undefined
  }
  if (code === ALL_LOCALES) {
    problems.push(`${at}: "${ALL_LOCALES}" is reserved (\`locale: '${ALL_LOCALES}'\` reads every locale); use another code`)
    return undefined
  }
  return code
}

function checkLocaleFallback(entry: unknown, at: string, known: string[], problems: string[]): void {
  if (typeof entry !== 'object' || entry === null) return
  const { fallbackLocale, code } = entry as { fallbackLocale?: unknown; code?: unknown }
  if (fallbackLocale === undefined) return
  const list = Array.isArray(fallbackLocale) ? fallbackLocale : [fallbackLocale]
  for (const candidate of list) {
    if (typeof candidate !== 'string' || !known.includes(candidate) || candidate === code) {
      problems.push(`${at}.fallbackLocale: ${JSON.stringify(candidate)} is not another configured locale (${known.join(', ')})`)
    }
  }
}
