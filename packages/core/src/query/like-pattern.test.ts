import { describe, expect, it } from 'vitest'
import { escapeLikePattern, likeWords } from './like-pattern.ts'

describe('escapeLikePattern', () => {
  it('escapes %, _ and the escape character itself', () => {
    expect(escapeLikePattern('100% a_b c\\d')).toBe('100\\% a\\_b c\\\\d')
  })
})

describe('likeWords', () => {
  it('splits on any whitespace; blank means the empty pattern', () => {
    expect(likeWords(' red\tfast  car ')).toEqual(['red', 'fast', 'car'])
    expect(likeWords('   ')).toEqual([''])
  })
})
