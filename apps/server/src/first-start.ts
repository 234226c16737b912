// What a start does about content: in development, the demo content (seeded once, on a database
// without users, with the public demo password); in production, never — a database that faces
// the internet must not hold accounts whose password is in the README. There the first admin
// comes from `create-admin` (create-admin.ts), and the start says so while there is nobody.
import { seedDemoContent, type DemoSummary } from '@quire/cms/demo-content'
import type { QuireTypes } from '@quire/cms/types'
import type { Quire } from '@quire/core'

export const CREATE_ADMIN_HINT = '! No users yet: create the first admin with `pnpm --filter @quire/server create-admin --email you@example.com` (README, "Production")'

export async function prepareContent(quire: Quire<QuireTypes>, options: { production: boolean; say: (line: string) => void }): Promise<DemoSummary | undefined> {
  const { say } = options
  if (options.production) {
    const users = (await quire.count({ collection: 'users' })).totalDocs
    say(users > 0 ? `✓ ${users} user(s)` : CREATE_ADMIN_HINT)
    return undefined
  }
  const summary = await seedDemoContent(quire)
  say(summary.seeded ? '✓ loaded demo content through the Local API' : '✓ demo content was already there')
  say(`  ${summary.users} users, ${summary.categories} categories, ${summary.posts} posts`)
  return summary
}
