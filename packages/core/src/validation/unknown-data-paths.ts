// The keys of a write's data that name no field: `overrideAccess`, a typo, a key nested in a
// group or an array row. The Local API ignores them, as Payload does (trusted code may pass
// whole documents around); the network API refuses them (a 400 naming each path), so a
// client is never told "saved" about a value that went nowhere.
//
// Known besides the fields: `id` and the timestamps, which any document read carries (a
// client may send one back; they are never written from the network), an auth collection's
// write-only inputs (`password`, `apiKey` when API keys are on), and `id` in array rows.
import { API_KEY_INPUT, PASSWORD_INPUT } from '../auth/auth-fields.ts'
import type { Field } from '../config/fields.ts'
import type { GlobalConfig, SanitizedCollectionConfig } from '../config/types.ts'
import { isRecord } from '../hooks/traverse-fields.ts'

const DOCUMENT_KEYS = ['id', 'createdAt', 'updatedAt']
const ROW_KEYS = ['id']

/** Dotted paths (`meta.extra`, `items.0.bogus`) of the keys in `data` that no field declares. */
export function unknownDataPaths(target: SanitizedCollectionConfig | GlobalConfig, data: unknown): string[] {
  const inputs: string[] = []
  const auth = 'auth' in target ? target.auth : undefined
  if (auth) inputs.push(PASSWORD_INPUT)
  if (auth && auth !== true && auth.useAPIKey) inputs.push(API_KEY_INPUT)
  const found: string[] = []
  collect(target.fields, data, [...DOCUMENT_KEYS, ...inputs], '', found)
  return found
}

function collect(fields: readonly Field[], data: unknown, extraKeys: readonly string[], prefix: string, found: string[]): void {
  if (!isRecord(data)) return // not an object: validation says what is wrong with it
  const byName = new Map(fields.map((field) => [field.name, field]))
  for (const key of Object.keys(data)) {
    const path = `${prefix}${key}`
    const field = byName.get(key)
    if (!field) {
      if (!extraKeys.includes(key)) found.push(path)
      continue
    }
    const value = data[key]
    if (field.type === 'group') collect(field.fields, value, [], `${path}.`, found)
    else if (field.type === 'array' && Array.isArray(value)) value.forEach((row, index) => collect(field.fields, row, ROW_KEYS, `${path}.${index}.`, found))
  }
}
