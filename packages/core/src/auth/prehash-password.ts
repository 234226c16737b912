// A password hash takes about a third of a second (scrypt at OWASP cost). Computed by the
// beforeChange hook, inside the write's transaction, it held SQLite's only writer (and a
// PostgreSQL transaction) for that long. So a trusted create/update of an auth collection
// hashes before its transaction opens (the feature's beforeTransaction, awaited), and the
// hook takes that hash when the password it is finally given is the same one — a
// beforeOperation or beforeValidate hook may have changed it, and then it hashes as before.
import type { QuireRequest } from '../config/hooks-and-access.ts'
import { checkPassword } from './password-rules.ts'
import { PASSWORD_INPUT } from './auth-fields.ts'
import { hashPassword } from './password-hash.ts'
import type { ResolvedAuthOptions } from './types.ts'

const started = new WeakMap<QuireRequest, { password: string; hash: Promise<string> }>()

export async function prehashPassword(req: QuireRequest, options: ResolvedAuthOptions, data: unknown): Promise<void> {
  const password = typeof data === 'object' && data !== null ? (data as Record<string, unknown>)[PASSWORD_INPUT] : undefined
  if (typeof password !== 'string') return
  try {
    checkPassword(password, options.passwordPolicy)
  } catch {
    return // invalid: the hook reports it with the other validation errors
  }
  const hash = hashPassword(password, options.scrypt)
  started.set(req, { password, hash })
  // A failed hash is the hook's to report (it awaits the same promise); here it only must not escape.
  await hash.catch(() => undefined)
}

/** The hash started for exactly this password on this request, once. */
export function takePrehashedPassword(req: QuireRequest, password: string): Promise<string> | undefined {
  const entry = started.get(req)
  if (!entry || entry.password !== password) return undefined
  started.delete(req)
  return entry.hash
}
