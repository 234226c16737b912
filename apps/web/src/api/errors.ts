// Turning whatever a call threw into words a person understands, and into per-field messages
// a form shows next to its inputs. The API's error formatter (@quire/api trpc.ts) puts the
// HTTP status, a `quireCode` and `fieldErrors` in `error.data`; this reads them defensively,
// since a proxy or a dropped connection produces errors that have none of it.
import type { QuireErrorData } from '@quire/api/client'

type Data = Partial<QuireErrorData>

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null

function dataOf(error: unknown): Data | undefined {
  return isRecord(error) && isRecord(error.data) ? (error.data as Data) : undefined
}

export function httpStatusOf(error: unknown): number | undefined {
  const status = dataOf(error)?.httpStatus
  return typeof status === 'number' ? status : undefined
}

/** 'signed-out' for a 401; 'forbidden' for a 403 (which may also mean the session ended). */
export function authProblemOf(error: unknown): 'signed-out' | 'forbidden' | undefined {
  const status = httpStatusOf(error)
  if (status === 401) return 'signed-out'
  if (status === 403) return 'forbidden'
  return undefined
}

/** The first message per field path (`title`, `meta.description`, `nav.0.label`). */
export function fieldErrorsOf(error: unknown): Record<string, string> {
  const list = dataOf(error)?.fieldErrors
  const result: Record<string, string> = {}
  if (!Array.isArray(list)) return result
  for (const item of list) {
    if (!isRecord(item) || typeof item.path !== 'string' || typeof item.message !== 'string') continue
    // Input-validation paths start with the procedure's argument name (`data.title`): forms name fields without it.
    const path = item.path.replace(/^data\./, '')
    result[path] ??= item.message
  }
  return result
}

const NETWORK_FAILURE = /failed to fetch|networkerror|load failed|could not be reached/i

export function errorMessage(error: unknown): string {
  if (error === undefined || error === null) return ''
  const status = httpStatusOf(error)
  const message = error instanceof Error ? error.message : typeof error === 'string' ? error : ''
  if (NETWORK_FAILURE.test(message) && status === undefined) return 'Quire could not be reached. Check your connection and try again.'
  if (status === undefined || status >= 500) {
    return status === undefined && message !== '' ? message : 'Something went wrong on the server. Please try again in a moment.'
  }
  if (status === 401) return message || 'Please sign in again.'
  if (status === 403) return message || 'You are not allowed to do that.'
  if (status === 413) return 'That file is too large. The limit is 10 MB.'
  if (status === 429) return 'Too many attempts. Please wait a little and try again.'
  if (Object.keys(fieldErrorsOf(error)).length > 0 && (message === 'Invalid input' || /^The following field/.test(message))) {
    return 'Some fields need your attention.'
  }
  return message || 'The request could not be completed.'
}
