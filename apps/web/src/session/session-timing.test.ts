import { describe, expect, it } from 'vitest'
import { ACTIVE_WINDOW_MS, REFRESH_MARGIN_MS, refreshDue, safeNextPath } from './session-timing.ts'

const NOW = 1_800_000_000_000

describe('refreshDue', () => {
  it('refreshes an active tab inside the margin, not before', () => {
    expect(refreshDue({ expiresAt: NOW + REFRESH_MARGIN_MS, lastActivityAt: NOW - 1000, now: NOW })).toBe(true)
    expect(refreshDue({ expiresAt: NOW + REFRESH_MARGIN_MS + 1, lastActivityAt: NOW - 1000, now: NOW })).toBe(false)
  })

  it('lets an idle tab’s session lapse', () => {
    expect(refreshDue({ expiresAt: NOW + 60_000, lastActivityAt: NOW - ACTIVE_WINDOW_MS - 1, now: NOW })).toBe(false)
    expect(refreshDue({ expiresAt: NOW + 60_000, lastActivityAt: NOW - ACTIVE_WINDOW_MS, now: NOW })).toBe(true)
  })

  it('does not try to refresh an expired cookie', () => {
    expect(refreshDue({ expiresAt: NOW, lastActivityAt: NOW, now: NOW })).toBe(false)
  })

  it('refreshes once when the expiry is unknown and the tab is in use', () => {
    expect(refreshDue({ expiresAt: undefined, lastActivityAt: NOW, now: NOW })).toBe(true)
    expect(refreshDue({ expiresAt: undefined, lastActivityAt: NOW - ACTIVE_WINDOW_MS - 1, now: NOW })).toBe(false)
  })
})

describe('safeNextPath', () => {
  it('keeps paths on this site', () => {
    expect(safeNextPath('/posts/3?locale=zh')).toBe('/posts/3?locale=zh')
  })

  it('refuses other origins, protocol-relative and auth pages', () => {
    expect(safeNextPath('https://evil.test/')).toBe('/posts')
    expect(safeNextPath('//evil.test/x')).toBe('/posts')
    expect(safeNextPath('/\\evil.test')).toBe('/posts')
    expect(safeNextPath('/sign-in?next=/x')).toBe('/posts')
    expect(safeNextPath(null)).toBe('/posts')
  })
})
