// The post's hero image: pick a file → it is uploaded to the media library at once (progress
// bar, local preview while it travels) and the post points at it when saved. Removing only
// unlinks it from the post; the image stays in the library.
import { useEffect, useId, useState, type ChangeEvent } from 'react'
import { errorMessage } from '../../api/errors.ts'
import { ProgressBar } from '../../components/progress-bar.tsx'
import { thumbnailUrl, type Media } from '../../content/content-types.ts'
import { altFromFileName, uploadProblem } from '../../content/upload-check.ts'
import { useUploadMedia } from '../../content/use-upload-media.ts'

interface Props {
  value: Media | null
  /** Alternative text for a new image when the post has a title. */
  altFallback: string
  onChange: (media: Media | null) => void
}

export function HeroImageField({ value, altFallback, onChange }: Props) {
  const inputId = useId()
  const upload = useUploadMedia()
  const [progress, setProgress] = useState<{ loaded: number; total: number } | null>(null)
  const [preview, setPreview] = useState<string | null>(null)
  const [problem, setProblem] = useState<string | null>(null)

  useEffect(() => () => void (preview && URL.revokeObjectURL(preview)), [preview])

  const onFile = async (event: ChangeEvent<HTMLInputElement>): Promise<void> => {
    const file = event.target.files?.[0]
    event.target.value = ''
    if (!file) return
    const refused = uploadProblem(file, true)
    setProblem(refused ?? null)
    if (refused) return
    setPreview(URL.createObjectURL(file))
    setProgress({ loaded: 0, total: file.size })
    try {
      const alt = altFallback.trim() !== '' ? altFallback.trim() : altFromFileName(file.name)
      onChange(await upload({ file, alt, onProgress: setProgress }))
    } catch (error) {
      setProblem(errorMessage(error))
    } finally {
      setProgress(null)
      setPreview(null)
    }
  }

  const shown = preview ?? (value ? thumbnailUrl(value) : undefined)
  return (
    <fieldset className="fieldset hero-image">
      <legend>Hero image</legend>
      {shown ? <img className="hero-preview" src={shown} alt={preview ? 'Preview of the image being uploaded' : (value?.alt ?? '')} /> : <p className="field-hint">No image yet.</p>}
      {progress && <ProgressBar label="Uploading the hero image" loaded={progress.loaded} total={progress.total} />}
      {problem && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
      <div className="hero-actions">
        {/* The input stays focusable (visually hidden, not display:none); its label is the visible button. */}
        <input id={inputId} className="visually-hidden file-input" type="file" accept="image/*" disabled={progress !== null} onChange={(event) => void onFile(event)} />
        <label htmlFor={inputId} className="button-secondary file-button">
          {value ? 'Replace image' : 'Upload image'}
        </label>
        {value && !progress && (
          <button type="button" className="button-link" onClick={() => onChange(null)}>
            Remove
          </button>
        )}
      </div>
    </fieldset>
  )
}
