// The only way the SPA turns stored data into an `href`: the address passes core's own rule
// (http, https, mailto or a path of this site) or it is no link at all. The API refuses unsafe
// addresses already; this keeps a link safe even for data written before that check existed,
// or by trusted code that bypassed it.
import { isSafeUrl } from '@quire/core/safe-url'

export function safeHref(value: unknown): string | undefined {
  return isSafeUrl(value) ? value : undefined
}
