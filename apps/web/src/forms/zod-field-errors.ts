import type { z } from 'zod'

/** The first message per field path of a failed parse, shaped like the API's field errors. */
export function zodFieldErrors(error: z.ZodError): Record<string, string> {
  const result: Record<string, string> = {}
  for (const issue of error.issues) {
    const path = issue.path.map(String).join('.')
    result[path] ??= issue.message
  }
  return result
}
