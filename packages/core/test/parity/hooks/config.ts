// Payload's test/hooks config (3.88.0), adapted to Quire: the same collections, fields and hook
// behaviour, written for Quire's hook signatures (`req.quire` for the Local API, `context` on
// every hook). Left out: the Lexical rich text and blocks of nested-after-change-hooks, the
// transform collection (MongoDB only), the REST-only endpoint and afterError hook, `me`/`refresh`
// replacement hooks and versions on beforeOperation (see ../README.md).
import '../../../src/auth/index.ts'
import { AuthenticationError } from '../../../src/auth/index.ts'
import { PAYLOAD_PASSWORD_POLICY } from '../../../src/auth/password-rules.ts'
import { buildConfig } from '../../../src/config/build-config.ts'
import type { CollectionConfig, GlobalConfig } from '../../../src/config/types.ts'
import type { BeforeLoginHook, DocumentData, FieldHook } from '../../../src/config/hooks-and-access.ts'
import { checkbox, hooksCollection } from './hook-order-collection.ts'

export const FAST_SCRYPT = { N: 2 ** 10, r: 8, p: 1 }
export const devUser = { email: 'dev@payloadcms.com', password: 'test', roles: ['admin'] }
export const regularUser = { email: 'user@payloadcms.com', password: 'test2', roles: ['user'] }

export const generatedAfterReadText = 'hello'
const generated: FieldHook = () => generatedAfterReadText

const nestedAfterReadHooks: CollectionConfig = {
  slug: 'nested-after-read-hooks',
  fields: [
    { name: 'text', type: 'text' },
    {
      name: 'group',
      type: 'group',
      fields: [
        {
          name: 'array',
          type: 'array',
          fields: [
            { name: 'input', type: 'text' },
            { name: 'afterRead', type: 'text', hooks: { afterRead: [generated] } },
            { name: 'shouldPopulate', type: 'relationship', relationTo: 'relations' },
          ],
        },
        {
          name: 'subGroup',
          type: 'group',
          fields: [
            { name: 'afterRead', type: 'text', hooks: { afterRead: [generated] } },
            { name: 'shouldPopulate', type: 'relationship', relationTo: 'relations' },
          ],
        },
      ],
    },
  ],
}

const previousValueRequired: FieldHook = ({ previousValue, operation }) => {
  if (operation === 'update' && typeof previousValue === 'undefined') throw new Error('previousValue is missing in nested beforeChange hook')
  return undefined
}

const nestedAfterChangeHooks: CollectionConfig = {
  slug: 'nested-after-change-hooks',
  fields: [
    { name: 'text', type: 'text' },
    {
      name: 'group',
      type: 'group',
      fields: [{ name: 'array', type: 'array', fields: [{ name: 'nestedAfterChange', type: 'text', hooks: { afterChange: [previousValueRequired] } }] }],
    },
  ],
}

const appendText = ({ doc }: { doc: DocumentData }) => ({ ...doc, text: `${String(doc.text)}!` })

const afterOperation: CollectionConfig = {
  slug: 'afterOperation',
  hooks: {
    afterOperation: [
      ({ result, operation }) => {
        const retitle = (doc: unknown, title: string) => ({ ...(doc as DocumentData), title })
        const page = result as { docs?: unknown[] }
        if (operation === 'create') return 'docs' in page ? { ...page, docs: page.docs?.map((doc) => retitle(doc, 'Title created')) } : retitle(result, 'Title created')
        // Only the first doc of a find, so the test can tell the operations apart.
        if (operation === 'find') return { ...page, docs: page.docs?.map((doc, index) => (index === 0 ? retitle(doc, 'Title read') : doc)) }
        if (operation === 'findByID') return retitle(result, 'Title read')
        if (operation === 'update' && 'docs' in page) return { ...page, docs: page.docs?.map((doc) => retitle(doc, 'Title updated')) }
        if (operation === 'updateByID') return retitle(result, 'Title updated')
        return result
      },
    ],
  },
  fields: [{ name: 'title', type: 'text', required: true }],
}

const contextHooks: CollectionConfig = {
  slug: 'context-hooks',
  access: { read: () => true, create: () => true, delete: () => true, update: () => true },
  hooks: {
    beforeChange: [
      ({ context, data, req }) => {
        if (!context.secretValue) context.secretValue = 'secret'
        if (req.context !== context) throw new Error('req.context !== context')
        return data
      },
    ],
    afterChange: [
      async ({ context, doc, req }) => {
        // The context stops the nested update from running this hook again, as in Payload.
        if (context.triggerAfterChange === false) return
        await req.quire.update({ collection: 'context-hooks', id: doc.id as number, data: { value: context.secretValue ?? '' }, req, context: { triggerAfterChange: false } })
      },
    ],
  },
  fields: [{ name: 'value', type: 'text' }],
}

const beforeLogin: BeforeLoginHook = ({ user }) => {
  if (!(user.roles as string[]).includes('admin')) throw new AuthenticationError()
  return user
}

const users: CollectionConfig = {
  slug: 'hooks-users',
  auth: { scrypt: FAST_SCRYPT, passwordPolicy: PAYLOAD_PASSWORD_POLICY },
  fields: [
    { name: 'roles', type: 'select', defaultValue: ['user'], hasMany: true, options: ['admin', 'user'], required: true },
    { name: 'afterLoginHook', type: 'checkbox' },
  ],
  hooks: {
    afterLogin: [({ req, user }) => req.quire.update({ id: user.id as number, collection: 'hooks-users', data: { afterLoginHook: true }, req })],
    beforeLogin: [beforeLogin],
  },
}

/** Every collection hook writes the JSON of the collection it was given into `context`; afterOperation copies it onto the result. */
const dataHooks: CollectionConfig = {
  slug: 'data-hooks',
  access: { read: () => true, create: () => true, delete: () => true, update: () => true },
  hooks: {
    beforeOperation: [({ context, collection, args }) => ((context.collection_beforeOperation_collection = JSON.stringify(collection)), args)],
    beforeChange: [({ context, data, collection }) => ((context.collection_beforeChange_collection = JSON.stringify(collection)), data)],
    afterChange: [({ context, collection }) => void (context.collection_afterChange_collection = JSON.stringify(collection))],
    beforeRead: [({ context, collection }) => void (context.collection_beforeRead_collection = JSON.stringify(collection))],
    afterRead: [({ context, collection, doc }) => ((context.collection_afterRead_collection = JSON.stringify(collection)), doc)],
    afterOperation: [
      ({ context, result, collection }) => {
        context.collection_afterOperation_collection = JSON.stringify(collection)
        const doc = result as DocumentData
        for (const key of Object.keys(context)) if (key.startsWith('collection_')) doc[key] = context[key]
        return doc
      },
    ],
  },
  fields: [
    {
      name: 'field_collectionAndField',
      type: 'text',
      hooks: {
        beforeChange: [({ collection, field, context, value }) => ((context.field_beforeChange_CollectionAndField = JSON.stringify(collection) + JSON.stringify(field)), value)],
        afterRead: [({ collection, field, context }) => String(context.field_beforeChange_CollectionAndField) + JSON.stringify(collection) + JSON.stringify(field)],
      },
    },
    ...['beforeOperation', 'beforeChange', 'afterChange', 'beforeRead', 'afterRead', 'afterOperation'].map((hook) => ({ name: `collection_${hook}_collection`, type: 'text' as const })),
  ],
}

let lastOperation: string | undefined
export const getLastOperation = (): string | undefined => lastOperation
export const clearLastOperation = (): void => {
  lastOperation = undefined
}

const collections: CollectionConfig[] = [
  {
    slug: 'beforeOperation',
    hooks: { beforeOperation: [({ operation }) => void (lastOperation = operation)] },
    fields: [{ name: 'category', type: 'text' }],
  },
  {
    slug: 'before-validate',
    fields: [
      { name: 'title', type: 'text', hooks: { beforeValidate: [() => 'reset in beforeValidate'] } },
      {
        name: 'selection',
        type: 'select',
        options: [{ label: 'A', value: 'a' }, { label: 'B', value: 'b' }],
        hooks: {
          beforeValidate: [
            ({ value, previousValue, context }) => {
              if (!context.beforeValidateTest) return undefined
              if (value !== 'a') return 'beforeValidate value is incorrect'
              if (previousValue !== 'b') return 'beforeValidate previousValue is incorrect'
              return value
            },
          ],
        },
      },
    ],
  },
  afterOperation,
  contextHooks,
  hooksCollection,
  nestedAfterReadHooks,
  nestedAfterChangeHooks,
  { slug: 'chaining-hooks', hooks: { afterRead: [appendText, appendText] }, fields: [{ name: 'text', type: 'text' }] },
  { slug: 'relations', fields: [{ name: 'title', type: 'text', required: true }] },
  users,
  dataHooks,
  { slug: 'after-read', hooks: { afterRead: [({ doc }) => ({ ...doc, title: 'afterRead' }), () => undefined] }, fields: [{ name: 'title', type: 'text' }] },
  {
    slug: 'override-access-hooks',
    access: { create: () => true, delete: () => true, read: () => true, update: () => true },
    fields: ['title', 'beforeReadCalled', 'beforeReadOverrideAccess', 'afterReadCalled', 'afterReadOverrideAccess'].map((name) => (name === 'title' ? { name, type: 'text' as const } : checkbox(name))),
    hooks: {
      afterRead: [
        ({ context, doc, overrideAccess }) => ({
          ...doc,
          afterReadCalled: true,
          afterReadOverrideAccess: overrideAccess,
          beforeReadCalled: context.beforeReadCalled,
          beforeReadOverrideAccess: context.beforeReadOverrideAccess,
        }),
      ],
      beforeRead: [
        ({ context, overrideAccess }) => {
          context.beforeReadCalled = true
          context.beforeReadOverrideAccess = overrideAccess
        },
      ],
    },
  },
]

const dataHooksGlobal: GlobalConfig = {
  slug: 'data-hooks-global',
  access: { read: () => true, update: () => true },
  hooks: {
    beforeChange: [({ data, global, context }) => ((context.global_beforeChange_global = JSON.stringify(global)), data)],
    beforeRead: [({ context, global }) => void (context.global_beforeRead_global = JSON.stringify(global))],
    afterRead: [({ context, global, doc }) => ((context.global_afterRead_global = JSON.stringify(global)), withGlobalKeys(doc, context))],
    afterChange: [({ context, global, doc }) => ((context.global_afterChange_global = JSON.stringify(global)), withGlobalKeys(doc, context))],
  },
  fields: [
    {
      name: 'field_globalAndField',
      type: 'text',
      hooks: {
        beforeChange: [({ global, field, context, value }) => ((context.field_beforeChange_GlobalAndField = JSON.stringify(global) + JSON.stringify(field)), value)],
        afterRead: [
          ({ global, field, context }) =>
            context.field_beforeChange_GlobalAndField_override ?? String(context.field_beforeChange_GlobalAndField) + JSON.stringify(global) + JSON.stringify(field),
        ],
      },
    },
    ...['beforeChange', 'afterChange', 'beforeRead', 'afterRead'].map((hook) => ({ name: `global_${hook}_global`, type: 'text' as const })),
  ],
}

function withGlobalKeys(doc: DocumentData, context: Record<string, unknown>): DocumentData {
  for (const key of Object.keys(context)) if (key.startsWith('global_')) doc[key] = context[key]
  return doc
}

export const hooksConfig = buildConfig({
  secret: 'parity-hooks-secret-0123456789abcdef',
  db: { url: 'file:./unused.db' },
  collections,
  globals: [dataHooksGlobal],
})
