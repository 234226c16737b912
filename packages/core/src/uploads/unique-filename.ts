// Server-chosen unique names: `photo` → `photo-1` → `photo-2`; a base that already ends in
// `-N` counts on from N (`photo-1` → `photo-2`), as in Payload. A name is free only when
// every file it implies (the original and each size) is free in the database and in storage.
import { randomBytes } from 'node:crypto'

const MAX_INCREMENTS = 1000

/** The next candidate base after `base` was taken. */
export function incrementBase(base: string): string {
  const match = /^(.*)-(\d+)$/.exec(base)
  if (match && match[1] !== '' && match[2]!.length < 10) return `${match[1]}-${Number(match[2]) + 1}`
  return `${base}-1`
}

/**
 * The first base, starting at `base`, whose keys are all free. `isTaken` receives every key
 * the base implies. After many taken candidates a random suffix ends the search.
 */
export async function findFreeBase(base: string, keysFor: (base: string) => string[], isTaken: (keys: string[]) => Promise<boolean>): Promise<string> {
  let candidate = base
  for (let attempt = 0; attempt < MAX_INCREMENTS; attempt += 1) {
    if (!(await isTaken(keysFor(candidate)))) return candidate
    candidate = incrementBase(candidate)
  }
  for (;;) {
    candidate = `${base}-${randomBytes(6).toString('hex')}`
    if (!(await isTaken(keysFor(candidate)))) return candidate
  }
}
