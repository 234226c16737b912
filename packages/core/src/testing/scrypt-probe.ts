// Records every scrypt derivation the code under test runs, with its cost, lets a test wait for
// the next one to start, and can hold them until the test lets them go. The real scrypt still
// does the work: tests count hashes and order events by them instead of timing anything.
// A test file opts in with
//   vi.mock('node:crypto', async (importOriginal) => (await import('@quire/core/testing/scrypt-probe')).probeScrypt(await importOriginal()))
// (the factory imports dynamically: vi.mock runs before static imports). This module must not
// import node:crypto itself, or the mock would wait for itself.
import type * as Crypto from 'node:crypto'

export interface ScryptCall {
  N: number
  r: number
  p: number
}

/** Every derivation since the test last emptied it. */
export const scryptCalls: ScryptCall[] = []
const waiting: Array<(call: ScryptCall) => void> = []

/** Resolves when the next derivation starts (it is then running on the libuv pool). */
export function nextScrypt(): Promise<ScryptCall> {
  return new Promise((resolve) => waiting.push(resolve))
}

let held: Promise<void> | undefined

/** Derivations that start from now on wait until the returned function is called. */
export function holdScrypt(): () => void {
  let release!: () => void
  held = new Promise<void>((resolve) => (release = resolve))
  return () => {
    held = undefined
    release()
  }
}

type ScryptCallback = (error: Error | null, key: Buffer) => void

export function probeScrypt(crypto: typeof Crypto): typeof Crypto {
  function scrypt(password: Crypto.BinaryLike, salt: Crypto.BinaryLike, keylen: number, optionsOrCallback: Crypto.ScryptOptions | ScryptCallback, maybeCallback?: ScryptCallback): void {
    const options = typeof optionsOrCallback === 'function' ? {} : optionsOrCallback
    const callback = typeof optionsOrCallback === 'function' ? optionsOrCallback : maybeCallback!
    // node's defaults when a cost is not given.
    const call = { N: options.N ?? options.cost ?? 16384, r: options.r ?? options.blockSize ?? 8, p: options.p ?? options.parallelization ?? 1 }
    scryptCalls.push(call)
    for (const resolve of waiting.splice(0)) resolve(call)
    const run = () => crypto.scrypt(password, salt, keylen, options, callback)
    if (held) void held.then(run)
    else run()
  }
  return { ...crypto, scrypt, default: { ...crypto, scrypt } } as typeof Crypto
}
