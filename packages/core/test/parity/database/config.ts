// Payload's test/database config (3.88.0), the collections its Local API cases use, adapted to
// Quire: no custom ids, blocks, virtual fields, versions, compound indexes or custom dbNames
// (../README.md). `hasTransaction` asks Quire whether the write runs in a transaction (Payload
// checks req.transactionID; Quire carries the transaction in AsyncLocalStorage).
import '../../../src/auth/index.ts'
import { PAYLOAD_PASSWORD_POLICY } from '../../../src/auth/password-rules.ts'
import { buildConfig } from '../../../src/config/build-config.ts'
import { isInTransaction } from '../../../src/database/transactions.ts'

export const databaseConfig = buildConfig({
  secret: 'parity-database-secret-0123456789abcdef',
  db: { url: 'file:./unused.db' },
  collections: [
    { slug: 'users', auth: { scrypt: { N: 2 ** 10, r: 8, p: 1 }, passwordPolicy: PAYLOAD_PASSWORD_POLICY }, fields: [] },
    { slug: 'categories', fields: [{ name: 'title', type: 'text' }] },
    {
      slug: 'posts',
      fields: [
        { name: 'title', type: 'text', required: true },
        { name: 'text', type: 'text' },
        { name: 'number', type: 'number' },
        { name: 'numbersHasMany', type: 'number', hasMany: true },
        { name: 'publishDate', type: 'date' },
        { name: 'category', type: 'relationship', relationTo: 'categories' },
        { name: 'arrayWithIDs', type: 'array', fields: [{ name: 'text', type: 'text' }] },
        { name: 'hasTransaction', type: 'checkbox', hooks: { beforeChange: [({ req }) => isInTransaction(req.quire.db)] } },
        {
          name: 'throwAfterChange',
          type: 'checkbox',
          defaultValue: false,
          hooks: {
            afterChange: [
              ({ value }) => {
                if (value) throw new Error('throw after change')
              },
            ],
          },
        },
      ],
    },
    { slug: 'default-values', fields: [{ name: 'point', type: 'point' }] },
    {
      slug: 'select-has-many',
      fields: [
        { name: 'roles', type: 'select', hasMany: true, options: ['admin', 'editor', 'user'] },
        { name: 'food', type: 'select', hasMany: true, options: ['bananabread', 'pizza'] },
      ],
    },
    { slug: 'unique-fields', fields: [{ name: 'slugField', type: 'text', unique: true }] },
    { slug: 'relation-b', fields: [{ name: 'title', type: 'text' }, { name: 'relationship', type: 'relationship', relationTo: 'posts' }] },
    { slug: 'noTimeStamps', timestamps: false, fields: [{ name: 'title', type: 'text' }] },
  ],
  globals: [
    { slug: 'global-3', fields: [{ name: 'text', type: 'text' }] },
    {
      slug: 'header',
      fields: [{ name: 'itemsLvl1', type: 'array', fields: [{ name: 'itemsLvl2', type: 'array', fields: [{ name: 'itemsLvl3', type: 'array', fields: [{ name: 'itemsLvl4', type: 'array', fields: [{ name: 'label', type: 'text' }] }] }] }] }],
    },
  ],
})
