import sharp from 'sharp'
import { describe, expect, it } from 'vitest'
import { detectFileType } from './detect-file-type.ts'

const text = (value: string): Uint8Array => new TextEncoder().encode(value)

describe('detectFileType (bytes only)', () => {
  it('recognises binary formats by magic numbers', async () => {
    const png = await sharp({ create: { width: 4, height: 4, channels: 3, background: '#000' } }).png().toBuffer()
    const jpeg = await sharp({ create: { width: 4, height: 4, channels: 3, background: '#000' } }).jpeg().toBuffer()
    expect(await detectFileType(png)).toEqual({ mime: 'image/png', ext: 'png' })
    expect(await detectFileType(jpeg)).toEqual({ mime: 'image/jpeg', ext: 'jpg' })
    expect(await detectFileType(text('%PDF-1.7\n1 0 obj\n%%EOF'))).toEqual({ mime: 'application/pdf', ext: 'pdf' })
  })

  it.each([
    ['<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>', 'image/svg+xml'],
    ['<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"/>', 'image/svg+xml'],
    ['\ufeff  <SVG>', 'image/svg+xml'],
    ['<?xml version="1.0"?><note/>', 'application/xml'],
    ['<!DOCTYPE html><html><body>hi</body></html>', 'text/html'],
    ['<script>alert(document.cookie)</script>', 'text/html'],
    ['  <b>bold</b>', 'text/html'],
    ['Hello\n<iframe src="https://evil.example">', 'text/html'],
    ['just some notes, 1 < 2', 'text/plain'],
    ['alert(document.cookie)', 'text/plain'],
  ])('text %j → %s', async (content, mime) => {
    expect((await detectFileType(text(content))).mime).toBe(mime)
  })

  it('decodes UTF-16 before judging (HTML in UTF-16 is still HTML)', async () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('<html><script>x</script></html>', 'utf16le')])
    expect((await detectFileType(utf16)).mime).toBe('text/html')
  })

  it('unknown bytes are opaque binary', async () => {
    expect(await detectFileType(new Uint8Array([0, 1, 2, 3, 250, 251]))).toEqual({ mime: 'application/octet-stream', ext: 'bin' })
  })
})
