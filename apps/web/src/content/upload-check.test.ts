import { describe, expect, it } from 'vitest'
import { altFromFileName, formatBytes, uploadProblem } from './upload-check.ts'

describe('uploadProblem', () => {
  it('accepts images and PDFs up to 10 MB', () => {
    expect(uploadProblem({ name: 'a.png', type: 'image/png', size: 10 * 1024 * 1024 }, true)).toBeUndefined()
    expect(uploadProblem({ name: 'a.pdf', type: 'application/pdf', size: 100 }, false)).toBeUndefined()
  })

  it('explains each refusal', () => {
    expect(uploadProblem({ name: 'a.pdf', type: 'application/pdf', size: 100 }, true)).toBe('a.pdf is not an image.')
    expect(uploadProblem({ name: 'a.zip', type: 'application/zip', size: 100 }, false)).toBe('a.zip: only images and PDF files can be uploaded.')
    expect(uploadProblem({ name: 'big.jpg', type: 'image/jpeg', size: 12 * 1024 * 1024 }, true)).toBe('big.jpg is 12.0 MB; the limit is 10 MB.')
    expect(uploadProblem({ name: 'e.png', type: 'image/png', size: 0 }, true)).toBe('e.png is empty.')
  })
})

describe('helpers', () => {
  it('formats sizes', () => {
    expect([formatBytes(512), formatBytes(2048), formatBytes(3 * 1024 * 1024)]).toEqual(['512 B', '2 KB', '3.0 MB'])
  })

  it('makes an alt text from a file name', () => {
    expect(altFromFileName('summer-lake_2.jpg')).toBe('summer lake 2')
    expect(altFromFileName('.png')).toBe('Image')
  })
})
