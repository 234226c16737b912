import { describe, expect, it } from 'vitest'
import { findFreeBase, incrementBase } from './unique-filename.ts'

describe('incrementBase', () => {
  it.each([
    ['photo', 'photo-1'],
    ['photo-1', 'photo-2'],
    ['photo-9', 'photo-10'],
    ['photo-300x300', 'photo-300x300-1'],
    ['-1', '-1-1'],
    ['2024-05-01', '2024-05-2'],
  ])('%s → %s', (base, next) => {
    expect(incrementBase(base)).toBe(next)
  })
})

describe('findFreeBase', () => {
  it('checks every key a base implies and counts on until all are free', async () => {
    const taken = new Set(['photo.jpg', 'photo-1-300x300.jpg'])
    const asked: string[][] = []
    const base = await findFreeBase(
      'photo',
      (candidate) => [`${candidate}.jpg`, `${candidate}-300x300.jpg`],
      async (keys) => {
        asked.push(keys)
        return keys.some((key) => taken.has(key))
      },
    )
    expect(base).toBe('photo-2')
    expect(asked).toEqual([
      ['photo.jpg', 'photo-300x300.jpg'],
      ['photo-1.jpg', 'photo-1-300x300.jpg'],
      ['photo-2.jpg', 'photo-2-300x300.jpg'],
    ])
  })

  it('a free base is kept as it is', async () => {
    expect(await findFreeBase('photo-1', (b) => [b], async () => false)).toBe('photo-1')
  })
})
