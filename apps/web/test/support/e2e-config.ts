// The product's content model (@quire/cms) for the browser tests, with three test-only
// changes: uploaded files go to a temporary folder instead of <repo>/data/media, emails land in
// an outbox the test reads (the reset-password link), and password hashing is cheaper (scrypt
// N=2^14 instead of OWASP's 2^17: the suite signs in dozens of times). The collections are imported from cms's
// sources because its package exports only the built config, whose upload folder is fixed.
import { join } from 'node:path'
import cmsConfig from '@quire/cms/config'
import { buildConfig, createOutboxEmailAdapter, type OutboxEmailAdapter, type SanitizedConfig, type UploadOptions } from '@quire/core'
import { categories } from '../../../../packages/cms/src/collections/categories.ts'
import { media } from '../../../../packages/cms/src/collections/media.ts'
import { posts } from '../../../../packages/cms/src/collections/posts.ts'
import { users } from '../../../../packages/cms/src/collections/users.ts'
import { header } from '../../../../packages/cms/src/globals/header.ts'

export const TEST_SECRET = 'browser-test-secret-of-at-least-32-characters'

export function e2eConfig(uploadDir: string): { config: SanitizedConfig; outbox: OutboxEmailAdapter } {
  const outbox = createOutboxEmailAdapter({ log: false })
  const upload: UploadOptions = { ...(media.upload as UploadOptions), staticDir: join(uploadDir, 'media') }
  const config = buildConfig({
    ...(cmsConfig.localization ? { localization: cmsConfig.localization } : {}),
    collections: [{ ...users, auth: { scrypt: { N: 2 ** 14 } } }, { ...media, upload }, categories, posts],
    globals: [header],
    secret: TEST_SECRET,
    db: cmsConfig.db,
    email: { adapter: outbox },
  })
  return { config, outbox }
}
