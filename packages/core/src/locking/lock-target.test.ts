import { describe, expect, it } from 'vitest'
import { LOCK_COLUMNS as C } from '../storage/names.ts'
import { freshSince, idKey, isHeldBy, lockedMessage, settingsOf, targetColumns } from './lock-target.ts'

describe('lock targets and settings', () => {
  it('reads lockDocuments: default 300 s, a duration in seconds, or disabled', () => {
    expect(settingsOf(undefined)).toEqual({ enabled: true, durationMs: 300_000 })
    expect(settingsOf({})).toEqual({ enabled: true, durationMs: 300_000 })
    expect(settingsOf({ duration: 60 })).toEqual({ enabled: true, durationMs: 60_000 })
    expect(settingsOf({ duration: 0 })).toEqual({ enabled: true, durationMs: 0 })
    expect(settingsOf(false)).toEqual({ enabled: false, durationMs: 0 })
  })

  it('counts a lock refreshed exactly `duration` ago as fresh', () => {
    expect(freshSince({ enabled: true, durationMs: 60_000 }, new Date('2026-01-01T00:01:00.000Z'))).toEqual(new Date('2026-01-01T00:00:00.000Z'))
  })

  it('stores whole-number ids in one canonical text form', () => {
    expect([idKey(7), idKey('7'), idKey('007'), idKey('abc'), idKey('0')]).toEqual(['7', '7', '7', 'abc', '0'])
  })

  it('names documents and globals by their own columns', () => {
    expect(targetColumns({ collection: 'posts', id: 3 })).toEqual({ [C.collection]: 'posts', [C.documentId]: '3' })
    expect(targetColumns({ globalSlug: 'header' })).toEqual({ [C.globalSlug]: 'header' })
  })

  it('compares holders by user collection and id', () => {
    const row = { [C.userCollection]: 'users', [C.userId]: '1' }
    expect(isHeldBy(row, { collection: 'users', id: 1 })).toBe(true)
    expect(isHeldBy(row, { collection: 'users', id: '1' })).toBe(true)
    expect(isHeldBy(row, { collection: 'editors', id: 1 })).toBe(false)
    expect(isHeldBy(row, { collection: 'users', id: 2 })).toBe(false)
    expect(isHeldBy(row, null)).toBe(false)
  })

  it("uses Payload's messages", () => {
    expect(lockedMessage({ collection: 'posts', id: 3 }, 'update')).toBe('Document with ID 3 is currently locked by another user and cannot be updated.')
    expect(lockedMessage({ collection: 'posts', id: 3 }, 'delete')).toBe('Document with ID 3 is currently locked and cannot be deleted.')
    expect(lockedMessage({ globalSlug: 'header' }, 'update')).toBe('Global document with slug header is currently locked by another user and cannot be updated.')
  })
})
