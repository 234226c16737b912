// Quire's system models: tables every schema has whatever the config, with fixed columns
// instead of columns derived from fields. Their names are reserved (check-storage-names.ts).
import { LOCKS_MODEL, LOCKS_TABLE, LOCK_COLUMNS, SESSIONS_MODEL, SESSIONS_TABLE, SESSION_COLUMNS, UPLOAD_PENDING_COLUMNS, UPLOAD_PENDING_MODEL, UPLOAD_PENDING_TABLE, delegateNameForModel } from './names.ts'
import type { ModelStorage } from './storage-model.ts'

/** Document locks (`locking/`): one row per lock, keyed by strings, no foreign keys. */
export function locksModel(): ModelStorage {
  const C = LOCK_COLUMNS
  return {
    kind: 'system',
    name: LOCKS_MODEL,
    table: LOCKS_TABLE,
    delegate: delegateNameForModel(LOCKS_MODEL),
    idType: 'int',
    fields: [],
    timestamps: true,
    system: {
      columns: [
        { name: C.collection, scalar: 'string', optional: true },
        { name: C.documentId, scalar: 'string', optional: true },
        { name: C.globalSlug, scalar: 'string', optional: true },
        { name: C.userCollection, scalar: 'string', optional: false },
        { name: C.userId, scalar: 'string', optional: false },
      ],
      // Every lock lookup names one document (or a few of one collection) or one global.
      indexes: [[C.collection, C.documentId], [C.globalSlug]],
    },
  }
}

/** Login sessions (`auth/sessions.ts`): one row per signed-in token, found by the hash of its id. */
export function sessionsModel(): ModelStorage {
  const C = SESSION_COLUMNS
  return {
    kind: 'system',
    name: SESSIONS_MODEL,
    table: SESSIONS_TABLE,
    delegate: delegateNameForModel(SESSIONS_MODEL),
    idType: 'int',
    fields: [],
    timestamps: true,
    system: {
      columns: [
        { name: C.idHash, scalar: 'string', optional: false },
        { name: C.userCollection, scalar: 'string', optional: false },
        { name: C.userId, scalar: 'string', optional: false },
        { name: C.expiresAt, scalar: 'datetime', optional: false },
        { name: C.absoluteExpiresAt, scalar: 'datetime', optional: false },
        { name: C.lastUsedAt, scalar: 'datetime', optional: false },
        { name: C.previousIdHash, scalar: 'string', optional: true },
        { name: C.previousIdExpiresAt, scalar: 'datetime', optional: true },
        { name: C.userAgent, scalar: 'string', optional: true },
      ],
      // Every request looks a session up by its hash (or, just after a refresh, by the previous
      // one); logout-all and revocation go by user; pruning goes by expiry.
      uniques: [[C.idHash], [C.previousIdHash]],
      indexes: [[C.userCollection, C.userId], [C.expiresAt]],
    },
  }
}

/** Upload files written and not yet owned (`uploads/pending-files.ts`): one row per storage key. */
export function uploadPendingModel(): ModelStorage {
  const C = UPLOAD_PENDING_COLUMNS
  return {
    kind: 'system',
    name: UPLOAD_PENDING_MODEL,
    table: UPLOAD_PENDING_TABLE,
    delegate: delegateNameForModel(UPLOAD_PENDING_MODEL),
    idType: 'int',
    fields: [],
    timestamps: true,
    system: {
      columns: [
        { name: C.collection, scalar: 'string', optional: false },
        { name: C.filename, scalar: 'string', optional: false },
      ],
      // One reservation per file name: two writes can never both claim a name.
      uniques: [[C.collection, C.filename]],
      indexes: [],
    },
  }
}
