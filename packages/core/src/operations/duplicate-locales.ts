// A duplicate copies every locale (docs/localization.md). The create itself writes the call's locale,
// through hooks and validation like any create; then each other locale's values are copied
// from the source as stored (ids of array rows renewed, unique values suffixed " - Copy" or
// cleared like the main copy, no hooks: the values were valid in the source). Rows of a
// non-localized array are matched by position with the rows the create made.
import type { DocumentData } from '../config/hooks-and-access.ts'
import { delegateFor, type QueryClient } from '../database/types.ts'
import { dataToPrisma } from '../documents/data-to-prisma.ts'
import type { RequestState } from '../request/create-request.ts'
import { holdsLocalizedData, isLocalizedStorage } from '../storage/localized-storage.ts'
import type { CollectionStorage, FieldStorage } from '../storage/storage-model.ts'
import { coerceId, type QuireInternals } from './context.ts'
import { prepareCopy } from './duplicate-source.ts'
import { loadTarget } from './stages/load-target.ts'

/** Returns true when something was copied (the caller then re-reads the new document). */
export async function copyOtherLocales(quire: QuireInternals, client: QueryClient, collection: CollectionStorage, state: RequestState, sourceId: unknown, targetId: number): Promise<boolean> {
  const settings = quire.schema.localization
  const written = state.locale
  const id = coerceId(sourceId)
  if (!settings || written?.kind !== 'one' || id === undefined) return false
  const { model } = collection
  const source = await loadTarget(quire, client, collection, id, true, true, { kind: 'all', locales: settings.codes, defaultLocale: settings.defaultLocale })
  const target = await loadTarget(quire, client, collection, targetId, true, true, { ...written, fallbacks: [] })
  let copied = false
  for (const locale of settings.codes) {
    if (locale === written.locale) continue
    const data = localeSlice(model.fields, source ?? {}, target ?? {}, locale)
    if (Object.keys(data).length === 0) continue
    await delegateFor(client, model.delegate).update({ where: { id: targetId }, data: dataToPrisma(model.fields, data, 'update', locale), select: { id: true } })
    copied = true
  }
  return copied
}

/** One locale's values of `source` (read with locale 'all'), shaped for a write in that locale. */
function localeSlice(fields: FieldStorage[], source: DocumentData, target: DocumentData, locale: string): DocumentData {
  const out: DocumentData = {}
  for (const storage of fields) {
    const name = storage.field.name
    const value = source[name]
    if (isLocalizedStorage(storage)) {
      const inLocale = isRecord(value) ? value[locale] : undefined
      if (inLocale !== undefined) out[name] = prepareCopy([storage.field], { [name]: structuredClone(inLocale) })[name]
    } else if (storage.kind === 'group' && isRecord(value)) {
      const inner = localeSlice(storage.fields, value, isRecord(target[name]) ? target[name] : {}, locale)
      if (Object.keys(inner).length > 0) out[name] = inner
    } else if (storage.kind === 'array' && Array.isArray(value) && holdsLocalizedData(storage.model)) {
      const rows = Array.isArray(target[name]) ? (target[name] as unknown[]).filter(isRecord) : []
      out[name] = rows.map((row, index) => ({ ...localeSlice(storage.model.fields, isRecord(value[index]) ? value[index] : {}, row, locale), id: row.id }))
    }
  }
  return out
}

function isRecord(value: unknown): value is DocumentData {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
