// Keeps the session alive while someone uses the tab: refreshes it a few minutes before the
// cookie expires if there was a key press, click or touch recently (session-timing.ts).
import { useEffect, useRef } from 'react'
import { trpc } from '../api/trpc.ts'
import { readSessionExpiry, storeSessionExpiry } from './session-expiry-store.ts'
import { refreshDue } from './session-timing.ts'

const CHECK_EVERY_MS = 20_000
const ACTIVITY_EVENTS = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const

export function useSessionRefresh(signedIn: boolean): void {
  const lastActivityAt = useRef(Date.now())
  const refresh = trpc.auth.refresh.useMutation({ onSuccess: (result) => storeSessionExpiry(result.exp) })
  const { mutate, isPending } = refresh
  const pending = useRef(isPending)
  pending.current = isPending

  useEffect(() => {
    if (!signedIn) return
    const markActive = (): void => {
      lastActivityAt.current = Date.now()
    }
    for (const name of ACTIVITY_EVENTS) window.addEventListener(name, markActive, { passive: true })
    const check = (): void => {
      if (pending.current || document.visibilityState !== 'visible') return
      // Read each time: another tab of this browser may have refreshed the shared cookie.
      if (refreshDue({ expiresAt: readSessionExpiry(), lastActivityAt: lastActivityAt.current, now: Date.now() })) mutate()
    }
    const timer = window.setInterval(check, CHECK_EVERY_MS)
    return () => {
      window.clearInterval(timer)
      for (const name of ACTIVITY_EVENTS) window.removeEventListener(name, markActive)
    }
  }, [signedIn, mutate])
}
