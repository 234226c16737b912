// /posts/new and /posts/:id. Reads the post in the chosen content language without fallback,
// so an untranslated field shows empty instead of the English text it would fall back to.
// Whether the person may change this post is asked with it (docAccess: an author may change
// only their own); if not, the post shows read-only with a word on why, rather than a 403 at
// save time. The form waits for that answer, so its fields never turn off under someone typing.
import { useState } from 'react'
import { Link, useLocation, useNavigate, useParams } from 'react-router'
import { trpc } from '../../api/trpc.ts'
import { ErrorMessage } from '../../components/error-message.tsx'
import { Loading } from '../../components/loading.tsx'
import { Notice } from '../../components/notice.tsx'
import { useDocumentTitle } from '../../components/use-document-title.ts'
import { asDoc, authorName, type Post } from '../../content/content-types.ts'
import { EMPTY_POST, postToValues, valuesToPostData, type PostFormValues } from '../../content/post-form-values.ts'
import { CONTENT_LOCALES, useContentLocale } from '../../locale/content-locale.ts'
import { useDocAccess, usePermissions } from '../../session/use-permissions.ts'
import { useFormVersion } from '../../forms/use-form-version.ts'
import { PostForm } from './post-form.tsx'

export function PostEditorPage() {
  const { id } = useParams()
  const isNew = id === undefined
  const postId = id !== undefined && /^\d+$/.test(id) ? Number(id) : (id ?? '')
  const { locale } = useContentLocale()
  const navigate = useNavigate()
  const utils = trpc.useUtils()
  const [saved, setSaved] = useState(false)
  const created = (useLocation().state as { created?: boolean } | null)?.created === true
  const post = trpc.collections.findByID.useQuery({ collection: 'posts', id: postId, depth: 1, locale, fallbackLocale: false }, { enabled: !isNew })
  const access = useDocAccess('posts', postId, !isNew)
  const permissions = usePermissions()
  const readOnly = !isNew && !access.can.update
  useDocumentTitle(isNew ? 'New post' : readOnly ? 'Post' : 'Edit post')
  const create = trpc.collections.create.useMutation()
  const update = trpc.collections.update.useMutation()
  const save = isNew ? create : update
  const language = CONTENT_LOCALES.find((option) => option.code === locale)?.label ?? locale

  const formVersion = useFormVersion(post.data ? asDoc<Post>(post.data).updatedAt : undefined)

  const onSave = async (values: PostFormValues): Promise<{ id: number | string }> => {
    setSaved(false)
    const data = valuesToPostData(values)
    const stored = isNew ? await create.mutateAsync({ collection: 'posts', data, locale, depth: 1 }) : await update.mutateAsync({ collection: 'posts', id: postId, data, locale, depth: 1 })
    formVersion.savedHere(stored.updatedAt)
    return stored
  }
  // Runs once the form is clean, so leaving for the new post's address is not held back.
  const onSaved = (stored: { id: number | string }): void => {
    void utils.collections.find.invalidate({ collection: 'posts' })
    if (isNew) return void navigate(`/posts/${stored.id}`, { replace: true, state: { created: true } })
    void utils.collections.findByID.invalidate({ collection: 'posts', id: stored.id })
    setSaved(true)
  }

  if (isNew ? permissions.pending : post.isPending || access.pending) return <Loading label={isNew ? 'Loading…' : 'Loading the post…'} />
  if (!isNew && post.error) {
    return (
      <section className="page">
        <h1>Edit post</h1>
        <ErrorMessage error={post.error} retry={() => void post.refetch()} />
        <Link to="/posts">Back to posts</Link>
      </section>
    )
  }
  if (isNew && !permissions.collection('posts').create) {
    return (
      <section className="page">
        <h1>New post</h1>
        <ErrorMessage error={permissions.error} retry={permissions.retry} />
        {!permissions.error && <Notice tone="info">Your account cannot create posts. An editor can create one for you.</Notice>}
        <Link to="/posts">Back to posts</Link>
      </section>
    )
  }
  const doc = post.data ? asDoc<Post>(post.data) : undefined
  const author = doc ? authorName(doc) : undefined

  return (
    <section className="page">
      <div className="page-header">
        <h1>{isNew ? 'New post' : readOnly ? 'Post' : 'Edit post'}</h1>
        <Link to="/posts">Back to posts</Link>
      </div>
      <p className="page-intro">
        {readOnly ? 'Reading' : 'Writing'} in <strong lang={locale}>{language}</strong>. Title, excerpt and body are per language; everything else is shared.
        {author && (
          <>
            {' '}
            Author: <strong>{author}</strong>.
          </>
        )}
      </p>
      {/* Without an answer (the check failed) the post stays read-only: the error says why, with a retry. */}
      <ErrorMessage error={access.error} retry={access.retry} />
      {readOnly && !access.error && <Notice tone="info">You can read this post, but only its author or an editor can change it.</Notice>}
      {saved && <Notice>Post saved.</Notice>}
      {created && !saved && <Notice>Post created.</Notice>}
      {/* A fresh form per post, language and version saved elsewhere (use-form-version.ts). */}
      <PostForm key={`${id ?? 'new'}:${locale}:${formVersion.key}`} initial={doc ? postToValues(doc) : EMPTY_POST} onSave={onSave} onSaved={onSaved} saving={save.isPending} error={save.error} isNew={isNew} readOnly={readOnly} />
    </section>
  )
}
