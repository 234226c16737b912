// Upload progress as a native <progress>, which screen readers announce with its label.
export function ProgressBar({ label, loaded, total }: { label: string; loaded: number; total: number }) {
  const percent = total > 0 ? Math.min(100, Math.round((loaded / total) * 100)) : undefined
  return (
    <div className="progress">
      <progress aria-label={label} max={100} value={percent}>
        {percent ?? 0}%
      </progress>
      <span className="progress-text" aria-hidden="true">
        {percent === undefined ? 'Uploading…' : `${percent}%`}
      </span>
    </div>
  )
}
