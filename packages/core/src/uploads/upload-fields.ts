// The fields an upload collection gets (docs/uploads.md). They are ordinary
// fields, so schema, types, `where` and `select` know them; their values are server-owned
// (upload-hooks.ts overwrites whatever a client sends). `url` columns stay empty: the URL is
// computed on read from the file name, so changing `urlPrefix` or the storage needs no migration.
import type { Field } from '../config/fields.ts'
import type { FieldHook } from '../config/hooks-and-access.ts'
import type { ResolvedUploadOptions } from './types.ts'

/** Names of the server-owned file fields (and of each size's fields). */
export const FILE_FIELD_NAMES = ['url', 'filename', 'mimeType', 'filesize', 'width', 'height'] as const
export const SIZE_FIELD_NAMES = ['url', 'filename', 'mimeType', 'filesize', 'width', 'height'] as const

/** Who uploaded the document (`<collection>:<id>`, null for trusted code): the quota counts by it. Hidden, server-owned. */
export const UPLOADED_BY = 'uploadedBy'

export function uploadFieldNames(options: ResolvedUploadOptions): string[] {
  return [...FILE_FIELD_NAMES, UPLOADED_BY, ...(options.focalPoint ? ['focalX', 'focalY'] : []), ...(options.imageSizes.length > 0 ? ['sizes'] : [])]
}

export function uploadFields(options: ResolvedUploadOptions, urlOf: (key: string) => string): Field[] {
  const readOnly = { readOnly: true }
  const urlHook: FieldHook = ({ siblingData }) => (typeof siblingData.filename === 'string' && siblingData.filename !== '' ? urlOf(siblingData.filename) : null)
  const fileFields = (): Field[] => [
    { name: 'url', type: 'text', admin: readOnly, hooks: { afterRead: [urlHook] } },
    { name: 'filename', type: 'text', unique: true, index: true, admin: readOnly },
    { name: 'mimeType', type: 'text', admin: readOnly },
    { name: 'filesize', type: 'number', admin: readOnly },
    { name: 'width', type: 'number', admin: readOnly },
    { name: 'height', type: 'number', admin: readOnly },
  ]
  const fields = fileFields()
  fields.push({ name: UPLOADED_BY, type: 'text', hidden: true, index: true, admin: readOnly })
  if (options.focalPoint) {
    fields.push({ name: 'focalX', type: 'number', min: 0, max: 100 }, { name: 'focalY', type: 'number', min: 0, max: 100 })
  }
  if (options.imageSizes.length > 0) {
    fields.push({
      name: 'sizes',
      type: 'group',
      admin: readOnly,
      fields: options.imageSizes.map((size): Field => {
        // Not unique in the database (a size may be skipped, leaving nulls), but indexed: new names
        // are checked against every original and size name (unique-filename.ts).
        const [url, filename, ...rest] = fileFields()
        return { name: size.name, type: 'group', fields: [url!, { ...filename!, unique: false, index: true } as Field, ...rest] }
      }),
    })
  }
  return fields
}
