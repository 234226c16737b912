// The query cache and the tRPC client, created once per page. Every failed query or mutation
// passes through here, so a 401/403 anywhere lets the session provider check the session.
import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { useState, type ReactNode } from 'react'
import { announceAuthFailure } from '../session/auth-events.ts'
import { authProblemOf, httpStatusOf } from './errors.ts'
import { quireLinks } from './links.ts'
import { trpc } from './trpc.ts'

function reportAuthProblem(error: unknown): void {
  if (authProblemOf(error) !== undefined) announceAuthFailure()
}

function createQueryClient(): QueryClient {
  return new QueryClient({
    queryCache: new QueryCache({ onError: reportAuthProblem }),
    mutationCache: new MutationCache({ onError: reportAuthProblem }),
    defaultOptions: {
      queries: {
        staleTime: 15_000,
        // A 4xx will not change by asking again; a dropped connection might.
        retry: (failures, error) => {
          const status = httpStatusOf(error)
          return failures < 2 && (status === undefined || status >= 500)
        },
      },
    },
  })
}

export function ApiProvider({ children }: { children: ReactNode }) {
  const [queryClient] = useState(createQueryClient)
  const [trpcClient] = useState(() => trpc.createClient({ links: quireLinks() }))
  return (
    <trpc.Provider client={trpcClient} queryClient={queryClient}>
      <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
    </trpc.Provider>
  )
}
