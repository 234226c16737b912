// A link to an address that came from data: rendered as a link only when `safeHref` accepts
// the address, otherwise as plain text, so no stored value can become a `javascript:` link.
import type { AnchorHTMLAttributes, ReactNode } from 'react'
import { safeHref } from '../content/safe-href.ts'

type Props = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> & { href: unknown; children: ReactNode }

export function SafeLink({ href, children, className, ...rest }: Props) {
  const safe = safeHref(href)
  if (safe === undefined) return <span className={className}>{children}</span>
  return (
    <a className={className} href={safe} {...rest}>
      {children}
    </a>
  )
}
