// Builds the `req` every hook and access function receives. The request's `context` travels
// in AsyncLocalStorage as well, so a Local API call made inside a hook shares it even when
// the hook did not pass `req` on (the transaction travels the same way).
import { AsyncLocalStorage } from 'node:async_hooks'
import type { QuireRequest, RequestUser } from '../config/hooks-and-access.ts'
import type { SharedOptions } from '../local-api-types.ts'
import type { Quire } from '../quire.ts'
import { resolveLocaleMode, type LocaleMode } from '../localization/locale-mode.ts'

interface Scope {
  quire: Quire
  context: Record<string, unknown>
}

const scope = new AsyncLocalStorage<Scope>()

export interface RequestState {
  req: QuireRequest
  overrideAccess: boolean
  showHiddenFields: boolean
  /** The locale(s) this call reads and writes, with its fallbacks; undefined without localization. */
  locale?: LocaleMode
}

export function createRequest(quire: Quire, options: SharedOptions): RequestState {
  const outer = scope.getStore()
  const inherited = options.req?.context ?? (outer?.quire === quire ? outer.context : undefined) ?? {}
  // A call that brings its own context gets a merged copy (its keys win); otherwise it shares
  // the outer object, so hooks can pass data forward and guard against recursion.
  const context = options.context ? { ...inherited, ...options.context } : inherited
  const user = (options.user ?? options.req?.user ?? null) as RequestUser | null
  // Payload's order: the `locale` option, the outer request's, the default locale (docs/localization.md);
  // the same for `fallbackLocale`, so a nested call given `req` reads with the caller's fallbacks.
  // The option as asked (not the resolved chain), so a nested call in another locale still
  // gets that locale's configured fallbacks when the caller asked for none in particular.
  const fallbackLocale = options.fallbackLocale ?? options.req?.fallbackLocale
  const locale = resolveLocaleMode(quire.schema.localization, options.locale ?? options.req?.locale, fallbackLocale)
  const reqLocale = locale ? (locale.kind === 'all' ? 'all' : locale.locale) : (options.locale ?? options.req?.locale)
  return {
    req: { user, locale: reqLocale, context, quire, ...(fallbackLocale === undefined ? {} : { fallbackLocale }), ...(options.req?.headers ? { headers: options.req.headers } : {}) },
    overrideAccess: options.overrideAccess ?? true,
    showHiddenFields: options.showHiddenFields ?? false,
    locale,
  }
}

/** Runs an operation body with its request in scope for nested calls. */
export function withRequestScope<T>(req: QuireRequest, work: () => Promise<T>): Promise<T> {
  return scope.run({ quire: req.quire, context: req.context }, work)
}
