// FormData from the network (multipart uploads) → a strict object. tRPC hands a multipart
// body to the procedure as FormData; this turns it into `{ field: value }` and then validates
// it like every JSON input: unknown fields are refused, each field may appear once, and the
// number of entries is bounded. `__proto__` and friends become plain own keys
// (Object.fromEntries never calls setters), which the strict schema then refuses by name.
import { z } from 'zod'

/** More entries than any upload form has: anything beyond is refused before it is looked at. */
export const MAX_FORM_ENTRIES = 32

export function formSchema<TShape extends z.ZodRawShape>(shape: TShape) {
  return z
    .instanceof(FormData, { message: 'Send this procedure a FormData (multipart/form-data) body' })
    .transform((form, ctx) => {
      const entries: [string, string | File][] = []
      const seen = new Set<string>()
      for (const [key, value] of form.entries()) {
        if (entries.length === MAX_FORM_ENTRIES) {
          ctx.addIssue({ code: 'custom', path: [], message: `More than ${MAX_FORM_ENTRIES} form fields` })
          return z.NEVER
        }
        if (seen.has(key)) {
          ctx.addIssue({ code: 'custom', path: [key], message: `"${key}" was sent more than once` })
          return z.NEVER
        }
        seen.add(key)
        entries.push([key, value])
      }
      return Object.fromEntries(entries) as Record<string, unknown>
    })
    .pipe(z.strictObject(shape))
}

/** A text field of at most `max` characters. */
export const formText = (max: number) => z.string({ error: (issue) => (issue.code === 'invalid_type' ? 'Expected a text field' : undefined) }).max(max)

/** The uploaded file: a file part, not a text field. */
export const formFile = z.instanceof(File, { message: 'Attach the file as a file part named "file"' })
