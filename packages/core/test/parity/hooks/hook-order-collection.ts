// Payload's `hooks` collection (test/hooks/collections/Hook): every collection and field hook
// marks itself on the data, so the tests can tell which ran on each operation.
import type { CollectionConfig } from '../../../src/config/types.ts'
import type { DocumentData, FieldHook } from '../../../src/config/hooks-and-access.ts'

// Payload's hook-order helper: marks `check` as run on the data it is given.
const writeHooksOrder = ['fieldBeforeValidate', 'collectionBeforeValidate', 'collectionBeforeChange', 'fieldBeforeChange', 'fieldAfterRead', 'collectionAfterRead', 'fieldAfterChange', 'collectionAfterChange']
function markHook(check: string, data: DocumentData): DocumentData {
  if (check === 'collectionBeforeRead') data.collectionBeforeRead = true
  if (writeHooksOrder.includes(check)) data[check] = true
  return data
}

export const checkbox = (name: string, hooks?: Record<string, FieldHook[]>) => ({ name, type: 'checkbox' as const, ...(hooks ? { hooks } : {}) })

export const hooksCollection: CollectionConfig = {
  slug: 'hooks',
  access: { create: () => true, delete: () => true, read: () => true, update: () => true },
  hooks: {
    // Payload also throws here when req.transactionID is missing; Quire carries the transaction in
    // AsyncLocalStorage instead of on req (README, "What differs from Payload, on purpose").
    beforeValidate: [({ data }) => markHook('collectionBeforeValidate', data)],
    beforeChange: [({ data }) => markHook('collectionBeforeChange', data)],
    afterChange: [
      ({ doc, previousDoc }) => {
        if (!previousDoc) throw new Error('previousDoc is missing in afterChange hook')
        return markHook('collectionAfterChange', doc)
      },
    ],
    beforeRead: [({ doc }) => markHook('collectionBeforeRead', doc)],
    afterRead: [({ doc }) => markHook('collectionAfterRead', doc)],
  },
  fields: [
    checkbox('fieldBeforeValidate', { beforeValidate: [({ data }) => (markHook('fieldBeforeValidate', data), true)] }),
    checkbox('fieldBeforeChange', {
      beforeChange: [
        ({ data, operation, previousSiblingDoc, previousValue }) => {
          if (operation === 'update') {
            if (typeof previousValue === 'undefined') throw new Error('previousValue is missing in beforeChange hook')
            if (!previousSiblingDoc) throw new Error('previousSiblingDoc is missing in beforeChange hook')
          }
          markHook('fieldBeforeChange', data)
          return true
        },
      ],
    }),
    checkbox('fieldAfterChange', {
      afterChange: [
        ({ data, previousDoc, previousSiblingDoc }) => {
          if (!previousDoc) throw new Error('previousDoc is missing in afterChange hook')
          if (!previousSiblingDoc) throw new Error('previousSiblingDoc is missing in afterChange hook')
          markHook('fieldAfterChange', data)
          return true
        },
      ],
    }),
    checkbox('fieldAfterRead', { afterRead: [({ data }) => (markHook('fieldAfterRead', data), true)] }),
    ...['collectionBeforeValidate', 'collectionBeforeChange', 'collectionAfterChange', 'collectionBeforeRead', 'collectionAfterRead'].map((name) => checkbox(name)),
  ],
}

