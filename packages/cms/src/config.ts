// The product's content model. Each generated Prisma client is loaded only when the database
// URL asks for its provider, so a SQLite deployment never loads the PostgreSQL client.
import { buildConfig, type PrismaClientConstructor } from '@quire/core'
import { categories } from './collections/categories.ts'
import { media } from './collections/media.ts'
import { posts } from './collections/posts.ts'
import { users } from './collections/users.ts'
import { env } from './env.ts'
import { header } from './globals/header.ts'

export default buildConfig({
  collections: [users, media, categories, posts],
  globals: [header],
  // Posts' text and the header's nav labels exist per locale (docs/localization.md); English is the default and the fallback.
  localization: { locales: ['en', 'zh'], defaultLocale: 'en' },
  secret: env.secret,
  db: {
    url: env.databaseUrl,
    clients: {
      sqlite: async (): Promise<PrismaClientConstructor> => (await import('../generated/sqlite/client.ts')).PrismaClient,
      postgresql: async (): Promise<PrismaClientConstructor> => (await import('../generated/postgresql/client.ts')).PrismaClient,
    },
  },
})
