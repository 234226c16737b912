import { describe, expect, it } from 'vitest'
import { safeHref } from './safe-href.ts'

describe('safeHref', () => {
  it('keeps site paths and http(s)/mailto addresses, drops everything else', () => {
    expect(safeHref('/media/media/a.pdf')).toBe('/media/media/a.pdf')
    expect(safeHref('https://example.com/')).toBe('https://example.com/')
    expect(safeHref('mailto:a@example.com')).toBe('mailto:a@example.com')
    for (const bad of ['javascript:alert(1)', 'JAVASCRIPT:alert(1)', 'java\tscript:x', ' javascript:x', '//evil.example', 'data:text/html,x', null, undefined, 42]) {
      expect(safeHref(bad)).toBeUndefined()
    }
  })
})
