// The frame of every editor screen: skip link, main navigation, content language, the
// signed-in person and sign out (a navigation to /sign-out, so an editor with unsaved edits can
// hold it back: session/sign-out-request.ts). After each navigation focus moves to the new
// screen, so keyboard and screen-reader users start reading where the content changed.
import { useEffect, useRef } from 'react'
import { Link, NavLink, Outlet, useLocation } from 'react-router'
import { LocaleSwitch } from '../locale/locale-switch.tsx'
import { useSession } from '../session/session-context.ts'
import { useRequestSignOut } from '../session/sign-out-request.ts'
import { usePermissions } from '../session/use-permissions.ts'

const SECTIONS = [
  { to: '/posts', label: 'Posts' },
  { to: '/media', label: 'Media' },
  { to: '/header', label: 'Header' },
  { to: '/people', label: 'People', adminsOnly: true },
  { to: '/account', label: 'Account' },
] as const

export function AppLayout() {
  const { user } = useSession()
  const signOut = useRequestSignOut()
  // People is for admins (those who may create users; see use-permissions.ts).
  const managesPeople = usePermissions().collection('users').create
  const { pathname } = useLocation()
  const main = useRef<HTMLElement>(null)
  const firstRender = useRef(true)

  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false
      return
    }
    main.current?.focus()
  }, [pathname])

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        <Link to="/posts" className="brand">
          Quire
        </Link>
        <nav aria-label="Main" className="app-nav">
          {SECTIONS.filter((section) => !('adminsOnly' in section) || managesPeople).map((section) => (
            <NavLink key={section.to} to={section.to}>
              {section.label}
            </NavLink>
          ))}
        </nav>
        <div className="app-header-tools">
          <LocaleSwitch />
          <span className="signed-in-as" title={user?.email}>
            {user?.name}
          </span>
          <button type="button" className="button-secondary" onClick={signOut}>
            Sign out
          </button>
        </div>
      </header>
      <main id="main" ref={main} tabIndex={-1}>
        <Outlet />
      </main>
    </div>
  )
}
