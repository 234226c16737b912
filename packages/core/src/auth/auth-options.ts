// `collection.auth` → every option with its default (docs/auth.md#configuration-and-defaults, in seconds), and the
// config problems of those options, each with its path and the fix.
import type { CollectionConfig } from '../config/types.ts'
import { PASSWORD_MAX_LENGTH } from './password-rules.ts'
import type { AuthOptions, ResolvedAuthOptions, ScryptParams } from './types.ts'

/** OWASP's scrypt recommendation (Password Storage Cheat Sheet): 128 MiB, about a third of a second here. */
export const OWASP_SCRYPT: Readonly<ScryptParams> = Object.freeze({ N: 2 ** 17, r: 8, p: 1 })

export const AUTH_DEFAULTS = Object.freeze({
  tokenExpiration: 7200,
  maxSessionAge: 30 * 24 * 3600,
  refreshGracePeriod: 30,
  maxLoginAttempts: 5,
  lockTime: 600,
  forgotPasswordExpiration: 3600,
  depth: 0,
  passwordMinLength: 8,
})

const resolved = new WeakMap<object, ResolvedAuthOptions>()

/** The auth options of a collection with defaults filled in, or undefined when it has no auth. */
export function authOptionsOf(collection: Pick<CollectionConfig, 'auth'>): ResolvedAuthOptions | undefined {
  const auth = collection.auth
  if (!auth) return undefined
  const key = auth === true ? collection : auth
  let options = resolved.get(key)
  if (!options) resolved.set(key, (options = resolveAuthOptions(auth)))
  return options
}

export function resolveAuthOptions(auth: true | AuthOptions): ResolvedAuthOptions {
  const options: AuthOptions = auth === true ? {} : auth
  const username = options.loginWithUsername
  const sameSite = options.cookies?.sameSite ?? 'Lax'
  return {
    tokenExpiration: options.tokenExpiration ?? AUTH_DEFAULTS.tokenExpiration,
    maxSessionAge: options.maxSessionAge ?? AUTH_DEFAULTS.maxSessionAge,
    useSessions: options.useSessions ?? true,
    refreshGracePeriod: options.refreshGracePeriod ?? AUTH_DEFAULTS.refreshGracePeriod,
    maxLoginAttempts: options.maxLoginAttempts ?? AUTH_DEFAULTS.maxLoginAttempts,
    lockTime: options.lockTime ?? AUTH_DEFAULTS.lockTime,
    verify: options.verify === true ? {} : options.verify || false,
    forgotPassword: { ...options.forgotPassword, expiration: options.forgotPassword?.expiration ?? AUTH_DEFAULTS.forgotPasswordExpiration },
    loginWithUsername: username
      ? {
          allowEmailLogin: username === true ? false : (username.allowEmailLogin ?? false),
          requireEmail: username === true ? false : (username.requireEmail ?? false),
          requireUsername: username === true ? true : (username.requireUsername ?? true),
        }
      : false,
    useAPIKey: options.useAPIKey ?? false,
    depth: options.depth ?? AUTH_DEFAULTS.depth,
    // SameSite=None is only accepted by browsers on Secure cookies.
    cookies: { sameSite, secure: sameSite === 'None' ? true : (options.cookies?.secure ?? false), domain: options.cookies?.domain },
    scrypt: { ...OWASP_SCRYPT, ...options.scrypt },
    passwordPolicy: { minLength: options.passwordPolicy?.minLength ?? AUTH_DEFAULTS.passwordMinLength, refuseCommon: options.passwordPolicy?.refuseCommon ?? true },
  }
}

/** Problems of one collection's auth options, as `<slug>.auth.<option>: <fix>`. */
export function checkAuthOptions(collection: CollectionConfig): string[] {
  const problems: string[] = []
  const at = `${collection.slug}.auth`
  const auth = collection.auth
  if (auth !== true && (typeof auth !== 'object' || auth === null)) return [`${at}: use true or an options object`]
  const options = resolveAuthOptions(auth)
  const positive = (name: string, value: number, min = 1): void => {
    if (!Number.isInteger(value) || value < min) problems.push(`${at}.${name}: must be a whole number of seconds ≥ ${min} (got ${value})`)
  }
  positive('tokenExpiration', options.tokenExpiration)
  positive('maxSessionAge', options.maxSessionAge)
  positive('lockTime', options.lockTime)
  positive('forgotPassword.expiration', options.forgotPassword.expiration)
  positive('refreshGracePeriod', options.refreshGracePeriod, 0)
  if (options.refreshGracePeriod > 300) problems.push(`${at}.refreshGracePeriod: keep it at most 300 s (it only has to cover requests already in flight)`)
  if (options.maxSessionAge < options.tokenExpiration) problems.push(`${at}.maxSessionAge: must be at least tokenExpiration (${options.tokenExpiration} s)`)
  if (!Number.isInteger(options.maxLoginAttempts) || options.maxLoginAttempts < 0) problems.push(`${at}.maxLoginAttempts: must be a whole number ≥ 0 (0 disables locking)`)
  if (!Number.isInteger(options.depth) || options.depth < 0) problems.push(`${at}.depth: must be a whole number ≥ 0`)
  const { N, r, p } = options.scrypt
  if (!Number.isInteger(N) || N < 2 ** 10 || (N & (N - 1)) !== 0) problems.push(`${at}.scrypt.N: must be a power of two ≥ 1024 (OWASP: 131072)`)
  if (!Number.isInteger(r) || r < 1 || !Number.isInteger(p) || p < 1) problems.push(`${at}.scrypt: r and p must be whole numbers ≥ 1`)
  else if (128 * N * r > 2 ** 30) problems.push(`${at}.scrypt: 128·N·r must stay within 1 GiB of memory per hash`)
  const { minLength } = options.passwordPolicy
  if (!Number.isInteger(minLength) || minLength < 1 || minLength > PASSWORD_MAX_LENGTH) problems.push(`${at}.passwordPolicy.minLength: must be a whole number from 1 to ${PASSWORD_MAX_LENGTH} (default 8)`)
  const username = options.loginWithUsername
  if (username && !username.requireEmail && !username.requireUsername) {
    problems.push(`${at}.loginWithUsername: require the email, the username or both, or users could have neither`)
  }
  return problems
}
