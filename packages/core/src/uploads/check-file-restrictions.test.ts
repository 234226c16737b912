import { describe, expect, it } from 'vitest'
import { APIError, PayloadTooLarge } from '../errors/api-error.ts'
import { checkFileSize, checkFileType, isTypeAllowed } from './check-file-restrictions.ts'

describe('isTypeAllowed', () => {
  it('wildcards match a whole top-level type', () => {
    expect(isTypeAllowed('image/png', ['image/*'])).toBe(true)
    expect(isTypeAllowed('application/pdf', ['image/*'])).toBe(false)
    expect(isTypeAllowed('application/pdf', ['image/*', 'application/pdf'])).toBe(true)
    expect(isTypeAllowed('imagex/png', ['image/*'])).toBe(false)
  })

  it('without a list anything but restricted types is allowed', () => {
    expect(isTypeAllowed('application/zip', undefined)).toBe(true)
    expect(isTypeAllowed('image/svg+xml', undefined)).toBe(false)
    expect(isTypeAllowed('application/x-msdownload', undefined)).toBe(false)
  })

  it('SVG and executables need their exact type listed; a wildcard never admits them', () => {
    expect(isTypeAllowed('image/svg+xml', ['image/*'])).toBe(false)
    expect(isTypeAllowed('image/svg+xml', ['*/*'])).toBe(false)
    expect(isTypeAllowed('image/svg+xml', ['image/svg+xml'])).toBe(true)
    expect(isTypeAllowed('application/x-msdownload', ['application/*'])).toBe(false)
    expect(isTypeAllowed('application/x-msdownload', ['application/x-msdownload'])).toBe(true)
  })

  it('HTML, XML and JavaScript are never allowed, even when listed', () => {
    for (const mime of ['text/html', 'application/xml', 'text/xml', 'application/xhtml+xml', 'text/javascript', 'application/javascript']) {
      expect(isTypeAllowed(mime, [mime, '*/*'])).toBe(false)
    }
  })
})

describe('checkFileType / checkFileSize', () => {
  it('a refused type is a 400 "Invalid file type"', () => {
    const error = (() => {
      try {
        checkFileType({ mime: 'application/pdf', ext: 'pdf' }, ['image/*'])
      } catch (caught) {
        return caught
      }
    })()
    expect(error).toBeInstanceOf(APIError)
    expect((error as APIError).status).toBe(400)
    expect((error as APIError).message).toBe('Invalid file type')
  })

  it('over the limit is a 413, at the limit is fine, empty is a 400', () => {
    expect(() => checkFileSize(1001, 1000)).toThrow(PayloadTooLarge)
    expect(() => checkFileSize(1000, 1000)).not.toThrow()
    expect(() => checkFileSize(0, 1000)).toThrow('The file is empty.')
  })
})
