import { describe, expect, it } from 'vitest'
import { baseOfStoredName, sanitizeBaseName } from './sanitize-filename.ts'

describe('sanitizeBaseName', () => {
  it.each([
    ['photo.jpg', 'photo'],
    ['../../etc/passwd', 'passwd'],
    ['..\\x.png', 'x'],
    ['C:\\Users\\me\\My Photo (1).JPG', 'My-Photo-1'],
    ['evil\u0000name.png', 'evilname'],
    ['line\nbreak\r.png', 'linebreak'],
    ['my.photo.final.jpg', 'my-photo-final'],
    ['.htaccess', 'htaccess'],
    ['..', 'file'],
    ['', 'file'],
    ['   ', 'file'],
    ['gpj\u202Eexe.png', 'gpjexe'],
    ['Ünïcødé café.png', 'Ünïcødé-café'],
    ['a--b__c.png', 'a-b__c'],
    ['photo-1.jpg', 'photo-1'],
  ])('%j → %j', (input, expected) => {
    expect(sanitizeBaseName(input)).toBe(expected)
  })

  it('keeps at most 150 bytes (room for -N and -WxH.ext in 255)', () => {
    expect(sanitizeBaseName(`${'a'.repeat(300)}.png`)).toBe('a'.repeat(150))
    const multiByte = sanitizeBaseName(`${'é'.repeat(100)}.png`)
    expect(Buffer.byteLength(multiByte)).toBe(150)
    expect(multiByte).toBe('é'.repeat(75))
  })

  it('never returns a name with a separator, a dot or a control character', () => {
    for (const input of ['a/b', 'a\\b', 'a..b', '\u0001\u001f\u007f', 'a\tb']) expect(sanitizeBaseName(input)).toMatch(/^[^./\\\u0000-\u001f\u007f]+$/)
  })
})

describe('baseOfStoredName', () => {
  it('drops the last extension only', () => {
    expect(baseOfStoredName('photo-1.jpg')).toBe('photo-1')
    expect(baseOfStoredName('photo-300x300.webp')).toBe('photo-300x300')
    expect(baseOfStoredName('noext')).toBe('noext')
  })
})
