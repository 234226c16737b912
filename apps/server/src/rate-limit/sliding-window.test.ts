import { describe, expect, it } from 'vitest'
import { createSlidingWindow } from './sliding-window.ts'

function clock(start = 1_000_000) {
  let time = start
  return { now: () => time, advance: (ms: number) => void (time += ms) }
}

describe('createSlidingWindow', () => {
  it('accepts `limit` hits per window, then says how long to wait', () => {
    const { now, advance } = clock()
    const limiter = createSlidingWindow({ limit: 3, windowMs: 60_000, now })
    for (let hit = 0; hit < 3; hit += 1) {
      expect(limiter.retryAfter('a')).toBe(0)
      limiter.record('a')
      advance(10_000)
    }
    // Hits at t=0, 10 s, 20 s; now t=30 s: the first leaves the window at 60 s.
    expect(limiter.retryAfter('a')).toBe(30)
    expect(limiter.retryAfter('b')).toBe(0)
    advance(29_999)
    expect(limiter.retryAfter('a')).toBe(1)
    advance(1)
    expect(limiter.retryAfter('a')).toBe(0)
  })

  it('slides: room comes back one hit at a time, and refused hits are not counted', () => {
    const { now, advance } = clock()
    const limiter = createSlidingWindow({ limit: 2, windowMs: 1_000, now })
    limiter.record('k')
    advance(600)
    limiter.record('k')
    expect(limiter.retryAfter('k')).toBe(1)
    advance(400) // the first hit (t=0) leaves at t=1000
    expect(limiter.retryAfter('k')).toBe(0)
    limiter.record('k')
    expect(limiter.retryAfter('k')).toBe(1)
  })

  it('asks for room for several hits at once (a batch)', () => {
    const { now, advance } = clock()
    const limiter = createSlidingWindow({ limit: 3, windowMs: 10_000, now })
    limiter.record('k')
    advance(1_000)
    limiter.record('k')
    expect(limiter.retryAfter('k', 1)).toBe(0)
    // Two more need the first hit (t=0) to leave: at t=10 s, 9 s from now.
    expect(limiter.retryAfter('k', 2)).toBe(9)
    expect(limiter.retryAfter('k', 4)).toBe(10)
    limiter.record('k', 1)
    expect(limiter.retryAfter('k', 3)).toBe(10)
  })

  it('limit 0 disables it', () => {
    const limiter = createSlidingWindow({ limit: 0, windowMs: 1_000 })
    for (let hit = 0; hit < 100; hit += 1) limiter.record('x')
    expect(limiter.retryAfter('x')).toBe(0)
    expect(limiter.size).toBe(0)
  })

  it('forgets the least recently used keys beyond maxKeys, and keys whose hits expired', () => {
    const { now, advance } = clock()
    const limiter = createSlidingWindow({ limit: 1, windowMs: 1_000, maxKeys: 2, now })
    limiter.record('a')
    limiter.record('b')
    limiter.record('c')
    expect(limiter.size).toBe(2)
    expect(limiter.retryAfter('a')).toBe(0)
    expect(limiter.retryAfter('c')).toBe(1)
    advance(1_000)
    expect(limiter.retryAfter('c')).toBe(0)
    expect(limiter.size).toBe(1)
  })
})
