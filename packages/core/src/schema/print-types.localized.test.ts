// Generated types stay single-locale (as Payload's do): `localized` changes nothing in them,
// because every read and write works in one locale unless it asks for 'all'.
import { expect, it } from 'vitest'
import { buildConfig } from '../config/build-config.ts'
import type { Field } from '../config/fields.ts'
import type { Config } from '../config/types.ts'
import { printTypes } from './print-types.ts'

const fields: Field[] = [
  { name: 'title', type: 'text', localized: true, required: true },
  { name: 'meta', type: 'group', localized: true, fields: [{ name: 'note', type: 'text' }] },
  { name: 'rows', type: 'array', localized: true, fields: [{ name: 'label', type: 'text' }] },
]

function unlocalized(list: Field[]): Field[] {
  return list.map(({ localized: _localized, ...field }) => ('fields' in field ? { ...field, fields: unlocalized(field.fields) } : field) as Field)
}

const base: Config = { secret: 'types-test-secret-at-least-32-characters', db: { url: 'file:./unused.db' }, collections: [{ slug: 'posts', fields }] }

it('prints localized fields exactly like unlocalized ones', () => {
  const localized = printTypes(buildConfig({ ...base, localization: { locales: ['en', 'zh'], defaultLocale: 'en' } }))
  const plain = printTypes(buildConfig({ ...base, collections: [{ slug: 'posts', fields: unlocalized(fields) }] }))
  expect(localized).toBe(plain)
  expect(localized).toContain('  title: string;\n')
})
