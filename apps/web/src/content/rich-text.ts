// The editor writes the post body as plain paragraphs, stored in the rich-text shape Payload's
// Lexical editor uses (root → paragraph → text), so content made here stays readable by any
// Lexical-aware front end, and content made elsewhere still shows its text here.

interface TextNode {
  type: 'text'
  text: string
  version: 1
}
interface ParagraphNode {
  type: 'paragraph'
  children: TextNode[]
  version: 1
}
export interface RichTextRoot {
  root: { type: 'root'; children: ParagraphNode[]; version: 1 }
}

export function textToRichText(text: string): RichTextRoot | null {
  const paragraphs = text
    .split(/\n{2,}/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== '')
  if (paragraphs.length === 0) return null
  return { root: { type: 'root', version: 1, children: paragraphs.map((paragraph) => ({ type: 'paragraph', version: 1, children: [{ type: 'text', version: 1, text: paragraph }] })) } }
}

/** The text of any Lexical-like tree: a blank line between blocks, text nodes joined. */
export function richTextToText(content: unknown): string {
  if (typeof content === 'string') return content
  if (typeof content !== 'object' || content === null) return ''
  const root = (content as { root?: unknown }).root
  const blocks = childrenOf(root)
  return blocks
    .map(textOf)
    .filter((text) => text !== '')
    .join('\n\n')
}

function childrenOf(node: unknown): unknown[] {
  if (typeof node !== 'object' || node === null) return []
  const children = (node as { children?: unknown }).children
  return Array.isArray(children) ? children : []
}

function textOf(node: unknown): string {
  if (typeof node !== 'object' || node === null) return ''
  const text = (node as { text?: unknown }).text
  if (typeof text === 'string') return text
  return childrenOf(node).map(textOf).join('')
}
