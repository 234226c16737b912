// Document locking (docs/locking.md): locks live in the system table `quire_locks`.
export { lockDocument, unlockDocument, type LockDocumentOptions, type UnlockDocumentOptions } from './lock-document.ts'
export { checkLock, checkLocks, type CheckLockArgs, type CheckLocksArgs, type LockedOperation } from './check-lock.ts'
export { releaseLocks, releaseLocksAfterCommit, type ReleaseTarget } from './release-locks.ts'
export { pruneStaleLocks, LOCK_RETENTION_MS } from './prune-stale-locks.ts'
export { globalLockStatusFor, lockStatusFor, type LockStatus } from './lock-status.ts'
export { DEFAULT_LOCK_DURATION_SECONDS, type LockTarget, type LockUser, type LockingContext } from './lock-target.ts'
