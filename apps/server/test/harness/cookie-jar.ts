// Node's fetch keeps no cookies: this one does, like a browser would for one site, and sends
// the site's Origin on every request, as browsers do for POSTs (tests override it).
export type FetchLike = (input: string | URL | Request, init?: RequestInit) => Promise<Response>

export interface CookieJar {
  cookies: Map<string, string>
  fetch: FetchLike
  /** The Cookie header the jar would send. */
  header(): string
}

export function createCookieJar(origin: string): CookieJar {
  const cookies = new Map<string, string>()
  const header = (): string => [...cookies].map(([name, value]) => `${name}=${value}`).join('; ')
  const fetchWithJar: FetchLike = async (input, init) => {
    const headers = new Headers(init?.headers)
    if (cookies.size > 0 && !headers.has('cookie')) headers.set('cookie', header())
    if (!headers.has('origin')) headers.set('origin', origin)
    const response = await fetch(input, { ...init, headers })
    for (const line of response.headers.getSetCookie()) {
      const [pair = '', ...attributes] = line.split(';')
      const separator = pair.indexOf('=')
      const name = pair.slice(0, separator).trim()
      const expired = attributes.some((attribute) => /^\s*max-age=0\s*$/i.test(attribute))
      if (expired) cookies.delete(name)
      else cookies.set(name, pair.slice(separator + 1).trim())
    }
    return response
  }
  return { cookies, fetch: fetchWithJar, header }
}
