// The address a rate limit counts against. Behind a reverse proxy every request comes from the
// proxy, so with TRUST_PROXY the client is the last X-Forwarded-For entry (the one our own
// proxy appended; earlier entries are whatever the client claimed). IPv6 clients are counted
// per /64, the block one subscriber usually holds, so rotating addresses inside it gains nothing.
import type { IncomingMessage } from 'node:http'
import { isIPv6 } from 'node:net'

export function clientAddress(req: IncomingMessage, trustProxy: boolean): string {
  const forwarded = req.headers['x-forwarded-for']
  const chain = trustProxy && typeof forwarded === 'string' ? forwarded.split(',').map((entry) => entry.trim()).filter((entry) => entry !== '') : []
  return rateLimitKeyForAddress(chain.at(-1) ?? req.socket.remoteAddress ?? 'unknown')
}

export function rateLimitKeyForAddress(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)
  if (mapped) return mapped[1]!
  if (!isIPv6(address)) return address
  return `${expandIPv6(address).slice(0, 4).join(':')}::/64`
}

/** The eight 16-bit groups of an IPv6 address, `::` expanded (a zone id is dropped). */
function expandIPv6(address: string): string[] {
  const [head = '', tail] = address.split('%')[0]!.split('::') as [string, string | undefined]
  const left = head === '' ? [] : head.split(':')
  const right = tail === undefined || tail === '' ? [] : tail.split(':')
  const missing = tail === undefined ? 0 : 8 - left.length - right.length
  return [...left, ...Array.from({ length: missing }, () => '0'), ...right].map((group) => group.toLowerCase().replace(/^0+(?=.)/, ''))
}
