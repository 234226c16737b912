// One failed document of a bulk write, in Payload's `{ id, message, isPublic }` shape.
// Unexpected failures keep their message server-side only: isPublic is false for them.
import { APIError } from '../errors/api-error.ts'

export function bulkError(id: number, error: unknown): { id: number; message: string; isPublic: boolean } {
  if (error instanceof APIError) return { id, message: error.message, isPublic: error.isPublic }
  return { id, message: error instanceof Error ? error.message : String(error), isPublic: false }
}
