import { describe, expect, it } from 'vitest'
import { formFile, formSchema, formText, MAX_FORM_ENTRIES } from './form-data.ts'

const schema = formSchema({ title: formText(5), caption: formText(20).optional(), file: formFile })
const file = new File([new Uint8Array([1, 2, 3])], 'photo.png', { type: 'image/png' })

function form(entries: [string, string | Blob][]): FormData {
  const data = new FormData()
  for (const [key, value] of entries) data.append(key, value)
  return data
}

const issues = (input: unknown) => {
  const result = schema.safeParse(input)
  return result.success ? [] : result.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }))
}

describe('formSchema', () => {
  it('turns a FormData into the strict object it describes', () => {
    const parsed = schema.parse(form([['title', 'Hello'], ['file', file]]))
    expect(parsed.title).toBe('Hello')
    expect(parsed.caption).toBeUndefined()
    expect(parsed.file).toBeInstanceOf(File)
    expect([parsed.file.name, parsed.file.size]).toEqual(['photo.png', 3])
  })

  it('refuses what is not FormData', () => {
    expect(issues({ title: 'Hello', file })).toEqual([{ path: '', message: 'Send this procedure a FormData (multipart/form-data) body' }])
  })

  it('refuses unknown fields, prototype keys included', () => {
    expect(issues(form([['title', 'Hi'], ['file', file], ['overrideAccess', 'true']]))).toEqual([{ path: '', message: 'Unrecognized key: "overrideAccess"' }])
    const polluted = issues(form([['title', 'Hi'], ['file', file], ['__proto__', 'x']]))
    expect(polluted).toEqual([{ path: '', message: 'Unrecognized key: "__proto__"' }])
    expect(({} as Record<string, unknown>).x).toBeUndefined()
  })

  it('refuses a field sent twice, and too many fields', () => {
    expect(issues(form([['title', 'Hi'], ['title', 'Again'], ['file', file]]))).toEqual([{ path: 'title', message: '"title" was sent more than once' }])
    const many = Array.from({ length: MAX_FORM_ENTRIES + 1 }, (_, index): [string, string] => [`f${index}`, 'x'])
    expect(issues(form(many))).toEqual([{ path: '', message: `More than ${MAX_FORM_ENTRIES} form fields` }])
  })

  it('checks each field: text where text belongs, a file where the file belongs, lengths', () => {
    expect(issues(form([['title', 'Too long'], ['file', file]]))).toEqual([{ path: 'title', message: 'Too big: expected string to have <=5 characters' }])
    expect(issues(form([['title', 'Hi'], ['file', 'not a file']]))).toEqual([{ path: 'file', message: 'Attach the file as a file part named "file"' }])
    expect(issues(form([['title', file], ['file', file]]))).toEqual([{ path: 'title', message: 'Expected a text field' }])
    expect(issues(form([['file', file]]))).toEqual([{ path: 'title', message: 'Expected a text field' }])
  })
})
