import { describe, expect, it } from 'vitest'
import { sizeAction } from './image-sizes.ts'

describe('sizeAction', () => {
  const image = { width: 500, height: 400 }
  it('resizes when the image covers the size', () => {
    expect(sizeAction({ name: 't', width: 300, height: 300 }, image)).toBe('resize')
    expect(sizeAction({ name: 'w', width: 500 }, image)).toBe('resize')
    expect(sizeAction({ name: 'h', height: 100 }, image)).toBe('resize')
  })
  it('skips sizes bigger than the image by default (Payload)', () => {
    expect(sizeAction({ name: 'card', width: 768 }, image)).toBe('omit')
    expect(sizeAction({ name: 'tall', width: 300, height: 401 }, image)).toBe('omit')
  })
  it('withoutEnlargement: false enlarges, true keeps the original dimensions', () => {
    expect(sizeAction({ name: 'card', width: 768, withoutEnlargement: false }, image)).toBe('resize')
    expect(sizeAction({ name: 'card', width: 768, withoutEnlargement: true }, image)).toBe('resizeWithoutEnlargement')
  })
})
