import { ProgressBar } from '../../components/progress-bar.tsx'
import type { QueuedUpload } from '../../content/upload-queue.ts'

const STATE_TEXT = { waiting: 'Waiting', uploading: 'Uploading', done: 'Uploaded', failed: 'Failed' } as const

export function UploadList({ queue, onClear }: { queue: QueuedUpload[]; onClear: () => void }) {
  const finished = queue.some((item) => item.state === 'done' || item.state === 'failed')
  return (
    <div className="upload-list">
      <ul aria-label="Uploads">
        {queue.map((item) => (
          <li key={item.key} className={`upload-item upload-${item.state}`}>
            <span className="upload-name">{item.name}</span>
            {item.state === 'uploading' || item.state === 'done' ? (
              <ProgressBar label={`Uploading ${item.name}`} loaded={item.loaded} total={item.total} />
            ) : null}
            <span className="upload-state" role={item.state === 'failed' ? 'alert' : undefined}>
              {item.state === 'failed' ? item.error : STATE_TEXT[item.state]}
            </span>
          </li>
        ))}
      </ul>
      {finished && (
        <button type="button" className="button-link" onClick={onClear}>
          Clear finished
        </button>
      )}
    </div>
  )
}
