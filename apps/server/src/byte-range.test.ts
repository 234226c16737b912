import { Readable } from 'node:stream'
import { buffer } from 'node:stream/consumers'
import { describe, expect, it } from 'vitest'
import { answerFor, sliceBytes, type Representation } from './byte-range.ts'

const file: Representation = { size: 100, etag: 'W/"64-abc"', lastModified: 'Tue, 01 Apr 2025 10:00:00 GMT' }

describe('answerFor', () => {
  it('answers 304 when the client holds the current version', () => {
    expect(answerFor({ 'if-none-match': 'W/"64-abc"' }, file)).toEqual({ status: 304 })
    expect(answerFor({ 'if-none-match': 'W/"64-old"' }, file)).toEqual({ status: 200 })
    expect(answerFor({ 'if-modified-since': 'Tue, 01 Apr 2025 10:00:00 GMT' }, file)).toEqual({ status: 304 })
  })

  it('answers one byte range with 206, and a range past the end with 416', () => {
    expect(answerFor({ range: 'bytes=0-3' }, file)).toEqual({ status: 206, start: 0, end: 3 })
    expect(answerFor({ range: 'bytes=-10' }, file)).toEqual({ status: 206, start: 90, end: 99 })
    expect(answerFor({ range: 'bytes=95-500' }, file)).toEqual({ status: 206, start: 95, end: 99 })
    expect(answerFor({ range: 'bytes=100-' }, file)).toEqual({ status: 416 })
  })

  it('serves the whole file for malformed, foreign-unit or multiple ranges', () => {
    expect(answerFor({ range: 'bytes=abc' }, file)).toEqual({ status: 200 })
    expect(answerFor({ range: 'items=0-3' }, file)).toEqual({ status: 200 })
    expect(answerFor({ range: 'bytes=0-3,50-60' }, file)).toEqual({ status: 200 })
  })

  it('honours If-Range: a range only of the same version', () => {
    expect(answerFor({ range: 'bytes=0-3', 'if-range': 'W/"64-abc"' }, file)).toEqual({ status: 206, start: 0, end: 3 })
    expect(answerFor({ range: 'bytes=0-3', 'if-range': 'W/"64-old"' }, file)).toEqual({ status: 200 })
    expect(answerFor({ range: 'bytes=0-3', 'if-range': 'Mon, 31 Mar 2025 10:00:00 GMT' }, file)).toEqual({ status: 200 })
    expect(answerFor({ range: 'bytes=0-3', 'if-range': 'Wed, 02 Apr 2025 10:00:00 GMT' }, file)).toEqual({ status: 206, start: 0, end: 3 })
  })
})

describe('sliceBytes', () => {
  it('cuts an inclusive range across chunk boundaries', async () => {
    const chunks = [Buffer.from('abcd'), Buffer.from('efgh'), Buffer.from('ijkl')]
    expect((await buffer(Readable.from(chunks).pipe(sliceBytes(2, 9)))).toString()).toBe('cdefghij')
    expect((await buffer(Readable.from(chunks).pipe(sliceBytes(0, 0)))).toString()).toBe('a')
    expect((await buffer(Readable.from(chunks).pipe(sliceBytes(4, 7)))).toString()).toBe('efgh')
    expect((await buffer(Readable.from(chunks).pipe(sliceBytes(11, 11)))).toString()).toBe('l')
  })
})
