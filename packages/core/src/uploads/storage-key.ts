// Storage keys are flat file names. Refusing separators, dot names and control characters
// here — not only sanitising names upstream — means no adapter call can be steered outside
// its root, whatever a caller (or a bug) hands it.
import { isAbsolute, relative, resolve, sep } from 'node:path'

const MAX_KEY_BYTES = 255
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[/\\\u0000-\u001f\u007f]/

export class InvalidStorageKey extends Error {
  constructor(key: unknown, reason: string) {
    super(`Refused storage key ${JSON.stringify(key)}: ${reason}`)
    this.name = 'InvalidStorageKey'
  }
}

/** Throws unless `key` is one plain file name. */
export function assertStorageKey(key: unknown): asserts key is string {
  if (typeof key !== 'string' || key === '') throw new InvalidStorageKey(key, 'must be a non-empty string')
  if (FORBIDDEN.test(key)) throw new InvalidStorageKey(key, 'path separators and control characters are not allowed')
  // Leading dots: `.`/`..` climb, and dot files are where the adapter keeps its temp files.
  if (key.startsWith('.')) throw new InvalidStorageKey(key, 'must not start with "."')
  if (Buffer.byteLength(key, 'utf8') > MAX_KEY_BYTES) throw new InvalidStorageKey(key, `longer than ${MAX_KEY_BYTES} bytes`)
}

/** The absolute path of `key` under `root`, proven to stay inside it. */
export function pathInside(root: string, key: string): string {
  assertStorageKey(key)
  const target = resolve(root, key)
  const fromRoot = relative(root, target)
  if (fromRoot === '' || fromRoot.startsWith(`..${sep}`) || fromRoot === '..' || isAbsolute(fromRoot) || fromRoot.includes(sep)) {
    throw new InvalidStorageKey(key, 'resolves outside the storage root')
  }
  return target
}
