import { describe, expect, it } from 'vitest'
import { focalCrop } from './focal-crop.ts'

describe('focalCrop', () => {
  it('centres the box at 50/50', () => {
    expect(focalCrop({ width: 4000, height: 3000 }, { width: 300, height: 300 }, 50, 50)).toEqual({
      resized: { width: 400, height: 300 },
      region: { left: 50, top: 0, width: 300, height: 300 },
    })
  })

  it('moves the box towards the focal point, stopping at the edges', () => {
    expect(focalCrop({ width: 4000, height: 3000 }, { width: 300, height: 300 }, 0, 0).region).toEqual({ left: 0, top: 0, width: 300, height: 300 })
    expect(focalCrop({ width: 4000, height: 3000 }, { width: 300, height: 300 }, 100, 100).region).toEqual({ left: 100, top: 0, width: 300, height: 300 })
    expect(focalCrop({ width: 4000, height: 3000 }, { width: 300, height: 300 }, 80, 50).region).toEqual({ left: 100, top: 0, width: 300, height: 300 })
    expect(focalCrop({ width: 4000, height: 3000 }, { width: 300, height: 300 }, 40, 50).region).toEqual({ left: 10, top: 0, width: 300, height: 300 })
  })

  it('crops vertically for portrait sources', () => {
    expect(focalCrop({ width: 1000, height: 2000 }, { width: 100, height: 100 }, 50, 25)).toEqual({
      resized: { width: 100, height: 200 },
      region: { left: 0, top: 0, width: 100, height: 100 },
    })
    expect(focalCrop({ width: 1000, height: 2000 }, { width: 100, height: 100 }, 50, 75).region.top).toBe(100)
  })

  it('never makes the resized image smaller than the box (rounding)', () => {
    const crop = focalCrop({ width: 333, height: 777 }, { width: 100, height: 233 }, 50, 50)
    expect(crop.resized.width).toBeGreaterThanOrEqual(100)
    expect(crop.resized.height).toBeGreaterThanOrEqual(233)
  })
})
