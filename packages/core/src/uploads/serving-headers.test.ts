import { describe, expect, it } from 'vitest'
import { servingHeaders } from './serving-headers.ts'

const disposition = (type: string | null, name = 'f') => servingHeaders(type, name)['Content-Disposition']?.split(';')[0]

describe('servingHeaders', () => {
  it('raster images inline; everything else — PDF, SVG, HTML, text, video, unknown — as an attachment', () => {
    expect(servingHeaders('image/png', 'a.png')['Content-Disposition']).toBe("inline; filename*=UTF-8''a.png")
    for (const type of ['image/jpeg', 'image/gif', 'image/webp', 'image/avif']) expect(disposition(type)).toBe('inline')
    expect(servingHeaders('application/pdf', 'a.pdf')['Content-Disposition']).toBe("attachment; filename*=UTF-8''a.pdf")
    expect(servingHeaders('image/svg+xml', 'a b.svg')['Content-Disposition']).toBe("attachment; filename*=UTF-8''a%20b.svg")
    for (const type of ['application/zip', 'text/html', 'text/plain', 'video/mp4', 'audio/mpeg', 'image/x-icon', 'image/png;x', 'application/xhtml+xml', null]) expect(disposition(type)).toBe('attachment')
    expect(servingHeaders(null, 'a.bin')['Content-Type']).toBe('application/octet-stream')
    const headers = servingHeaders('image/jpeg', 'a.jpg')
    expect(headers['X-Content-Type-Options']).toBe('nosniff')
    expect(headers['Content-Security-Policy']).toContain('sandbox')
  })
})
