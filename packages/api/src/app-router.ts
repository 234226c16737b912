// The whole API. Browsers call these procedures through `/trpc`; every one of them runs with
// the Local API bound to the session user, so access control always applies.
import { authRouter } from './routers/auth.ts'
import { collectionsRouter } from './routers/collections.ts'
import { configRouter } from './routers/config.ts'
import { globalsRouter } from './routers/globals.ts'
import { mediaRouter } from './routers/media.ts'
import { serverFunctions } from './routers/server-functions.ts'
import { router } from './trpc.ts'

export const appRouter = router({
  collections: collectionsRouter,
  globals: globalsRouter,
  config: configRouter,
  auth: authRouter,
  media: mediaRouter,
  ...serverFunctions,
})

export type AppRouter = typeof appRouter
