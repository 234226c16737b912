// What findGlobal returns for a global that was never saved: Payload returns `{}` with the
// fields' default values filled in. Quire gives it the shape a saved document would have
// (minus id and timestamps), so readers need not tell "never saved" from "saved empty":
// fields without a default are null, arrays and hasMany values [], groups objects.
// Localized fields look as they would when saved: absent when they have no default, and keyed
// by locale for `locale: 'all'` (defaults computed once per locale, so a default function sees
// each `locale`).
import type { Field } from '../config/fields.ts'
import type { DocumentData } from '../config/hooks-and-access.ts'
import { applyDefaults, type DefaultsContext } from '../documents/apply-defaults.ts'
import type { ProjectedField } from '../documents/projection.ts'
import { isMissing } from '../documents/pick-locale.ts'
import type { LocaleMode } from '../localization/locale-mode.ts'
import { isLocalizedStorage } from '../storage/localized-storage.ts'

export async function defaultGlobalDocument(fields: Field[], projection: ProjectedField[], context: DefaultsContext, mode?: LocaleMode): Promise<DocumentData> {
  const doc = shapeLike(projection, await applyDefaults(fields, {}, context))
  if (!mode) return doc
  const perLocale: Array<[string, DocumentData]> = []
  if (mode.kind === 'all') {
    for (const code of mode.locales) perLocale.push([code, shapeLike(projection, await applyDefaults(fields, {}, { ...context, locale: code }))])
  }
  keyLocalized(projection, doc, mode, perLocale)
  return doc
}

/** Top-level and grouped localized fields; defaults of array rows are left as they are. */
function keyLocalized(projection: ProjectedField[], target: DocumentData, mode: LocaleMode, perLocale: Array<[string, DocumentData]>): void {
  for (const entry of projection) {
    const name = entry.storage.field.name
    if (isLocalizedStorage(entry.storage)) {
      if (mode.kind === 'one') {
        if (isMissing(entry, target[name])) delete target[name]
        continue
      }
      const byLocale: DocumentData = {}
      for (const [code, doc] of perLocale) if (!isMissing(entry, doc[name])) byLocale[code] = doc[name]
      target[name] = byLocale
    } else if (entry.storage.kind === 'group' && isRecord(target[name])) {
      const inner = perLocale.map(([code, doc]): [string, DocumentData] => [code, isRecord(doc[name]) ? doc[name] : {}])
      keyLocalized(entry.children ?? [], target[name], mode, inner)
    }
  }
}

/** Keeps the projected fields of `source` (so `select` and hidden fields apply), filling gaps. */
function shapeLike(projection: ProjectedField[], source: DocumentData): DocumentData {
  const doc: DocumentData = {}
  for (const { storage, children } of projection) {
    const name = storage.field.name
    const value = source[name]
    switch (storage.kind) {
      case 'column':
        doc[name] = value === undefined || value === null ? null : storage.scalar === 'datetime' ? toIso(value) : value
        break
      case 'foreignKey':
        doc[name] = value ?? null
        break
      case 'group':
        doc[name] = shapeLike(children ?? [], isRecord(value) ? value : {})
        break
      case 'array':
        doc[name] = Array.isArray(value) ? value.map((row) => (isRecord(row) ? arrayRow(children ?? [], row) : row)) : []
        break
      case 'links':
        doc[name] = value ?? (storage.hasMany ? [] : null)
        break
      case 'values':
        doc[name] = Array.isArray(value) ? value : []
        break
    }
  }
  return doc
}

function arrayRow(projection: ProjectedField[], row: DocumentData): DocumentData {
  const shaped = shapeLike(projection, row)
  return typeof row.id === 'string' ? { id: row.id, ...shaped } : shaped
}

/** Saved dates read back as ISO strings; a default date must look the same. */
function toIso(value: unknown): unknown {
  const date = value instanceof Date ? value : typeof value === 'string' ? new Date(value) : undefined
  return date && !Number.isNaN(date.getTime()) ? date.toISOString() : value
}

function isRecord(value: unknown): value is DocumentData {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
