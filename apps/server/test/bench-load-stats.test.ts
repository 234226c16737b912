import { describe, expect, it } from 'vitest'
import { slope } from '../bench/load-stats.ts'

describe('slope', () => {
  it('is the least-squares slope', () => {
    expect(slope([{ x: 0, y: 1 }, { x: 1, y: 3 }, { x: 2, y: 5 }])).toBe(2)
    expect(slope([{ x: 0, y: 4 }, { x: 10, y: 4 }])).toBe(0)
    expect(slope([{ x: 0, y: 0 }, { x: 1, y: 1 }, { x: 2, y: 0 }, { x: 3, y: 1 }])).toBeCloseTo(0.2, 10)
    expect(slope([{ x: 5, y: 9 }])).toBe(0)
  })
})
