// The `header` global: navigation links (labels per language, addresses shared) and the tagline.
// Only some roles may change it (editors, admins); the others see it read-only, with a word on
// why. The form waits for that answer (it travels with the header in one batch), so its fields
// never turn off under someone typing.
import { useState } from 'react'
import { trpc } from '../../api/trpc.ts'
import { ErrorMessage } from '../../components/error-message.tsx'
import { Loading } from '../../components/loading.tsx'
import { Notice } from '../../components/notice.tsx'
import { useDocumentTitle } from '../../components/use-document-title.ts'
import { asDoc, type Header } from '../../content/content-types.ts'
import { CONTENT_LOCALES, useContentLocale } from '../../locale/content-locale.ts'
import { useFormVersion } from '../../forms/use-form-version.ts'
import { usePermissions } from '../../session/use-permissions.ts'
import { HeaderForm, type HeaderValues } from './header-form.tsx'

export function HeaderPage() {
  useDocumentTitle('Header')
  const { locale } = useContentLocale()
  const utils = trpc.useUtils()
  const [saved, setSaved] = useState(false)
  const header = trpc.globals.find.useQuery({ slug: 'header', locale, fallbackLocale: false, depth: 0 })
  const update = trpc.globals.update.useMutation()
  const permissions = usePermissions()
  const readOnly = !permissions.global('header').update
  const language = CONTENT_LOCALES.find((option) => option.code === locale)?.label ?? locale

  const formVersion = useFormVersion(header.data ? asDoc<Header>(header.data).updatedAt : undefined)

  const onSave = async (values: HeaderValues): Promise<unknown> => {
    setSaved(false)
    const stored = await update.mutateAsync({ slug: 'header', data: values, locale, depth: 0 })
    formVersion.savedHere(asDoc<Header>(stored).updatedAt)
    return stored
  }
  const onSaved = (): void => {
    setSaved(true)
    void utils.globals.find.invalidate({ slug: 'header' })
  }
  const doc = header.data ? asDoc<Header>(header.data) : undefined

  return (
    <section className="page">
      <div className="page-header">
        <h1>Header</h1>
      </div>
      <p className="page-intro">
        The site's navigation. Link labels are per language (now: <strong lang={locale}>{language}</strong>); addresses and order are shared.
      </p>
      {(header.isPending || permissions.pending) && <Loading label="Loading the header…" />}
      <ErrorMessage error={header.error} retry={() => void header.refetch()} />
      {/* Without an answer (the check failed) the header stays read-only: the error says why, with a retry. */}
      <ErrorMessage error={permissions.error} retry={permissions.retry} />
      {!permissions.pending && !permissions.error && readOnly && <Notice tone="info">You can read the header, but only an editor can change it.</Notice>}
      {saved && <Notice>Header saved.</Notice>}
      {/* A fresh form per language and version saved elsewhere (use-form-version.ts). */}
      {doc && !permissions.pending && <HeaderForm key={`${locale}:${formVersion.key}`} header={doc} onSave={onSave} onSaved={onSaved} saving={update.isPending} error={update.error} readOnly={readOnly} />}
    </section>
  )
}
