// The most common and breached passwords: zxcvbn-ts's list (@zxcvbn-ts/language-common,
// ~49 000 entries ranked from public breach corpora, lower-case), shipped inside the package,
// so the check works offline and costs one Set lookup. Compared case-insensitively after NFKC,
// as passwords are compared at login ("PASSWORD", "Password" and "password" are all refused).
import { dictionary } from '@zxcvbn-ts/language-common'

let common: Set<string> | undefined

export function isCommonPassword(password: string): boolean {
  common ??= new Set(dictionary['passwords-common'])
  return common.has(password.normalize('NFKC').toLowerCase())
}
