// Fills `defaultValue`s for fields missing from create data, inside groups and array rows too.
// Functions are awaited (they may look things up), and static objects are cloned so two
// documents never share one default array or object.
import type { Field } from '../config/fields.ts'
import type { DocumentData, QuireRequest } from '../config/hooks-and-access.ts'

export interface DefaultsContext {
  user?: unknown
  locale?: string
  /** The call's request, as Payload hands it to default functions. */
  req?: QuireRequest
}

export async function applyDefaults(fields: Field[], data: DocumentData, context: DefaultsContext): Promise<DocumentData> {
  const out: DocumentData = { ...data }
  for (const field of fields) {
    const current = out[field.name]
    if (field.type === 'group') {
      // A group's own default fills it first; its fields' defaults fill what that leaves out (Payload's order).
      const group = isRecord(current) ? current : current === undefined ? { ...asRecord(await defaultOf(field, context)) } : undefined
      if (group) out[field.name] = await applyDefaults(field.fields, group, context)
      continue
    }
    if (field.type === 'array' && Array.isArray(current)) {
      out[field.name] = await Promise.all(current.map((row) => (isRecord(row) ? applyDefaults(field.fields, row, context) : row)))
      continue
    }
    if (current !== undefined || field.defaultValue === undefined) continue
    out[field.name] = await defaultOf(field, context)
  }
  return out
}

async function defaultOf(field: Field, context: DefaultsContext): Promise<unknown> {
  if (field.defaultValue === undefined) return undefined
  const value = typeof field.defaultValue === 'function' ? await (field.defaultValue as (args: DefaultsContext) => unknown)(context) : field.defaultValue
  return structuredClone(value)
}

function asRecord(value: unknown): DocumentData {
  return isRecord(value) ? value : {}
}

function isRecord(value: unknown): value is DocumentData {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
