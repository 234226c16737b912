// The type of an upload, decided by its bytes only — never by its name or the client's claimed
// mimetype. Binary formats come from file-type's magic numbers. Text has no magic number, so
// markup is recognised here: anything a browser could render as a document (SVG, HTML, XML)
// must be classified as such, because those types carry scripts.
import { fileTypeFromBuffer } from 'file-type'

export interface DetectedType {
  mime: string
  /** Lower-case extension without the dot. */
  ext: string
}

const SNIFF_BYTES = 4096
const SVG: DetectedType = { mime: 'image/svg+xml', ext: 'svg' }
const HTML: DetectedType = { mime: 'text/html', ext: 'html' }
const XML: DetectedType = { mime: 'application/xml', ext: 'xml' }
const TEXT: DetectedType = { mime: 'text/plain', ext: 'txt' }
const BINARY: DetectedType = { mime: 'application/octet-stream', ext: 'bin' }
/** Tags that make a browser treat text as a document, wherever they appear in the head of the file. */
const ACTIVE_MARKUP = /<\s*(?:!doctype\s+html|html|head|body|script|iframe|frame|object|embed|meta|link|style|svg|math|img|a\s|form|base|template|xml|\?xml)/i

export async function detectFileType(data: Uint8Array): Promise<DetectedType> {
  const found = await fileTypeFromBuffer(data)
  // Some signatures are weak (a UTF-16 BOM reads as an MP3 frame sync): a file whose head is
  // text opening with a tag is a markup document, whatever else it might also parse as.
  const head = textHead(data)
  if (found && head !== undefined && !head.includes('\u0000') && head.replace(/^\s+/, '').startsWith('<')) return detectText(data)
  if (found) {
    // file-type reports any `<?xml` document as XML; an SVG is more specific (and stricter).
    if (found.mime === 'application/xml') return looksLikeSvg(textHead(data)) ? SVG : XML
    return { mime: found.mime, ext: found.ext.toLowerCase() }
  }
  return detectText(data)
}

function detectText(data: Uint8Array): DetectedType {
  const text = textHead(data)
  if (text === undefined || text.includes('\u0000')) return BINARY
  const trimmed = text.replace(/^\s+/, '')
  if (looksLikeSvg(text)) return SVG
  if (trimmed.startsWith('<?xml')) return XML
  // Browsers sniff anything that opens with a tag as HTML; so do we, then look further in.
  if (trimmed.startsWith('<') || ACTIVE_MARKUP.test(text)) return HTML
  return TEXT
}

function looksLikeSvg(text: string | undefined): boolean {
  return text !== undefined && /<svg[\s>/]/i.test(text)
}

/** The first bytes as UTF-8 (BOM stripped), or undefined when they are not valid UTF-8. */
function textHead(data: Uint8Array): string | undefined {
  let head = data.subarray(0, SNIFF_BYTES)
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) head = head.subarray(3)
  // UTF-16 text is legal HTML too; decode it rather than calling it binary.
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) {
    return new TextDecoder(head[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(head.subarray(2))
  }
  try {
    // A multi-byte character cut at the sniff boundary is not an error.
    return new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: true })
  } catch {
    return undefined
  }
}
