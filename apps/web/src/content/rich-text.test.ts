import { describe, expect, it } from 'vitest'
import { richTextToText, textToRichText } from './rich-text.ts'

describe('rich text ↔ plain paragraphs', () => {
  it('round-trips paragraphs', () => {
    const text = 'First paragraph.\n\nSecond one,\nwith a line break.'
    expect(richTextToText(textToRichText(text))).toBe(text)
  })

  it('stores nothing for blank text', () => {
    expect(textToRichText('  \n\n ')).toBeNull()
  })

  it('builds the Lexical shape', () => {
    expect(textToRichText('Hi')).toEqual({ root: { type: 'root', version: 1, children: [{ type: 'paragraph', version: 1, children: [{ type: 'text', version: 1, text: 'Hi' }] }] } })
  })

  it('reads text out of richer trees and tolerates anything else', () => {
    const lexical = { root: { children: [{ type: 'heading', children: [{ text: 'Title' }] }, { type: 'paragraph', children: [{ text: 'a ' }, { type: 'link', children: [{ text: 'link' }] }] }] } }
    expect(richTextToText(lexical)).toBe('Title\n\na link')
    expect(richTextToText(null)).toBe('')
    expect(richTextToText(42)).toBe('')
    expect(richTextToText('legacy text')).toBe('legacy text')
  })
})
