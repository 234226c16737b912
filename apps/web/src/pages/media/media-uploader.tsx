// Several files at once, from the file picker or dropped on the zone; each gets a progress
// bar, and a refused file says why without stopping the others.
import { useEffect, useId, useReducer, useRef, useState, type DragEvent } from 'react'
import { errorMessage } from '../../api/errors.ts'
import { altFromFileName, uploadProblem } from '../../content/upload-check.ts'
import { nextUpload, uploadQueue } from '../../content/upload-queue.ts'
import { useUploadMedia } from '../../content/use-upload-media.ts'
import { UploadList } from './upload-list.tsx'

export function MediaUploader() {
  const inputId = useId()
  const upload = useUploadMedia()
  const [queue, dispatch] = useReducer(uploadQueue, [])
  const files = useRef(new Map<string, File>())
  const [dragging, setDragging] = useState(false)
  const counter = useRef(0)
  const started = useRef(new Set<string>())

  const add = (list: FileList | null): void => {
    if (!list || list.length === 0) return
    const items = [...list].map((file) => {
      const key = `upload-${(counter.current += 1)}`
      files.current.set(key, file)
      return { key, name: file.name, size: file.size, error: uploadProblem(file, false) }
    })
    dispatch({ type: 'add', items })
  }

  const next = nextUpload(queue)
  useEffect(() => {
    const file = next ? files.current.get(next.key) : undefined
    // Guard: development's StrictMode runs effects twice, and a file must travel once.
    if (!next || !file || started.current.has(next.key)) return
    started.current.add(next.key)
    dispatch({ type: 'start', key: next.key })
    upload({ file, alt: altFromFileName(file.name), onProgress: ({ loaded, total }) => dispatch({ type: 'progress', key: next.key, loaded, total }) })
      .then(() => dispatch({ type: 'done', key: next.key }))
      .catch((error: unknown) => dispatch({ type: 'failed', key: next.key, error: errorMessage(error) }))
      .finally(() => files.current.delete(next.key))
  }, [next, upload])

  const onDrop = (event: DragEvent): void => {
    event.preventDefault()
    setDragging(false)
    add(event.dataTransfer.files)
  }

  return (
    <div className="uploader">
      <div
        className={dragging ? 'drop-zone drop-zone-active' : 'drop-zone'}
        onDragOver={(event) => {
          event.preventDefault()
          setDragging(true)
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <input
          id={inputId}
          className="visually-hidden file-input"
          type="file"
          multiple
          accept="image/*,application/pdf"
          onChange={(event) => {
            add(event.target.files)
            event.target.value = ''
          }}
        />
        <label htmlFor={inputId} className="button-primary file-button">
          Upload files
        </label>
        <p className="field-hint">Images or PDF files, up to 10 MB each. You can also drop files here.</p>
      </div>
      {queue.length > 0 && <UploadList queue={queue} onClear={() => dispatch({ type: 'clear-finished' })} />}
    </div>
  )
}
