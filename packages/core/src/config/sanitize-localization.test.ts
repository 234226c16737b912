import { describe, expect, it } from 'vitest'
import { InvalidConfigError } from '../errors/api-error.ts'
import { buildConfig } from './build-config.ts'
import type { Config } from './types.ts'

const base: Config = {
  secret: 'localization-test-secret-at-least-32-chars',
  db: { url: 'file:./unused.db' },
  collections: [{ slug: 'posts', fields: [{ name: 'title', type: 'text', localized: true }] }],
}

function problems(config: Config): string[] {
  try {
    buildConfig(config)
  } catch (error) {
    if (error instanceof InvalidConfigError) return error.problems
    throw error
  }
  return []
}

describe('localization config', () => {
  it('accepts codes with - and _ and locale objects', () => {
    const config = buildConfig({ ...base, localization: { locales: ['en', 'pt-BR', { code: 'zh_Hans', label: '中文', fallbackLocale: ['pt-BR', 'en'] }], defaultLocale: 'en' } })
    expect(config.localization?.defaultLocale).toBe('en')
  })

  it('rejects localized fields when the config has no localization, with the fix', () => {
    expect(problems(base)).toEqual([
      `posts.fields.title.localized: the config has no \`localization\`; add localization: { locales: ['en', 'zh'], defaultLocale: 'en' } to the config, or remove "localized"`,
    ])
  })

  it('names every mistake in the locales and the default', () => {
    expect(problems({ ...base, localization: { locales: ['en', 'e n', 'all', 'en', 'pt-BR', 'pt_BR', { code: 'de', fallbackLocale: ['xx', 'de'] }], defaultLocale: 'fr', fallback: 'yes' as unknown as boolean } })).toEqual([
      'localization.locales[1]: a locale is a code like "en", "zh" or "pt-BR" (a letter, then letters and digits in parts joined by "-" or "_"), or { code, label?, fallbackLocale? }; got "e n"',
      'localization.locales[2]: "all" is reserved (`locale: \'all\'` reads every locale); use another code',
      'localization.locales: "en" is listed twice',
      'localization.locales: "pt-BR" and "pt_BR" would share the column suffix "_pt_BR"; keep only one of them',
      'localization.defaultLocale: must be one of the locales (en, pt-BR, pt_BR, de), got "fr"',
      'localization.fallback: must be true or false',
      'localization.locales[6].fallbackLocale: "xx" is not another configured locale (en, pt-BR, pt_BR, de)',
      'localization.locales[6].fallbackLocale: "de" is not another configured locale (en, pt-BR, pt_BR, de)',
    ])
    expect(problems({ ...base, localization: { locales: [], defaultLocale: 'en' } })).toEqual([
      "localization.locales: list at least one locale, e.g. localization: { locales: ['en', 'zh'], defaultLocale: 'en' }",
    ])
  })

  it("catches a locale column that collides with another field's column", () => {
    const config: Config = {
      ...base,
      localization: { locales: ['en', 'es'], defaultLocale: 'en' },
      collections: [{ slug: 'posts', fields: [{ name: 'title', type: 'text', localized: true }, { name: 'title_en', type: 'text' }] }],
    }
    expect(problems(config)).toEqual(['posts.title_en: its column name "title_en" collides with posts.title; rename one of them'])
  })
})
