// Population by depth for the documents an operation returns. Related documents are loaded
// through `find` (one per target collection per level, never one per document), so the
// related collection's read access and hooks apply, with the caller's user, overrideAccess,
// showHiddenFields, locale and fallback; a related document the caller may not read stays an id.
// With `locale: 'all'` related documents are read in every locale too, and localized
// relationships are populated in each locale's value.
import type { DocumentData } from '../../config/hooks-and-access.ts'
import { populateDocuments, type FetchDocuments } from '../../documents/populate/index.ts'
import type { SelectType } from '../../local-api-types.ts'
import type { RequestState } from '../../request/create-request.ts'
import type { FieldStorage } from '../../storage/storage-model.ts'
import type { QuireInternals } from '../context.ts'
import { fallbackOptionOf } from '../../localization/locale-mode.ts'

export async function populate(
  quire: QuireInternals,
  collection: string,
  state: RequestState,
  docs: DocumentData[],
  depth: number,
  populateSelect: Record<string, SelectType> | undefined,
  rootFields?: FieldStorage[],
): Promise<void> {
  if (depth <= 0 || docs.length === 0) return
  const fetch: FetchDocuments = async (slug, ids, { select }) => {
    const page = await quire.api.find({
      collection: slug,
      where: { id: { in: ids } },
      select,
      depth: 0,
      pagination: false,
      disableErrors: true,
      overrideAccess: state.overrideAccess,
      user: state.req.user,
      showHiddenFields: state.showHiddenFields,
      locale: state.req.locale,
      fallbackLocale: fallbackOptionOf(state.locale),
    })
    return page.docs
  }
  await populateDocuments({ schema: quire.schema, config: quire.config, collection, docs, depth, fetch, populate: populateSelect, rootFields, localeKeyed: state.locale?.kind === 'all' })
}
