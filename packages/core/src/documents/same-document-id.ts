// Whether two ids, however a caller spelled them, name the same document: both go through
// the coercion every operation applies to an id (`coerceId`), so a check made with this
// function decides on the very id the operation will act on. `"02"`, `2` and `"2"` are the
// same document; an id no operation would accept names none.
import { coerceId } from '../operations/context.ts'

export function sameDocumentId(a: unknown, b: unknown): boolean {
  const left = coerceId(a)
  return left !== undefined && left === coerceId(b)
}
