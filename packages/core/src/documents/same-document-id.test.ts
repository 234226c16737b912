import { describe, expect, it } from 'vitest'
import { sameDocumentId } from './same-document-id.ts'

describe('sameDocumentId', () => {
  it('compares ids as operations read them, not as they were spelled', () => {
    expect(sameDocumentId(2, 2)).toBe(true)
    expect(sameDocumentId(2, '2')).toBe(true)
    expect(sameDocumentId(2, '02')).toBe(true)
    expect(sameDocumentId('0002', 2)).toBe(true)
    expect(sameDocumentId(2, 3)).toBe(false)
    expect(sameDocumentId(2, ' 2')).toBe(false)
    expect(sameDocumentId(2, '2.0')).toBe(false)
    expect(sameDocumentId(undefined, undefined)).toBe(false)
    expect(sameDocumentId('x', 'x')).toBe(false)
    expect(sameDocumentId(0, 0)).toBe(false)
  })
})
