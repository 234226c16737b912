// One link of a list: label, address, and buttons to move it or remove it. The move buttons
// keep keyboard focus: React keeps each row's elements by key, so the focused button travels
// with its row, and at either end the button is aria-disabled (a disabled button would drop
// focus to the page).
import { useEffect, useRef } from 'react'
import type { LinkRow } from '../content/link-rows.ts'
import { TextField } from './text-field.tsx'

interface Props {
  row: LinkRow
  index: number
  count: number
  autoFocus: boolean
  errors: { label?: string | undefined; url?: string | undefined }
  onChange: (change: Partial<Pick<LinkRow, 'label' | 'url'>>) => void
  onMove: (delta: -1 | 1) => void
  onRemove: () => void
}

export function LinkRowEditor({ row, index, count, autoFocus, errors, onChange, onMove, onRemove }: Props) {
  const name = row.label.trim() || `link ${index + 1}`
  const first = useRef<HTMLDivElement>(null)
  useEffect(() => {
    if (autoFocus) first.current?.querySelector('input')?.focus()
  }, [autoFocus])

  return (
    <li className="nav-row">
      <div ref={first} className="nav-row-fields">
        <TextField label={`Label ${index + 1}`} value={row.label} onChange={(event) => onChange({ label: event.target.value })} error={errors.label} />
        <TextField label={`Address ${index + 1}`} value={row.url} placeholder="/blog or https://…" onChange={(event) => onChange({ url: event.target.value })} error={errors.url} />
      </div>
      <div className="nav-row-actions">
        <button type="button" className="button-secondary" aria-label={`Move ${name} up`} aria-disabled={index === 0} onClick={() => onMove(-1)}>
          ↑
        </button>
        <button type="button" className="button-secondary" aria-label={`Move ${name} down`} aria-disabled={index === count - 1} onClick={() => onMove(1)}>
          ↓
        </button>
        <button type="button" className="button-danger" aria-label={`Remove ${name}`} onClick={onRemove}>
          Remove
        </button>
      </div>
    </li>
  )
}
