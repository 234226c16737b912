import type { ReactNode } from 'react'

/**
 * A line announced politely: `success` after something worked ("Post saved."), `info` for how
 * things stand ("You can read this post, but…"), which is news, not praise, so it looks calmer.
 */
export function Notice({ children, tone = 'success' }: { children: ReactNode; tone?: 'success' | 'info' }) {
  return (
    <p className={tone === 'info' ? 'notice notice-info' : 'notice'} role="status">
      {children}
    </p>
  )
}
