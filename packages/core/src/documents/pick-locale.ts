// Choosing a localized field's value for a read (docs/localization.md). At the topmost localized
// field of a path:
//   one locale: the requested locale's value; when it is empty, the first fallback locale
//               whose value is not (text and textarea: '' is empty too; other types: only
//               null/undefined; a list without rows of that locale and a group whose every
//               field is missing count as missing). No value and no fallback → absent key,
//               except where Payload answers otherwise: an array is `null` (its afterRead sets a
//               hoisted localized array without rows to null) and a list of values or a hasMany
//               relationship is `[]` (its SQL adapter reads a list without rows as []).
//   'all':      `{ [code]: value }` for every locale that has a value (missing ones left out).
import type { DocumentData } from '../config/hooks-and-access.ts'
import type { LocaleMode } from '../localization/locale-mode.ts'
import type { ProjectedField } from './projection.ts'

const BLANK_IS_EMPTY = new Set(['text', 'textarea'])

/** `read(code)` gives the field's value in one locale. Returns undefined when the key must be absent. */
export function pickLocalized(entry: ProjectedField, mode: LocaleMode, read: (locale: string) => unknown): unknown {
  if (mode.kind === 'all') {
    const byLocale: DocumentData = {}
    for (const code of mode.locales) {
      const value = read(code)
      if (!isMissing(entry, value)) byLocale[code] = value
    }
    return byLocale
  }
  let value = read(mode.locale)
  if (needsFallback(entry, value)) {
    for (const code of mode.fallbacks) {
      const candidate = read(code)
      if (!needsFallback(entry, candidate)) {
        value = candidate
        break
      }
    }
  }
  if (!isMissing(entry, value)) return value
  return emptyValueOf(entry)
}

function emptyValueOf(entry: ProjectedField): unknown {
  switch (entry.storage.kind) {
    case 'array':
      return null
    case 'values':
      return []
    case 'links':
      return entry.storage.hasMany ? [] : undefined
    default:
      return undefined
  }
}

function needsFallback(entry: ProjectedField, value: unknown): boolean {
  return isMissing(entry, value) || (value === '' && BLANK_IS_EMPTY.has(entry.storage.field.type))
}

/** No value stored in that locale: null, no rows, or a group with nothing in it. */
export function isMissing(entry: ProjectedField, value: unknown): boolean {
  if (value === undefined || value === null) return true
  switch (entry.storage.kind) {
    case 'array':
    case 'values':
    case 'links':
      return Array.isArray(value) && value.length === 0
    case 'group': {
      const group = value as DocumentData
      return (entry.children ?? []).every((child) => isMissing(child, group[child.storage.field.name]))
    }
    default:
      return false
  }
}
