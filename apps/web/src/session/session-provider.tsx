// Who is signed in, from the server's `auth.me` (the cookie is HttpOnly, so only the server
// knows). When any call fails with 401/403 the provider asks `me` again: if the session is
// gone (signed out everywhere from another device, revoked, expired) it drops every cached
// document and the route guard sends the person to sign in, with the way back in `next`.
// Signing in here drops what the previous person was allowed to do; another tab signing in
// has it asked again (session/use-permissions.ts).
import { useQueryClient } from '@tanstack/react-query'
import { useCallback, useEffect, useMemo, useRef, type ReactNode } from 'react'
import { trpc } from '../api/trpc.ts'
import { onAuthFailure } from './auth-events.ts'
import { SessionContext, type SessionValue } from './session-context.ts'
import { broadcastSession, onSessionBroadcast } from './session-channel.ts'
import { forgetSessionExpiry, storeSessionExpiry } from './session-expiry-store.ts'
import { toSessionUser } from './session-user.ts'
import { forgetPermissions, refreshPermissions } from './use-permissions.ts'
import { useSessionRefresh } from './use-session-refresh.ts'

export function SessionProvider({ children }: { children: ReactNode }) {
  const utils = trpc.useUtils()
  const queryClient = useQueryClient()
  const me = trpc.auth.me.useQuery(undefined, { staleTime: 30_000, retry: 1 })
  const logout = trpc.auth.logout.useMutation()
  const user = useMemo(() => toSessionUser(me.data?.user), [me.data])
  const status: SessionValue['status'] = me.isPending ? 'loading' : user ? 'signed-in' : 'signed-out'
  useSessionRefresh(status === 'signed-in')

  const endLocally = useCallback(() => {
    forgetSessionExpiry()
    // Nothing the previous user could read may stay on screen or in memory.
    queryClient.removeQueries({ predicate: (query) => !isMeQuery(query.queryKey) })
    utils.auth.me.setData(undefined, { user: null })
  }, [queryClient, utils])

  const checking = useRef<Promise<unknown> | null>(null)
  useEffect(
    () =>
      onAuthFailure(() => {
        checking.current ??= utils.auth.me
          .fetch(undefined, { staleTime: 0 })
          .then((answer) => {
            if (!answer.user) endLocally()
          })
          .catch(() => undefined)
          .finally(() => {
            checking.current = null
          })
      }),
    [utils, endLocally],
  )

  useEffect(
    () =>
      onSessionBroadcast((message) => {
        if (message === 'signed-out') endLocally()
        else void Promise.all([utils.auth.me.invalidate(), refreshPermissions(utils)])
      }),
    [utils, endLocally],
  )

  const value = useMemo<SessionValue>(
    () => ({
      status,
      user,
      async signedIn(exp) {
        storeSessionExpiry(exp)
        await Promise.all([utils.auth.me.invalidate(), forgetPermissions(utils)])
        broadcastSession('signed-in')
      },
      async signOut(options) {
        try {
          await logout.mutateAsync(options?.everywhere ? { allSessions: true } : undefined)
        } finally {
          endLocally()
          broadcastSession('signed-out')
        }
      },
    }),
    [status, user, utils, logout.mutateAsync, endLocally],
  )
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>
}

function isMeQuery(key: readonly unknown[]): boolean {
  const path = key[0]
  return Array.isArray(path) && path[0] === 'auth' && path[1] === 'me'
}
