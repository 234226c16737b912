// Whether a form holds edits: its values compared with the ones it loaded (or last saved),
// structurally, since every keystroke makes new objects. Undoing an edit by hand (typing the
// old text back, moving a row down and up again) makes the form clean again.
export function isDirty(loaded: unknown, current: unknown): boolean {
  return !sameData(loaded, current)
}

/** Plain data only (what form state is made of): primitives, arrays and plain objects. */
function sameData(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((item, index) => sameData(item, b[index]))
  }
  if (!isRecord(a) || !isRecord(b)) return false
  const keys = Object.keys(a)
  return keys.length === Object.keys(b).length && keys.every((key) => Object.hasOwn(b, key) && sameData(a[key], b[key]))
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null
}
