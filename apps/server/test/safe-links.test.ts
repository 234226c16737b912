// Stored links are safe to render: the header's navigation addresses are validated by core
// (http, https, mailto or a path of this site), through the real server, whatever the
// spelling of a dangerous scheme. A refused save writes nothing.
import { DEMO_EDITOR_EMAIL, DEMO_PASSWORD, seedDemoContent } from '@quire/cms/demo-content'
import type { QuireTypes } from '@quire/cms/types'
import type { Quire } from '@quire/core'
import { testProviders } from '@quire/core/testing'
import type { AppRouter } from '@quire/api'
import { TRPCClientError } from '@trpc/client'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestServer, type TestServer } from './harness/test-server.ts'

const HOSTILE = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  'java\tscript:alert(1)',
  'java\nscript:alert(1)',
  ' javascript:alert(1)',
  '\u0001javascript:alert(1)',
  'javascript&colon;alert(1)',
  '&#106;avascript:alert(1)',
  '&#x6A;avascript:alert(1)',
  'vbscript:msgbox(1)',
  'data:text/html,<script>alert(1)</script>',
  '//evil.example/',
  '/\\evil.example/',
  'https:evil.example',
  'not a url',
  'https://exa mple.com',
]
const FINE = ['/', '/blog?page=2#top', 'https://example.com/a?b=c', 'HTTP://EXAMPLE.COM', 'mailto:hello@example.com']

describe.each(testProviders())('safe links on %s', (provider) => {
  let server: TestServer
  let trpc: TestServer['browser'] extends () => { trpc: infer T } ? T : never

  beforeAll(async () => {
    server = await startTestServer({ provider })
    await seedDemoContent(server.quire as unknown as Quire<QuireTypes>)
    const browser = server.browser()
    await server.signIn(browser.jar, DEMO_EDITOR_EMAIL, DEMO_PASSWORD)
    trpc = browser.trpc
  })
  afterAll(() => server.close())

  it.each(HOSTILE)('refuses the header link %j with a 400 on the field, writing nothing', async (url) => {
    const before = await server.quire.findGlobal({ slug: 'header', depth: 0 })
    const error: unknown = await trpc.globals.update.mutate({ slug: 'header', data: { nav: [{ label: 'Home', url: '/' }, { label: 'Bad', url }] } }).then(
      () => undefined,
      (caught: unknown) => caught,
    )
    expect(error).toBeInstanceOf(TRPCClientError)
    const data = (error as TRPCClientError<AppRouter>).data
    expect(data?.httpStatus).toBe(400)
    expect(data?.fieldErrors?.map((problem) => problem.path)).toEqual(['nav.1.url'])
    expect(await server.quire.findGlobal({ slug: 'header', depth: 0 })).toEqual(before)
  })

  it('stores http(s), mailto and site paths as they were given', async () => {
    const nav = FINE.map((url, index) => ({ label: `Link ${index}`, url }))
    const saved = await trpc.globals.update.mutate({ slug: 'header', data: { nav } })
    expect((saved.nav as Array<{ url: string }>).map((link) => link.url)).toEqual(FINE)
  })
})
