import { describe, expect, it } from 'vitest'
import { APIError } from '../errors/api-error.ts'
import { fallbackOptionOf, localesToRead, localeModeKey, resolveLocaleMode, writeLocaleOf } from './locale-mode.ts'
import { localizationSettings } from './settings.ts'

const settings = localizationSettings({ locales: ['en', 'es', { code: 'pt-BR', fallbackLocale: ['es', 'en'] }, 'de'], defaultLocale: 'en' })!
const strict = localizationSettings({ locales: ['en', 'es', { code: 'pt-BR', fallbackLocale: 'es' }], defaultLocale: 'en', fallback: false })!

describe('resolveLocaleMode', () => {
  it('is undefined without localization', () => {
    expect(resolveLocaleMode(undefined, 'en', undefined)).toBeUndefined()
  })

  it('defaults to the default locale, which has no fallback of its own', () => {
    expect(resolveLocaleMode(settings, undefined, undefined)).toEqual({ kind: 'one', locale: 'en', fallbacks: [] })
  })

  it("reads every locale for 'all' and '*'", () => {
    const all = { kind: 'all', locales: ['en', 'es', 'pt-BR', 'de'], defaultLocale: 'en' }
    expect(resolveLocaleMode(settings, 'all', 'es')).toEqual(all)
    expect(resolveLocaleMode(settings, '*', undefined)).toEqual(all)
  })

  it("falls back to the locale's own fallbackLocale, else the default locale", () => {
    expect(resolveLocaleMode(settings, 'es', undefined)).toEqual({ kind: 'one', locale: 'es', fallbacks: ['en'] })
    expect(resolveLocaleMode(settings, 'pt-BR', undefined)).toEqual({ kind: 'one', locale: 'pt-BR', fallbacks: ['es', 'en'] })
    expect(resolveLocaleMode(settings, 'pt-BR', null)).toEqual({ kind: 'one', locale: 'pt-BR', fallbacks: ['es', 'en'] })
  })

  it('takes an explicit fallback: a code or a list (unknown codes, duplicates and the locale itself dropped)', () => {
    expect(resolveLocaleMode(settings, 'es', 'de')).toEqual({ kind: 'one', locale: 'es', fallbacks: ['de'] })
    expect(resolveLocaleMode(settings, 'es', ['xx', 'es', 'de', 'en', 'de'])).toEqual({ kind: 'one', locale: 'es', fallbacks: ['de', 'en'] })
    expect(resolveLocaleMode(settings, 'es', 'fr')).toEqual({ kind: 'one', locale: 'es', fallbacks: [] })
  })

  it("disables fallback with false, 'false', 'none', 'null' and ''", () => {
    for (const off of [false, 'false', 'none', 'null', '']) expect(resolveLocaleMode(settings, 'pt-BR', off), String(off)).toEqual({ kind: 'one', locale: 'pt-BR', fallbacks: [] })
  })

  it('has no fallback with config fallback: false unless the call names one', () => {
    expect(resolveLocaleMode(strict, 'pt-BR', undefined)).toEqual({ kind: 'one', locale: 'pt-BR', fallbacks: [] })
    expect(resolveLocaleMode(strict, 'pt-BR', 'en')).toEqual({ kind: 'one', locale: 'pt-BR', fallbacks: ['en'] })
  })

  it('rejects unknown locales with a 400', () => {
    for (const locale of ['fr', 'EN', 42]) {
      const call = () => resolveLocaleMode(settings, locale, undefined)
      expect(call).toThrow(APIError)
      expect(call).toThrow('Unknown locale')
    }
  })
})

describe('locale mode helpers', () => {
  const pt = resolveLocaleMode(settings, 'pt-BR', undefined)!
  const all = resolveLocaleMode(settings, 'all', undefined)!
  it('lists the locales a read needs and keys plans by them', () => {
    expect(localesToRead(pt)).toEqual(['pt-BR', 'es', 'en'])
    expect(localesToRead(all)).toEqual(['en', 'es', 'pt-BR', 'de'])
    expect([localeModeKey(pt), localeModeKey(all), localeModeKey(undefined)]).toEqual(['pt-BR,es,en', 'all', ''])
  })

  it("writes one locale, never 'all'", () => {
    expect(writeLocaleOf(pt)).toBe('pt-BR')
    expect(writeLocaleOf(undefined)).toBeUndefined()
    expect(() => writeLocaleOf(all)).toThrow('Cannot write with locale "all"')
  })

  it('hands nested calls the same chain', () => {
    expect(fallbackOptionOf(pt)).toEqual(['es', 'en'])
    expect(fallbackOptionOf(resolveLocaleMode(settings, 'en', undefined))).toBe(false)
    expect(fallbackOptionOf(all)).toBeUndefined()
  })
})
