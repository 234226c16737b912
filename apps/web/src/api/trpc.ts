// The typed React bindings for Quire's API. Only the router's TYPE crosses from @quire/api:
// `import type` is erased, so no server code (Prisma, sharp, the Local API) reaches the bundle.
import type { AppRouter } from '@quire/api/client'
import { createTRPCReact } from '@trpc/react-query'
import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server'

export const trpc = createTRPCReact<AppRouter>()

export type RouterInputs = inferRouterInputs<AppRouter>
export type RouterOutputs = inferRouterOutputs<AppRouter>
