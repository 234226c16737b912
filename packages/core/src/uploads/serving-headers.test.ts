import { describe, expect, it } from 'vitest'
import { servingHeaders } from './serving-headers.ts'

describe('servingHeaders', () => {
  it('images and PDFs inline, SVG and anything else as attachments, always nosniff and sandboxed', () => {
    expect(servingHeaders('image/png', 'a.png')['Content-Disposition']).toBe("inline; filename*=UTF-8''a.png")
    expect(servingHeaders('application/pdf', 'a.pdf')['Content-Disposition']).toBe("inline; filename*=UTF-8''a.pdf")
    expect(servingHeaders('image/svg+xml', 'a b.svg')['Content-Disposition']).toBe("attachment; filename*=UTF-8''a%20b.svg")
    expect(servingHeaders('application/zip', 'a.zip')['Content-Disposition']).toBe("attachment; filename*=UTF-8''a.zip")
    expect(servingHeaders(null, 'a.bin')['Content-Type']).toBe('application/octet-stream')
    const headers = servingHeaders('image/jpeg', 'a.jpg')
    expect(headers['X-Content-Type-Options']).toBe('nosniff')
    expect(headers['Content-Security-Policy']).toContain('sandbox')
  })
})
