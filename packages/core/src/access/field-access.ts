// Field-level access (docs/access.md): never an error. A field the user may not write is
// silently dropped from the incoming data (the stored or default value stays); a field the
// user may not read is left out of the result. Only boolean answers count.
import type { Field } from '../config/fields.ts'
import type { DocumentData, QuireRequest } from '../config/hooks-and-access.ts'
import { traverseFields } from '../hooks/traverse-fields.ts'

interface FieldAccessRun {
  req: QuireRequest
  id?: number | string
  /** The whole incoming data (writes) or the whole document (reads). */
  data: DocumentData
  doc?: DocumentData
}

export async function dropUnwritableFields(fields: readonly Field[], data: DocumentData, operation: 'create' | 'update', run: FieldAccessRun): Promise<void> {
  if (!hasFieldAccess(fields)) return
  await traverseFields(fields, data, run.doc, async ({ field, sibling, key }) => {
    const check = field.access?.[operation]
    if (!check || !(key in sibling)) return
    if ((await check({ req: run.req, id: run.id, data: run.data, doc: run.doc, siblingData: sibling })) !== true) delete sibling[key]
  })
}

export async function dropUnreadableFields(fields: readonly Field[], doc: DocumentData, run: Omit<FieldAccessRun, 'data'>): Promise<void> {
  if (!hasFieldAccess(fields)) return
  // With locale 'all', each locale's value of a localized field is checked (and dropped) alike.
  await traverseFields(fields, doc, undefined, async ({ field, sibling, key }) => {
    const check = field.access?.read
    if (!check || !(key in sibling)) return
    if ((await check({ req: run.req, id: run.id, data: doc, doc, siblingData: sibling })) !== true) delete sibling[key]
  }, '', run.req.locale === 'all')
}

/** Whether a field may be read by this request; used to refuse where/sort on it. */
export async function canReadField(field: Field, req: QuireRequest): Promise<boolean> {
  if (field.hidden) return false
  const check = field.access?.read
  return !check || (await check({ req })) === true
}

const withAccess = new WeakMap<readonly Field[], boolean>()

function hasFieldAccess(fields: readonly Field[]): boolean {
  let found = withAccess.get(fields)
  if (found === undefined) {
    const scan = (list: readonly Field[]): boolean =>
      list.some((field) => Boolean(field.access && Object.keys(field.access).length > 0) || ((field.type === 'group' || field.type === 'array') && scan(field.fields)))
    found = scan(fields)
    withAccess.set(fields, found)
  }
  return found
}
