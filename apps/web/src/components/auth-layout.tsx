import type { ReactNode } from 'react'

/** The centred card of the sign-in, forgot and reset screens. */
export function AuthLayout({ title, children }: { title: string; children: ReactNode }) {
  return (
    <main id="main" className="auth-layout">
      <div className="auth-card">
        <p className="brand">Quire</p>
        <h1>{title}</h1>
        {children}
      </div>
    </main>
  )
}
