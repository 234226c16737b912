// Small helpers shared by write operations.
import type { DocumentData } from '../config/hooks-and-access.ts'
import { ValidationError } from '../errors/api-error.ts'

/** A copy of caller data that hooks and defaults can change without touching the caller's object. */
export function copyData(data: unknown): DocumentData {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new ValidationError([{ path: 'data', message: 'data must be an object' }])
  }
  return structuredClone(data) as DocumentData
}
