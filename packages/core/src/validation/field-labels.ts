// How a ValidationError's message names the fields that failed, in Payload's words: by label
// ("The following field is invalid: Positive Number"), not by path. A field's label is its
// `label`, else its name in words (`positiveNumber` → `Positive Number`); a nested field is its
// parents' labels joined by " > ", an array row adding its number (`Items 1 > Text`). The errors
// themselves keep their paths: forms match on those.
import type { Field } from '../config/fields.ts'

export function labelForPath(fields: readonly Field[], path: string): string {
  const labels: string[] = []
  let current: readonly Field[] | undefined = fields
  const segments = path.split('.')
  for (let index = 0; index < segments.length; index += 1) {
    const field: Field | undefined = current?.find((candidate) => candidate.name === segments[index])
    if (!field) return labels.length > 0 ? labels.join(' > ') : path
    const row = segments[index + 1]
    if (field.type === 'array' && row !== undefined && /^\d+$/.test(row)) {
      labels.push(`${labelOf(field)} ${Number(row) + 1}`)
      index += 1
      current = field.fields
    } else {
      labels.push(labelOf(field))
      // A group's fields continue the path; anything else ends it (a list item's index adds nothing).
      current = field.type === 'group' ? field.fields : undefined
    }
  }
  return labels.join(' > ')
}

function labelOf(field: Field): string {
  return field.label ?? inWords(field.name)
}

/** `positiveNumber` → `Positive Number`: words split at capitals, the first letter raised (Payload's rule). */
export function inWords(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter(Boolean)
    .map((part) => {
      const spaced = part.split(/(?=[A-Z])/).join(' ')
      return spaced[0]!.toUpperCase() + spaced.slice(1)
    })
    .join(' ')
}
