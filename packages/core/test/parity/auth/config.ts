// Payload's test/auth config (3.88.0), adapted to Quire: the same collections and fields, with
// Quire's auth options (every duration in seconds: Payload's lockTime 600 000 ms is 600 here,
// forgotPassword.expiration 300 000 ms is 300). Left out (see ../README.md): saveToJWT and tabs
// (Quire's tokens seal a session reference, not claims), disableLocalStrategy, preferences and
// the admin UI pieces.
import '../../../src/auth/index.ts'
import { createOutboxEmailAdapter } from '../../../src/auth/email/outbox-adapter.ts'
import { PAYLOAD_PASSWORD_POLICY } from '../../../src/auth/password-rules.ts'
import { buildConfig } from '../../../src/config/build-config.ts'
import type { RequestUser } from '../../../src/config/hooks-and-access.ts'

export const FAST_SCRYPT = { N: 2 ** 10, r: 8, p: 1 }
export const devUser = { email: 'dev@payloadcms.com', password: 'test', roles: ['admin'] }
export const outbox = createOutboxEmailAdapter({ log: false })

/** Set by a test to make `users`' beforeLogin throw (Quire's config is frozen, so hooks cannot be swapped at run time). */
export const loginSwitch = { throwInBeforeLogin: false }

const isAdmin = (user: RequestUser | null): boolean => Array.isArray(user?.roles) && (user.roles as string[]).includes('admin')

export const authConfig = buildConfig({
  secret: 'parity-auth-secret-0123456789abcdef',
  serverURL: 'https://cms.example.test',
  email: { adapter: outbox, fromAddress: 'cms@example.test' },
  db: { url: 'file:./unused.db' },
  collections: [
    {
      slug: 'users',
      auth: { scrypt: FAST_SCRYPT, passwordPolicy: PAYLOAD_PASSWORD_POLICY, lockTime: 600, maxLoginAttempts: 2, tokenExpiration: 7200, useAPIKey: true, verify: false, forgotPassword: { expiration: 300 } },
      hooks: {
        beforeLogin: [
          () => {
            if (loginSwitch.throwInBeforeLogin) throw new Error('Simulated failure after session added')
          },
        ],
      },
      fields: [
        { name: 'adminOnlyField', type: 'text', access: { read: ({ req }) => isAdmin(req.user) } },
        { name: 'roles', type: 'select', defaultValue: ['user'], hasMany: true, options: ['admin', 'editor', 'moderator', 'user', 'viewer'], required: true },
        { name: 'loginMetadata', type: 'array', fields: [{ name: 'info', type: 'text' }] },
        { name: 'richText', type: 'richText' },
        { name: 'custom', type: 'text' },
      ],
    },
    {
      // Payload's api-keys collection has no local strategy; Quire's auth collections always have one, so it gets emails.
      slug: 'api-keys',
      auth: { scrypt: FAST_SCRYPT, passwordPolicy: PAYLOAD_PASSWORD_POLICY, useAPIKey: true },
      access: {
        read: ({ req: { user } }) => {
          if (!user) return false
          if (user.collection === 'api-keys') return { id: { equals: user.id } }
          return true
        },
      },
      fields: [],
    },
    { slug: 'public-users', auth: { scrypt: FAST_SCRYPT, passwordPolicy: PAYLOAD_PASSWORD_POLICY, verify: true }, fields: [] },
    { slug: 'relationsCollection', fields: [{ name: 'rel', type: 'relationship', relationTo: 'users' }, { name: 'text', type: 'text' }] },
    // Payload unit-tests its email validator; here the same inputs go through an email field.
    { slug: 'contacts', fields: [{ name: 'email', type: 'email' }] },
  ],
})
